import { describe, expect, it } from 'vitest';
import {
  checkAppealDecider,
  checkAppealReviewer,
  checkSessionAttendance,
  checkAppealWindow,
  checkRetestSession,
  checkSessionRecorder,
  cumulateAttempt,
  decideUpheldAppeal,
  followUpOf,
} from '../../../domain/result/session';
import { codesOf, valueOf } from '../shared/helpers';

const REQUIRED = ['U1', 'U2', 'U3'];

describe('result session (Perban BKN 7/2020 Pasal 2, 25, 26)', () => {
  it.each([
    ['the assessor of the participant', 'asesor.a', ['asesor.a', 'pakar.p'], ['SIDANG-BUKAN-ASESOR']],
    ['the expert of the participant', 'pakar.p', ['asesor.a', 'pakar.p'], ['SIDANG-BUKAN-ASESOR']],
    ['someone who did not test', 'komite.k', ['asesor.a'], []],
  ])('SIDANG-BUKAN-ASESOR: recorded by %s -> %j', (_, recorder, testers, codes) => {
    expect(checkSessionRecorder(recorder, testers).map((v) => v.code)).toEqual(codes);
  });

  it.each([
    ['first test, all competent', [], ['U1', 'U2', 'U3'], 'KOMPETEN', []],
    ['first test, one not yet competent', [], ['U1', 'U2'], 'BELUM_KOMPETEN', ['U3']],
    ['re-test adds the failed unit to those competent before', ['U1', 'U2'], ['U3'], 'KOMPETEN', []],
    ['re-test fails again', ['U1'], ['U2'], 'BELUM_KOMPETEN', ['U3']],
  ])('UJI-KOMPETEN-SELURUH-UNIT / UJI-ULANG-UNIT-BK: %s', (_, before, tested, outcome, notYet) => {
    const result = cumulateAttempt(REQUIRED, before, { competentUnits: tested });
    expect(result.outcome).toBe(outcome);
    expect(result.notYetCompetentUnits).toEqual(notYet);
    expect(result.competentUnits).toEqual(REQUIRED.filter((u) => !notYet.includes(u)));
  });

  it('UJI-KOMPETEN-SELURUH-UNIT: a scheme without units is never competent', () => {
    expect(cumulateAttempt([], [], { competentUnits: [] }).outcome).toBe('BELUM_KOMPETEN');
  });

  describe('TINDAK-LANJUT-BELUM-KOMPETEN: every not-yet-competent decision records a re-test offer and development', () => {
    const notYet = { outcome: 'BELUM_KOMPETEN' as const, notYetCompetentUnits: ['U3'] };

    it('competent needs no follow-up', () => {
      expect(followUpOf({ outcome: 'KOMPETEN', notYetCompetentUnits: [] }, 0)).toEqual({
        ok: true,
        value: undefined,
      });
    });

    it.each([
      [0, { offered: true, remaining: 2 }],
      [1, { offered: true, remaining: 1 }],
      [2, { offered: false, remaining: 0 }],
    ] as const)('after %i re-tests at the level: re-test %j, and development either way', (taken, retest) => {
      const followUp = followUpOf(notYet, taken);
      expect(followUp.ok && followUp.value).toMatchObject({
        retest: { ...retest, unitCodes: ['U3'] },
        development: { forms: ['PELATIHAN'], unitCodes: ['U3'] },
      });
    });

    it('the forms the session names (Pasal 35(5)), with notes', () => {
      const followUp = followUpOf(notYet, 0, {
        forms: ['PEMBIMBINGAN', 'KONSULTASI'],
        notes: 'Mentor di BKD.',
      });
      expect(followUp.ok && followUp.value?.development).toEqual({
        forms: ['PEMBIMBINGAN', 'KONSULTASI'],
        unitCodes: ['U3'],
        notes: 'Mentor di BKD.',
      });
    });

    it('no form at all is refused', () => {
      expect(codesOf(followUpOf(notYet, 0, { forms: [] }))).toEqual(['TINDAK-LANJUT-BELUM-KOMPETEN']);
    });
  });

  it.each([
    ['within the period', {}, '2027-08-21T00:00:00.000Z', []],
    ['on the last instant', { appealUntil: '2027-09-03T03:00:00.000Z' }, '2027-09-03T03:00:00.000Z', []],
    [
      'one millisecond late',
      { appealUntil: '2027-09-03T03:00:00.000Z' },
      '2027-09-03T03:00:00.001Z',
      ['BANDING-BATAS-WAKTU'],
    ],
    ['a superseded decision', { supersededBy: 'dec_x' }, '2027-08-21T00:00:00.000Z', ['BANDING-BATAS-WAKTU']],
  ])('BANDING-BATAS-WAKTU: %s', (_, decision, now, codes) => {
    expect(checkAppealWindow(decision, now).map((v) => v.code)).toEqual(codes);
  });

  it.each([
    ['an assessor of the participant', 'asesor.a', ['BANDING-PENINJAU-INDEPENDEN']],
    ['an official of the unit who neither tested nor sat the session', 'pusbang.peninjau', []],
    ['the recorder of the session that decided', 'pusbang.sidang', ['BANDING-PENINJAU-INDEPENDEN']],
    ['an assessor who attended that session', 'asesor.b', ['BANDING-PENINJAU-INDEPENDEN']],
    ['nobody (no reviewer named yet)', undefined, ['BANDING-PENINJAU-INDEPENDEN']],
  ])('BANDING-PENINJAU-INDEPENDEN: reviewed by %s', (_, reviewer, codes) => {
    const session = ['pusbang.sidang', 'asesor.b'];
    expect(checkAppealReviewer(reviewer, ['asesor.a'], session).map((v) => v.code)).toEqual(codes);
  });

  it.each([
    ['the named reviewer', 'pusbang.peninjau', []],
    ['another official of the unit', 'pusbang.lain', ['BANDING-DIPUTUS-PENINJAU']],
  ])('BANDING-DIPUTUS-PENINJAU: decided by %s', (_, decider, codes) => {
    expect(checkAppealDecider(decider, 'pusbang.peninjau').map((v) => v.code)).toEqual(codes);
  });

  describe('SIDANG-ASESOR-HADIR: the unit holds the session with the assessors of the test team (Pasal 25f, 30(2)q)', () => {
    const team = [
      { username: 'asesor.a', role: 'asesor' as const },
      { username: 'pakar.p', role: 'pakar' as const },
    ];
    const unit = { name: 'Kepala Pusbang ASN', role: 'UNIT_PELATIHAN_BKN' as const };
    it.each([
      [
        'the unit and an assessor of the team',
        [unit, { name: 'A', role: 'ASESOR', username: 'asesor.a' }],
        [],
      ],
      [
        'the unit, an assessor and an expert of the team',
        [
          unit,
          { name: 'A', role: 'ASESOR', username: 'asesor.a' },
          { name: 'P', role: 'PAKAR', username: 'pakar.p' },
        ],
        [],
      ],
      ['no assessor', [unit, { name: 'Eko', role: 'PENYELENGGARA' }], ['SIDANG-ASESOR-HADIR']],
      [
        'an "assessor" who is not on the team (and so no assessor of it)',
        [unit, { name: 'X', role: 'ASESOR', username: 'asesor.x' }],
        ['SIDANG-ASESOR-HADIR', 'SIDANG-ASESOR-HADIR'],
      ],
      [
        'the expert named as an assessor',
        [unit, { name: 'P', role: 'ASESOR', username: 'pakar.p' }],
        ['SIDANG-ASESOR-HADIR', 'SIDANG-ASESOR-HADIR'],
      ],
    ] as const)('%s -> %j', (_, attendees, codes) => {
      expect(checkSessionAttendance(attendees, team).map((v) => v.code)).toEqual(codes);
    });
  });

  const decided = {
    outcome: 'BELUM_KOMPETEN' as const,
    competentUnits: ['U1', 'U2'],
    notYetCompetentUnits: ['U3'],
  };
  it('BANDING-PUTUSAN-UNIT: an upheld appeal on the contested unit makes the participant competent', () => {
    const result = decideUpheldAppeal({
      requiredUnitCodes: REQUIRED,
      decided,
      contestedUnits: ['U3'],
      competentUnits: ['U3'],
    });
    expect(valueOf(result)).toEqual({
      outcome: 'KOMPETEN',
      competentUnits: REQUIRED,
      notYetCompetentUnits: [],
    });
  });

  it.each([
    ['a unit not contested', ['U3'], ['U2'], ['BANDING-PUTUSAN-UNIT']],
    ['a unit already competent', ['U1'], ['U1'], ['BANDING-PUTUSAN-UNIT']],
    ['no unit named', ['U3'], [], ['BANDING-PUTUSAN-UNIT']],
  ])('BANDING-PUTUSAN-UNIT: %s is refused', (_, contested, competent, codes) => {
    const result = decideUpheldAppeal({
      requiredUnitCodes: REQUIRED,
      decided,
      contestedUnits: contested,
      competentUnits: competent,
    });
    expect(codesOf(result)).toEqual(codes);
  });

  const last = {
    programId: 'prg_a',
    number: 19,
    scheme: 'ADMINISTRATOR',
    startDate: '2027-07-29',
    testDate: '2027-07-30',
  };
  const session = (overrides: Partial<typeof last>) => ({ ...last, ...overrides });
  it.each([
    [
      'a later cohort of the same scheme',
      session({ number: 21, startDate: '2027-08-10', testDate: '2027-08-11' }),
      [],
    ],
    [
      'a re-test session of a later programme',
      session({ programId: 'prg_b', number: 3, startDate: '2028-05-06', testDate: '2028-05-06' }),
      [],
    ],
    [
      'a cohort of another scheme',
      session({ number: 22, scheme: 'PENGAWAS', startDate: '2027-08-10', testDate: '2027-08-11' }),
      ['UJI-ULANG-SESI-BERIKUTNYA'],
    ],
    [
      'a session tested on the last test day',
      session({ number: 20, startDate: '2027-07-29', testDate: '2027-07-30' }),
      ['UJI-ULANG-SESI-BERIKUTNYA', 'UJI-ULANG-SESI-BERIKUTNYA'],
    ],
    [
      'a later session that has already begun today',
      session({ number: 23, startDate: '2027-08-01', testDate: '2027-08-02' }),
      ['UJI-ULANG-SESI-BERIKUTNYA'],
    ],
  ])('UJI-ULANG-SESI-BERIKUTNYA: %s', (_, target, codes) => {
    const today = '2027-08-01';
    expect(checkRetestSession(last, target, today).map((v) => v.code)).toEqual(codes);
  });
});
