import { describe, expect, it } from 'vitest';
import {
  checkStructuralMethods,
  type StructuralAssessmentPlan,
} from '../../../../domain/assessment/structural/methods';
import { codesOf } from '../../shared/helpers';

const plan = (o: Partial<StructuralAssessmentPlan>): StructuralAssessmentPlan => ({
  echelon: 'III',
  methods: [],
  assessedBy: 'UPK',
  durationDays: 2,
  ...o,
});

describe('methods per echelon (Perka BKN 11/2008 Lampiran II.C)', () => {
  it.each([
    ['I', ['ASSESSMENT_CENTER'], []],
    ['II', ['ASSESSMENT_CENTER'], []],
    ['II', ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'PRESENTASI'], ['PK-METODE-ESELON-I-II']],
    ['III', ['ASSESSMENT_CENTER'], []],
    ['III', ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS'], []],
    ['III', ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'PRESENTASI'], []],
    ['III', ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI'], ['PK-METODE-ESELON-III']],
    ['III', ['PSIKOMETRI', 'ANALISIS_KASUS', 'PRESENTASI'], ['PK-METODE-ESELON-III']],
    ['III', ['WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS', 'KUESIONER_KOMPETENSI'], ['PK-METODE-ESELON-III']],
    ['IV', ['PSIKOMETRI', 'KUESIONER_KOMPETENSI'], []],
    ['IV', ['PSIKOMETRI', 'KUESIONER_KOMPETENSI', 'ANALISIS_KASUS'], []],
    ['IV', ['PSIKOMETRI'], ['PK-METODE-ESELON-IV']],
    ['IV', ['KUESIONER_KOMPETENSI', 'WAWANCARA_KOMPETENSI'], ['PK-METODE-ESELON-IV']],
    ['IV', ['ASSESSMENT_CENTER'], []],
  ] as const)('eselon %s with %j -> %j', (echelon, methods, codes) => {
    expect(codesOf(checkStructuralMethods(plan({ echelon, methods })))).toEqual(codes);
  });

  it.each([
    ['TPK', 2, ['PK-AC-OLEH-UPK']],
    ['UPK', 1, ['PK-AC-MIN-2-HARI']],
    ['UPK', 2, []],
  ] as const)(
    'PK-AC-OLEH-UPK / PK-AC-MIN-2-HARI: assessment center by %s for %i days -> %j',
    (by, days, codes) => {
      expect(
        codesOf(
          checkStructuralMethods(
            plan({ echelon: 'II', methods: ['ASSESSMENT_CENTER'], assessedBy: by, durationDays: days }),
          ),
        ),
      ).toEqual(codes);
    },
  );
});
