import { describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/access/roles';
import {
  checkRecommendation,
  RECOMMENDATION_RULES,
  type RecommendationInput,
} from '../../../domain/preassessment/recommendation';
import type { Completeness } from '../../../domain/preassessment/self-assessment';
import { codesOf, d, named, NIP_B, violationsOf } from '../shared/helpers';
import { qualifiedAssessor as preAssessor } from '../assessment/fixtures';

const COMPLETE: Completeness = { complete: true, missingUnits: [], claimed: 14, required: 14 };
const ONE_SHORT: Completeness = { complete: false, missingUnits: ['MASN-ADM-14'], claimed: 13, required: 14 };

const ASSIGNED = { username: 'asesor.budi', profile: preAssessor() };

const input = (overrides: Partial<RecommendationInput> = {}): RecommendationInput => ({
  actorRoles: ['asesor'],
  actorUsername: 'asesor.budi',
  assigned: ASSIGNED,
  candidate: { nip: NIP_B, directSupervisorNip: null, golongan: 'III/d', instansiCode: '3201' },
  today: d('2019-04-16'),
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
      [
        'a BKN admin under the assigned assessor’s user name',
        input({ actorRoles: ['admin-bkn'] as Role[] }),
        ['PRA-REKOMENDASI-ASESOR', 'PRA-ASESOR-DITUGASKAN'],
      ],
      [
        'an instansi operator',
        input({ actorRoles: ['instansi'] as Role[], actorUsername: 'operator.3201' }),
        ['PRA-REKOMENDASI-ASESOR', 'PRA-ASESOR-DITUGASKAN'],
      ],
      ['another assessor', input({ actorUsername: 'asesor.rina' }), ['PRA-ASESOR-DITUGASKAN']],
      ['an assessor while nobody is assigned', input({ assigned: undefined }), ['PRA-ASESOR-DITUGASKAN']],
      [
        'the assigned assessor whose certificate expired since the assignment',
        input({
          assigned: {
            ...ASSIGNED,
            profile: preAssessor({
              assessorCertificate: { recognisedByBkn: true, validUntil: d('2019-04-15') },
            }),
          },
        }),
        ['ASESOR-SERTIFIKAT'],
      ],
      [
        'the assigned assessor who since declared an interest in the candidate',
        input({ assigned: { ...ASSIGNED, profile: preAssessor({ declaredConflictNips: [NIP_B] }) } }),
        ['ASESOR-BEBAS-KEPENTINGAN'],
      ],
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
        [
          'PRA-REKOMENDASI-ASESOR',
          'PRA-ASESOR-DITUGASKAN',
          'PRA-REKOMENDASI-SETELAH-PENILAIAN',
          'PRA-REKOMENDASI-CATATAN',
        ],
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
