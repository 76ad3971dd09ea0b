import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_METHODS,
  checkTestPlan,
  unitMethodViolations,
  type AssessmentMethod,
} from '../../../domain/assessment/methods';
import { ASSESSMENT_METHOD_CODES } from '../../../domain/reference/evidence-methods';
import { codesOf } from '../shared/helpers';

describe('test methods (Perban BKN 7/2020 Pasal 20, 22)', () => {
  it('knows the 10 methods of Pasal 20(3)-(5) by evidence kind', () => {
    const kinds = Object.values(ASSESSMENT_METHODS).map((m) => m.kind);
    expect(kinds.filter((k) => k === 'LANGSUNG')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'TIDAK_LANGSUNG')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'PENDUKUNG')).toHaveLength(3);
  });

  it('uses the method codes of the reference catalogue (domain/reference/evidence-methods)', () => {
    expect(Object.keys(ASSESSMENT_METHODS).sort()).toEqual([...ASSESSMENT_METHOD_CODES].sort());
  });

  it.each<[AssessmentMethod[], boolean, string]>([
    [[], false, 'no method'],
    [['WAWANCARA'], false, 'one method'],
    [['WAWANCARA', 'WAWANCARA'], false, 'the same method twice'],
    [['WAWANCARA', 'PORTOFOLIO'], true, 'two methods'],
    [['OBSERVASI', 'TES_TERTULIS', 'LAPORAN_PIHAK_KETIGA'], true, 'three methods'],
  ])('UJI-METODE-MIN-2: %j accepted = %s (%s)', (methods, ok) => {
    expect(unitMethodViolations('U1', methods).length === 0).toBe(ok);
  });

  it('UJI-RENCANA-UNIT / UJI-METODE-MIN-2: a plan covers every unit once, only scheme units, 2+ methods each', () => {
    expect(
      checkTestPlan(
        ['U1', 'U2'],
        [
          { unitCode: 'U1', methods: ['WAWANCARA', 'PORTOFOLIO'] },
          { unitCode: 'U2', methods: ['SIMULASI', 'TES_TERTULIS'] },
        ],
      ).ok,
    ).toBe(true);
    const bad = checkTestPlan(
      ['U1', 'U2', 'U3'],
      [
        { unitCode: 'U1', methods: ['WAWANCARA'] },
        { unitCode: 'U1', methods: ['WAWANCARA', 'PORTOFOLIO'] },
        { unitCode: 'X9', methods: ['WAWANCARA', 'PORTOFOLIO'] },
      ],
    );
    expect(codesOf(bad).sort()).toEqual(
      [
        'UJI-RENCANA-UNIT',
        'UJI-RENCANA-UNIT',
        'UJI-METODE-MIN-2',
        'UJI-RENCANA-UNIT',
        'UJI-RENCANA-UNIT',
      ].sort(),
    );
  });
});
