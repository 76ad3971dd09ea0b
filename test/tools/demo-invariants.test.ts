import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../domain/shared/dates';
import {
  answerMilestoneProblems,
  questionnaireMailProblems,
  reissueProblems,
  type EnrolmentView,
} from '../../tools/demo/invariants';
import { jobDays } from '../../tools/demo/stage-monev';

/*
 * The demo's after-certificate invariants on crafted data: each holds on what the API answers when all is well
 * and names what broke when it does not, so `npm run demo` fails when one breaks.
 */

const PROGRAMME = 'Pelatihan dan Sertifikasi Manajemen ASN 2019';
const questionnaire = (to: string, point: number) => ({
  destination: { to: [to] },
  subject: `Kuesioner Monev ${point} bulan pascapelatihan: ${PROGRAMME}`,
});
const reminder = (to: string, point: number) => ({
  destination: { to: [to] },
  subject: `Pengingat: kuesioner Monev ${point} bulan pascapelatihan belum diisi`,
});

describe('every Monev questionnaire e-mailed exactly once per round per recipient', () => {
  const expected = [
    { address: 'peserta@x.go.id', point: 3, count: 1 },
    { address: 'mentor@x.go.id', point: 3, count: 1 },
  ];

  it('holds when each recipient has one questionnaire of the round (reminders and other mail aside)', () => {
    const mails = [
      questionnaire('peserta@x.go.id', 3),
      questionnaire('mentor@x.go.id', 3),
      reminder('peserta@x.go.id', 3),
      { destination: { to: ['peserta@x.go.id'] }, subject: `Undangan ${PROGRAMME} Angkatan 1` },
    ];
    expect(questionnaireMailProblems(expected, mails)).toEqual([]);
  });

  it('fails on a questionnaire sent twice, one never sent, and one sent for a round that is not open', () => {
    const mails = [
      questionnaire('peserta@x.go.id', 3),
      questionnaire('peserta@x.go.id', 3),
      questionnaire('peserta@x.go.id', 6),
    ];
    expect(questionnaireMailProblems(expected, mails)).toEqual([
      'peserta@x.go.id: 2 questionnaires of Monev 3, expected 1',
      'mentor@x.go.id: 0 questionnaires of Monev 3, expected 1',
      'peserta@x.go.id: Monev 6 e-mailed 1× without a round',
    ]);
  });
});

describe("every Monev answer attached to the milestones of that participant's plan", () => {
  const plans = new Map([['198601012010011001', ['M1', 'M2']]]);
  const row = (participant: number, mentor: number, milestones: number) => ({
    participant: { answered: participant },
    mentor: { answered: mentor },
    milestones: { BELUM_MULAI: 0, BERJALAN: milestones, SELESAI: 0, TIDAK_DILAKSANAKAN: 0 },
  });
  const answer = (respondent: string, milestoneIds: string[], nip = '198601012010011001') => ({
    nip,
    point: 3,
    respondent,
    milestoneIds,
  });

  it('holds when every answer names each milestone of the plan once and the report counts them', () => {
    const answers = [answer('PESERTA', ['M1', 'M2']), answer('MENTOR', ['M2', 'M1'])];
    expect(answerMilestoneProblems(answers, plans, [row(1, 1, 2)])).toEqual([]);
  });

  it('fails on a milestone not in the plan, one twice, one left out, a participant without a plan and a report that disagrees', () => {
    const answers = [
      answer('PESERTA', ['M1', 'M3']),
      answer('MENTOR', ['M1', 'M1']),
      answer('PESERTA', ['M1'], '199001012015011002'),
    ];
    expect(answerMilestoneProblems(answers, plans, [row(1, 1, 2)])).toEqual([
      '198601012010011001 Monev 3 (PESERTA): milestones M3 are not in the plan',
      '198601012010011001 Monev 3 (PESERTA): milestones M2 left out',
      '198601012010011001 Monev 3 (MENTOR): milestones M1 answered twice',
      '198601012010011001 Monev 3 (MENTOR): milestones M2 left out',
      '199001012015011002 Monev 3 (PESERTA): answered without a plan',
      'the report counts 2 answers, 3 were given',
      'the report counts 2 milestone answers of participants, 3 were given',
    ]);
  });
});

describe('every re-issued certificate backed by a recorded decision', () => {
  const N = '0001/SKTM-ASN/L3/2019';
  const certificate = (
    version: number,
    reissue?: { reason: string; note: string },
    outcome = 'KOMPETEN',
  ) => ({
    registrationNumber: version ? `${N}-P${version}` : N,
    scheme: 'ADMINISTRATOR' as const,
    qualification: 'Kualifikasi Administrator',
    decisionId: 'dec_1',
    decisionOutcome: outcome,
    nip: '198601012010011001',
    status: 'AKTIF',
    version,
    history: [],
    ...(reissue && { reissue }),
  });
  const enrolment = (o: Partial<EnrolmentView> = {}): EnrolmentView => ({
    registrationNumber: N,
    status: 'SELESAI',
    attendance: { attendedOn: '2020-09-01' },
    testUnits: ['MASN-ADM-01'],
    decisions: [{ units: [{ code: 'MASN-ADM-01', outcome: 'KOMPETEN' }] }],
    reissuedAs: `${N}-P1`,
    ...o,
  });

  it('holds for a first issue, a scheme change with its completed enrolment, a name correction with its basis and a replaced decision', () => {
    const certificates = [
      certificate(0),
      certificate(1, { reason: 'PERUBAHAN_SKEMA', note: 'Versi 2020.' }),
      certificate(2, { reason: 'KOREKSI_NAMA', note: 'SK 823/2020' }),
      certificate(3, { reason: 'KEPUTUSAN_DIGANTI', note: 'Banding diterima.' }),
    ];
    expect(reissueProblems(certificates, [enrolment()])).toEqual([]);
  });

  it('fails on a scheme change without an enrolment or with one not completed, a correction without basis, a decision not competent, a version without reason', () => {
    const certificates = [
      certificate(1, { reason: 'PERUBAHAN_SKEMA', note: 'Versi 2020.' }),
      certificate(2, { reason: 'PERUBAHAN_SKEMA', note: 'Versi 2021.' }),
      certificate(3, { reason: 'KOREKSI_NAMA', note: ' ' }),
      certificate(4, { reason: 'KEPUTUSAN_DIGANTI', note: 'Banding.' }, 'BELUM_KOMPETEN'),
      certificate(5),
    ];
    const notCompetent = enrolment({
      decisions: [{ units: [{ code: 'MASN-ADM-01', outcome: 'BELUM_KOMPETEN' }] }],
    });
    expect(reissueProblems(certificates, [notCompetent])).toEqual([
      `${N}-P1: its enrolment is SELESAI, without the attendance and competent decision it needs`,
      `${N}-P2: re-issued for a scheme change without an enrolment naming it`,
      `${N}-P3: name corrected without a recorded basis`,
      `${N}-P4: re-issued on dec_1, not a competent decision`,
      `${N}-P5: version 5 without a recorded reason`,
    ]);
  });
});

describe('the days the Monev job runs on', () => {
  const round = (opensOn: string, remindOn: string, closesOn: string) =>
    ({ cohort: 1, point: 3, opensOn, remindOn, closesOn }) as Parameters<typeof jobDays>[0][number];
  const day = (date: string) => date as IsoDate;

  it('opens every round before its reminder, reminds within its reminder days, and closes after its last day', () => {
    const rounds = [
      round('2019-08-07', '2019-08-30', '2019-09-06'),
      round('2019-08-10', '2019-09-02', '2019-09-09'),
    ];
    expect(jobDays(rounds, day('2019-08-01'))).toEqual(['2019-08-29', '2019-09-06', '2019-09-10']);
  });

  it('skips the windows already past: a round seen late is opened and reminded on one day', () => {
    expect(jobDays([round('2019-08-07', '2019-08-30', '2019-09-06')], day('2019-09-01'))).toEqual([
      '2019-09-06',
      '2019-09-07',
    ]);
  });
});
