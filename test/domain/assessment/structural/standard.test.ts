import { describe, expect, it } from 'vitest';
import {
  checkDeterminedPosition,
  checkPlanStandard,
  checkStandard,
  type CompetencyStandard,
  type StandardCompetency,
} from '../../../../domain/assessment/structural/standard';
import { codesOf, d } from '../../shared/helpers';

const TODAY = d('2025-03-03');
const INT: StandardCompetency = { code: 'INT', kind: 'DASAR' };
const REN: StandardCompetency = { code: 'REN.01', kind: 'BIDANG' };
const standard = (competencies: StandardCompetency[], establishedOn = '2024-11-04'): CompetencyStandard => ({
  establishedOn: d(establishedOn),
  competencies,
});

describe('the competency standard of a structural position (Perka BKN 11/2008 Lampiran IV.1)', () => {
  it.each([
    ['basic and field competencies', standard([INT, REN]), []],
    ['established today', standard([INT, REN], '2025-03-03'), []],
    ['established tomorrow', standard([INT, REN], '2025-03-04'), ['establishedOn']],
    ['no field competency', standard([INT]), ['competencies']],
    ['no basic competency', standard([REN]), ['competencies']],
    ['a code twice', standard([INT, REN, { code: 'INT', kind: 'BIDANG' }]), ['competencies.2.code']],
  ] as const)('PK-SKJ-DISUSUN: %s -> %j', (_label, s, fields) => {
    const decision = checkStandard(s, TODAY);
    expect(codesOf(decision)).toEqual(fields.map(() => 'PK-SKJ-DISUSUN'));
    expect(decision.ok ? [] : decision.violations.map((v) => v.field)).toEqual(fields);
  });

  it.each([
    ['on the day of the version it replaces', '2024-11-04', []],
    ['after it', '2025-01-02', []],
    ['the day before it', '2024-11-03', ['PK-SKJ-DISUSUN']],
  ] as const)('PK-SKJ-DISUSUN: a new version established %s -> %j', (_label, on, codes) => {
    const previous = { version: 1, establishedOn: d('2024-11-04') };
    expect(codesOf(checkStandard(standard([INT, REN], on), TODAY, previous))).toEqual(codes);
  });
});

describe('the PPK determines a candidate for a registered position (Perka BKN 11/2008 Lampiran III.1.c, IV.1)', () => {
  it.each([
    ['registered, same echelon', { code: 'KABAG-REN', echelon: 'III' }, 'III', []],
    ['registered as eselon IV, decreed as III', { code: 'KABAG-REN', echelon: 'IV' }, 'III', ['echelon']],
    ['not registered', undefined, 'III', ['positionCode']],
  ] as const)('PK-JABATAN-TERDAFTAR: %s -> %j', (_label, position, echelon, fields) => {
    const decision = checkDeterminedPosition('KABAG-REN', position, echelon);
    expect(codesOf(decision)).toEqual(fields.map(() => 'PK-JABATAN-TERDAFTAR'));
    expect(decision.ok ? [] : decision.violations.map((v) => v.field)).toEqual(fields);
  });
});

describe("the plan attaches the determined position's standard in force (Perka BKN 11/2008 Lampiran III.2.a.2)", () => {
  const determined = { positionCode: 'KABAG-REN', currentVersion: 2 };
  it.each([
    ['the version in force', determined, [{ positionCode: 'KABAG-REN', version: 2 }], []],
    ['the version it replaced', determined, [{ positionCode: 'KABAG-REN', version: 1 }], ['PK-SKJ-RENCANA']],
    [
      'a version not yet recorded',
      determined,
      [{ positionCode: 'KABAG-REN', version: 3 }],
      ['PK-SKJ-RENCANA'],
    ],
    [
      "another position's standard",
      determined,
      [{ positionCode: 'KABAG-KEU', version: 2 }],
      ['PK-SKJ-RENCANA'],
    ],
    [
      'the right one and another',
      determined,
      [
        { positionCode: 'KABAG-REN', version: 2 },
        { positionCode: 'KABAG-KEU', version: 1 },
      ],
      ['PK-SKJ-RENCANA'],
    ],
    ['none (PK-DOKUMEN-PERSIAPAN says so)', determined, [], []],
    ['nobody determined (PK-HANYA-DITETAPKAN says so)', undefined, [{ positionCode: 'X1', version: 1 }], []],
  ] as const)('PK-SKJ-RENCANA: %s -> %j', (_label, who, attached, codes) => {
    expect(codesOf(checkPlanStandard(who, attached))).toEqual(codes);
  });
});
