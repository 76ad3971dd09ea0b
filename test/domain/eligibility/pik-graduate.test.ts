import { describe, expect, it } from 'vitest';
import {
  checkCourseEquivalence,
  pikDirectEntry,
  type CourseEquivalence,
  type PikGraduate,
} from '../../../domain/eligibility/pik-graduate';
import { requiredUnitsFor } from '../../../domain/result/attempt';
import type { IsoDate } from '../../../domain/shared/dates';

const UNITS = requiredUnitsFor('ADMINISTRATOR');
const HALF = Math.ceil(UNITS.length / 2);
const DECREE = { number: '12/KEP/BKN/2020', date: '2020-06-02' };
const course = (courseCode: string, unitCodes: readonly string[]): [string, CourseEquivalence] => [
  courseCode,
  { courseCode, courseName: courseCode, unitCodes, decree: DECREE },
];
const REGISTER = new Map([course('C1', UNITS.slice(0, HALF)), course('C2', UNITS.slice(HALF))]);
const GRADUATE: PikGraduate = {
  scheme: 'ADMINISTRATOR',
  route: 'UJI_LANGSUNG',
  graduatedOn: '2019-08-30' as IsoDate,
  courseCodes: ['C1', 'C2', 'X9'],
};
const TODAY = '2019-08-30' as IsoDate;

describe('checkCourseEquivalence', () => {
  it.each([
    ['known units', [UNITS[0]!], []],
    ['no unit', [], ['unitCodes']],
    ['an unknown unit', [UNITS[0]!, 'MASN-XXX-01'], ['unitCodes.1']],
  ])('PIK-KESETARAAN-UNIT: %s', (_, units, expected) => {
    const v = checkCourseEquivalence(units, (code) => UNITS.includes(code));
    expect(v.map((x) => x.field)).toEqual(expected);
    expect(v.every((x) => x.code === 'PIK-KESETARAAN-UNIT')).toBe(true);
  });
});

describe('pikDirectEntry', () => {
  it('PIK-UJI-LANGSUNG: recognised courses covering a qualification, route UJI_LANGSUNG, graduated today: enters directly, course by course', () => {
    const entry = pikDirectEntry(GRADUATE, REGISTER, TODAY);
    expect(entry.ok).toBe(true);
    if (!entry.ok) return;
    expect(entry.value.courses.map((c) => [c.courseCode, c.recognised])).toEqual([
      ['C1', true],
      ['C2', true],
      ['X9', false],
    ]);
    expect(entry.value.qualification).toBeDefined();
    expect(entry.value.missingUnits).toEqual([]);
    expect(entry.value.coveredUnits).toEqual([...UNITS].sort());
  });

  it('PIK-SETARA-STANDAR: one unit left uncovered is named', () => {
    const register = new Map([course('C1', UNITS.slice(0, -1))]);
    const entry = pikDirectEntry({ ...GRADUATE, courseCodes: ['C1'] }, register, TODAY);
    expect(entry.ok).toBe(false);
    if (entry.ok) return;
    expect(entry.violations.map((v) => v.code)).toEqual(['PIK-SETARA-STANDAR']);
    expect(entry.violations[0]!.message).toContain(UNITS.at(-1)!);
  });

  it.each([
    ['the training route', { route: 'PELATIHAN' as const }, ['route']],
    ['graduating tomorrow', { graduatedOn: '2019-08-31' as IsoDate }, ['graduatedOn']],
    ['both', { route: 'PELATIHAN' as const, graduatedOn: '2019-08-31' as IsoDate }, ['route', 'graduatedOn']],
  ])('PIK-UJI-LANGSUNG: %s', (_, change, fields) => {
    const entry = pikDirectEntry({ ...GRADUATE, ...change }, REGISTER, TODAY);
    expect(entry.ok).toBe(false);
    if (entry.ok) return;
    expect(entry.violations.map((v) => [v.code, v.field])).toEqual(
      fields.map((f) => ['PIK-UJI-LANGSUNG', f]),
    );
  });
});
