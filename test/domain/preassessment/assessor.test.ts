import { describe, expect, it } from 'vitest';
import type { AssessedParticipant } from '../../../domain/assessment/assessor';
import {
  assessedCandidate,
  checkPreAssessor,
  PRE_ASSESSOR_RULES,
  type PreAssessorInput,
} from '../../../domain/preassessment/assessor';
import { qualifiedAssessor } from '../assessment/fixtures';
import { codesOf, d, named, NIP_A, NIP_B, violationsOf } from '../shared/helpers';

const TODAY = d('2019-04-16');

/** A qualified assessor working at BKN. */
const preAssessor = (overrides: Parameters<typeof qualifiedAssessor>[0] = {}) =>
  qualifiedAssessor({ instansiCode: 'BKN01', ...overrides });

const CANDIDATE: AssessedParticipant = {
  nip: NIP_B,
  directSupervisorNip: null,
  golongan: 'IV/a',
  instansiCode: '3201',
};

const input = (overrides: Partial<PreAssessorInput> = {}): PreAssessorInput => ({
  assessor: preAssessor(),
  candidate: CANDIDATE,
  candidateStatus: 'ACCEPTED',
  today: TODAY,
  ...overrides,
});

describe('checkPreAssessor: the assessor of a candidate’s pre-test consultation (Pasal 28, 30(1), 31(1)d-e)', () => {
  it.each(
    named<PreAssessorInput>([
      ['a qualified assessor of the candidate’s own rank, free of conflict', input(), []],
      ['after the candidate was not set', input({ participantStatus: 'NOT_SET' }), []],
      [
        'a rank one step below the candidate’s',
        input({ assessor: preAssessor({ golongan: 'III/d' }) }),
        ['ASESOR-PANGKAT-SETARA-PESERTA'],
      ],
      [
        'an assessor who declared an interest in the candidate',
        input({ assessor: preAssessor({ declaredConflictNips: [NIP_B] }) }),
        ['ASESOR-BEBAS-KEPENTINGAN'],
      ],
      [
        'an assessor of the instansi that proposed the candidate',
        input({ assessor: preAssessor({ instansiCode: '3201' }) }),
        ['ASESOR-BEBAS-KEPENTINGAN'],
      ],
      [
        'an assessor of another regional instansi',
        input({ assessor: preAssessor({ instansiCode: '3273' }) }),
        [],
      ],
      [
        'the candidate themself',
        input({ assessor: preAssessor({ nip: NIP_B }) }),
        ['ASESOR-BEBAS-KEPENTINGAN'],
      ],
      [
        'a certificate expired the day before',
        input({
          assessor: preAssessor({
            assessorCertificate: { recognisedByBkn: true, validUntil: d('2019-04-15') },
          }),
        }),
        ['ASESOR-SERTIFIKAT'],
      ],
      [
        'serving a disciplinary sentence',
        input({ assessor: preAssessor({ disciplinaryPeriods: [{ from: d('2019-01-01'), until: null }] }) }),
        ['ASESOR-TIDAK-HUKDIS'],
      ],
      ['a candidate not accepted', input({ candidateStatus: 'SUBMITTED' }), ['PRA-CALON-DITERIMA']],
      [
        'after the candidate was set as participant',
        input({ participantStatus: 'SET' }),
        ['PRA-ASESOR-SEBELUM-PENETAPAN'],
      ],
      [
        'every unmet rule at once',
        input({
          assessor: preAssessor({ education: 'D3', declaredConflictNips: [NIP_B], instansiCode: '3201' }),
          candidateStatus: 'REJECTED',
          participantStatus: 'SET',
        }),
        [
          'ASESOR-PENDIDIKAN-S1',
          'ASESOR-BEBAS-KEPENTINGAN',
          'ASESOR-BEBAS-KEPENTINGAN',
          'PRA-CALON-DITERIMA',
          'PRA-ASESOR-SEBELUM-PENETAPAN',
        ],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkPreAssessor(given))).toEqual(expected);
  });

  it('the assignment after the setting session cites Pasal 31(1)e-f', () => {
    const [v] = violationsOf(checkPreAssessor(input({ participantStatus: 'SET' })));
    expect(v).toMatchObject({ article: PRE_ASSESSOR_RULES['PRA-ASESOR-SEBELUM-PENETAPAN'].article });
  });

  it('the same instansi is named as the conflict, in Bahasa Indonesia', () => {
    const [v] = violationsOf(checkPreAssessor(input({ assessor: preAssessor({ instansiCode: '3201' }) })));
    expect(v).toMatchObject({
      code: 'ASESOR-BEBAS-KEPENTINGAN',
      message: 'Asesor bekerja pada instansi yang mengusulkan peserta.',
    });
  });

  it('the candidate is seen by NIP, rank and proposing instansi; no direct supervisor is recorded', () => {
    expect(assessedCandidate({ nip: NIP_A, instansiCode: '3201', position: { rank: 'III/c' } })).toEqual({
      nip: NIP_A,
      directSupervisorNip: null,
      golongan: 'III/c',
      instansiCode: '3201',
    });
  });
});
