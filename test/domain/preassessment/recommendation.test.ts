import { describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/access/roles';
import {
  checkRecommendation,
  RECOMMENDATION_RULES,
  type RecommendationInput,
} from '../../../domain/preassessment/recommendation';
import type { Completeness } from '../../../domain/preassessment/self-assessment';
import { codesOf, named, violationsOf } from '../shared/helpers';

const COMPLETE: Completeness = { complete: true, missingUnits: [], claimed: 14, required: 14 };
const ONE_SHORT: Completeness = { complete: false, missingUnits: ['MASN-ADM-14'], claimed: 13, required: 14 };

const input = (overrides: Partial<RecommendationInput> = {}): RecommendationInput => ({
  actorRoles: ['asesor'],
  candidateStatus: 'ACCEPTED',
  completeness: COMPLETE,
  outcome: 'FIT',
  ...overrides,
});

describe('checkRecommendation (Perban BKN 7/2020 Pasal 30(1)b-c, 31(1)e)', () => {
  it.each(
    named<RecommendationInput>([
      ['an assessor finds a complete self-assessment fit', input(), []],
      ['not fit with notes', input({ outcome: 'NOT_FIT', notes: 'Bukti belum relevan.' }), []],
      ['an assessor who is also BKN staff', input({ actorRoles: ['admin-bkn', 'asesor'] }), []],
      ['a BKN admin', input({ actorRoles: ['admin-bkn'] as Role[] }), ['PRA-REKOMENDASI-ASESOR']],
      ['an instansi operator', input({ actorRoles: ['instansi'] as Role[] }), ['PRA-REKOMENDASI-ASESOR']],
      ['no self-assessment', input({ completeness: undefined }), ['PRA-REKOMENDASI-SETELAH-PENILAIAN']],
      ['one unit short', input({ completeness: ONE_SHORT }), ['PRA-REKOMENDASI-SETELAH-PENILAIAN']],
      ['not fit without notes', input({ outcome: 'NOT_FIT' }), ['PRA-REKOMENDASI-CATATAN']],
      ['not fit with blank notes', input({ outcome: 'NOT_FIT', notes: '  ' }), ['PRA-REKOMENDASI-CATATAN']],
      ['a candidate not accepted', input({ candidateStatus: 'SUBMITTED' }), ['PRA-CALON-DITERIMA']],
      [
        'after the candidate was set as participant',
        input({ participantStatus: 'SET' }),
        ['PRA-REKOMENDASI-SEBELUM-PENETAPAN'],
      ],
      ['after the candidate was not set', input({ participantStatus: 'NOT_SET' }), []],
      [
        'every unmet rule at once',
        input({ actorRoles: ['komite'], completeness: ONE_SHORT, outcome: 'NOT_FIT' }),
        ['PRA-REKOMENDASI-ASESOR', 'PRA-REKOMENDASI-SETELAH-PENILAIAN', 'PRA-REKOMENDASI-CATATAN'],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkRecommendation(given))).toEqual(expected);
  });

  it('an incomplete self-assessment names the missing units', () => {
    const [v] = violationsOf(checkRecommendation(input({ completeness: ONE_SHORT })));
    expect(v).toMatchObject({
      code: 'PRA-REKOMENDASI-SETELAH-PENILAIAN',
      article: RECOMMENDATION_RULES['PRA-REKOMENDASI-SETELAH-PENILAIAN'].article,
      message: expect.stringContaining('MASN-ADM-14'),
      field: 'units',
    });
  });
});
