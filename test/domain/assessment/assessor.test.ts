import { describe, expect, it } from 'vitest';
import {
  checkAssessor,
  type AssessedParticipant,
  type AssessorProfile,
} from '../../../domain/assessment/assessor';
import { conflictsOfInterest } from '../../../domain/assessment/conflict-of-interest';
import { isEducationAtLeast } from '../../../domain/assessment/education';
import { codesOf, d, NIP_A, NIP_B } from '../shared/helpers';
import { qualifiedAssessor } from './fixtures';

const NOW = d('2025-03-15');

const assessor = qualifiedAssessor;

const participant: AssessedParticipant = { nip: NIP_B, golongan: 'III/d', directSupervisorNip: NIP_A };

describe('assessor requirements (Perban BKN 7/2020 Pasal 28)', () => {
  it('a qualified assessor without conflict is accepted', () => {
    expect(checkAssessor(assessor(), participant, NOW).ok).toBe(true);
  });

  it.each([
    [{ isPns: false }, ['ASESOR-PNS'], 'not a PNS'],
    [{ education: 'D4' }, ['ASESOR-PENDIDIKAN-S1'], 'D4 is below S1'],
    [{ education: 'S1' }, [], 'S1 is enough'],
    [{ golongan: 'III/b' }, ['ASESOR-PANGKAT-III-C', 'ASESOR-PANGKAT-SETARA-PESERTA'], 'below Penata III/c'],
    [{ golongan: 'III/d' }, [], 'III/d, the same rank as the participant'],
    [{ serviceStart: d('2017-03-16') }, ['ASESOR-MASA-KERJA-8TH'], '8 years minus one day of service'],
    [{ serviceStart: d('2017-03-15') }, [], 'exactly 8 years of service'],
    [{ assessorCertificate: null }, ['ASESOR-SERTIFIKAT'], 'no assessor certificate'],
    [
      { assessorCertificate: { recognisedByBkn: false, validUntil: null } },
      ['ASESOR-SERTIFIKAT'],
      'a certificate BKN does not recognise',
    ],
    [
      { assessorCertificate: { recognisedByBkn: true, validUntil: d('2025-03-14') } },
      ['ASESOR-SERTIFIKAT'],
      'an expired certificate',
    ],
    [
      { assessorCertificate: { recognisedByBkn: true, validUntil: d('2025-03-15') } },
      [],
      'a certificate valid until today',
    ],
    [
      { disciplinaryPeriods: [{ from: d('2025-01-01'), until: null }] },
      ['ASESOR-TIDAK-HUKDIS'],
      'serving a sentence',
    ],
    [
      { disciplinaryPeriods: [{ from: d('2023-01-01'), until: d('2024-01-01') }] },
      [],
      'a sentence already served',
    ],
    [{ declaredConflictNips: [NIP_B] }, ['ASESOR-BEBAS-KEPENTINGAN'], 'a declared interest'],
    [{ nip: NIP_A }, ['ASESOR-BEBAS-KEPENTINGAN'], "the participant's direct supervisor"],
    [{ directSupervisorNip: NIP_B }, ['ASESOR-BEBAS-KEPENTINGAN'], "the participant's direct subordinate"],
  ] as const)('%j -> %j (%s)', (overrides, codes, _label) => {
    expect(codesOf(checkAssessor(assessor(overrides as Partial<AssessorProfile>), participant, NOW))).toEqual(
      codes,
    );
  });

  it('ASESOR-PANGKAT-SETARA-PESERTA: III/c may assess III/c but not IV/a', () => {
    const a = assessor({ golongan: 'III/c' });
    expect(checkAssessor(a, { ...participant, golongan: 'III/c' }, NOW).ok).toBe(true);
    expect(codesOf(checkAssessor(a, { ...participant, golongan: 'IV/a' }, NOW))).toEqual([
      'ASESOR-PANGKAT-SETARA-PESERTA',
    ]);
  });

  it('ASESOR-PENGUASAAN: each missing mastery of Pasal 28(2)e-l is listed with its field', () => {
    const a = assessor({ mastery: { ...assessor().mastery, methods: false, regulations: false } });
    const decision = checkAssessor(a, participant, NOW);
    expect(decision.ok ? [] : decision.violations.map((v) => [v.code, v.field])).toEqual([
      ['ASESOR-PENGUASAAN', 'mastery.methods'],
      ['ASESOR-PENGUASAAN', 'mastery.regulations'],
    ]);
  });

  it('ASESOR-BEBAS-KEPENTINGAN: nobody assesses themselves', () => {
    expect(conflictsOfInterest({ nip: NIP_B, declaredConflictNips: [] }, { nip: NIP_B })).toEqual([
      'DIRI_SENDIRI',
    ]);
  });

  it.each([
    ['the same instansi', 'BKN01', 'BKN01', ['INSTANSI_SAMA']],
    ['another instansi', 'BKN01', '3201', []],
    ['the tester’s instansi unknown', null, '3201', []],
    ['the participant’s instansi unknown', 'BKN01', undefined, []],
  ] as const)(
    'ASESOR-BEBAS-KEPENTINGAN: a tester of %s as the proposing instansi',
    (_label, testerInstansi, participantInstansi, expected) => {
      expect(
        conflictsOfInterest(
          { nip: NIP_A, declaredConflictNips: [], instansiCode: testerInstansi },
          { nip: NIP_B, instansiCode: participantInstansi },
        ),
      ).toEqual(expected);
    },
  );

  it('education levels are ordered', () => {
    expect(isEducationAtLeast('S3', 'S1')).toBe(true);
    expect(isEducationAtLeast('SMA', 'S1')).toBe(false);
  });
});
