import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonevAnswerRequest } from '../../events/api/monev';
import { ACTION_PLAN_EXAMPLE, type ActionPlan } from '../../events/api/training';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';
import { monevProgramme } from './pipeline-helpers';

/*
 * The action plan as the handbook's form and its Monev, through the public API on the local stack: the
 * confirmation's rules on identity, mentor and timeline, who reads a plan, and the rounds the daily job opens
 * at 3, 6 and 12 months after the cohort's last day as the business clock moves: questionnaires sent once to
 * participant and mentor, one reminder, answers per milestone, the round closed and late answers refused, and
 * the report's figures per instansi and level.
 */

const MENTOR = '197001011995031001';
const OTHER_MENTOR = '196805051990031002';
const A = { nip: '198601012010011001', name: 'Dewi Lestari, S.Sos.' };
const B = { nip: '198702022011012002', name: 'Rina Kartika, S.H.' };
const C = { nip: '198803032012011003', name: 'Agus Pratama, S.E.' };
const ANSWER = (MonevAnswerRequest.meta()!.examples as MonevAnswerRequest[])[0]!;
const FULL_PLAN: ActionPlan = { ...ACTION_PLAN_EXAMPLE, mentor: { nip: MENTOR, name: 'Arm, S.Sos' } };
const {
  identity: _identity,
  mentor: _mentor,
  ...OLD_BODY_PLAN
} = {
  ...ACTION_PLAN_EXAMPLE,
  milestones: ACTION_PLAN_EXAMPLE.milestones.map(({ weeks: _weeks, ...m }) => m),
};

describe('action plan and Monev through the API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let operator: Caller;
  let mentor: Caller;
  let otherMentor: Caller;
  const peserta: Record<string, Caller> = {};
  let programId: string;

  const moveTo = async (date: string) => {
    const moved = await admin('PUT', '/_local/clock', { date });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  };
  const runJob = async () =>
    (await stack.fireSchedule('monevRounds')) as {
      opened: number;
      sent: number;
      reminded: number;
      closed: number;
    };
  const planPath = (nip: string) => `/programs/${programId}/participants/${nip}/action-plan`;
  const answerPath = (nip: string, point: number) =>
    `/programs/${programId}/participants/${nip}/monev/${point}`;

  beforeAll(async () => {
    stack = await startTestStack({ calendarStart: { date: '2019-04-04' } });
    admin = await callerFor(stack, 'admin-bkn');
    programId = await monevProgramme(admin, 'Pelatihan dan Sertifikasi Manajemen ASN 2019 (Monev)', [
      A,
      B,
      C,
    ]);
    for (const { nip } of [A, B, C]) {
      peserta[nip] = await callerFor(stack, 'peserta', { nip, instansi: '3201' });
    }
    operator = await callerFor(stack, 'instansi', { instansi: '3201' });
    mentor = await callerFor(stack, 'mentor', { nip: MENTOR });
    otherMentor = await callerFor(stack, 'mentor', { nip: OTHER_MENTOR });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  const confirm = (nip: string, actionPlan: unknown) =>
    peserta[nip]!('POST', `/programs/${programId}/participants/${nip}/confirmation`, {
      attending: true,
      actionPlan,
    });

  it("RTL-IDENTITAS, RTL-MENTOR, RTL-TIMELINE: the confirmation refuses a form with them broken, accepts today's body and reports what is missing", async () => {
    const broken = await confirm(C.nip, {
      ...FULL_PLAN,
      identity: { name: 'Agus Pratama', position: 'Kepala Bidang', unit: 'BKPSDM' },
      mentor: { nip: C.nip, name: 'Diri sendiri' },
      milestones: [{ ...FULL_PLAN.milestones[0]!, term: 'PENDEK', weeks: { from: 12, to: 14 } }],
    });
    expect(broken.status, JSON.stringify(broken.body)).toBe(422);
    expect(broken.body.details.map((v: { code: string }) => v.code).sort()).toEqual([
      'RTL-IDENTITAS',
      'RTL-MENTOR',
      'RTL-TIMELINE',
      'RTL-TIMELINE',
    ]);

    expect((await confirm(A.nip, FULL_PLAN)).status).toBe(200);
    const old = await confirm(B.nip, OLD_BODY_PLAN);
    expect(old.status, JSON.stringify(old.body)).toBe(200);
    const third = await confirm(C.nip, { ...FULL_PLAN, mentor: { nip: OTHER_MENTOR, name: 'Sri Wahyuni' } });
    expect(third.status, JSON.stringify(third.body)).toBe(200);

    const full = await operator('GET', planPath(A.nip));
    expect(full.status).toBe(200);
    expect(full.body.missing).toEqual([]);
    expect(full.body.actionPlan.milestones.map((m: { id: string }) => m.id)).toEqual(['M1', 'M2']);
    const lacking = await operator('GET', planPath(B.nip));
    expect(lacking.body.missing).toEqual(['identity', 'mentor', 'timeline']);
  });

  it("AKSES-MENTOR: the mentor reads the plans naming them, not another's; the instansi reads its participant's plan", async () => {
    const mine = await mentor('GET', '/mentor/action-plans');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((p: { nip: string }) => p.nip)).toEqual([A.nip]);
    expect((await mentor('GET', planPath(A.nip))).status).toBe(200);
    const foreign = await mentor('GET', planPath(C.nip));
    const missing = await mentor('GET', planPath('199912312020121009'));
    expect([foreign.status, foreign.body.code]).toEqual([404, 'PARTICIPANT_NOT_FOUND']);
    expect(foreign.body).toStrictEqual(missing.body);
    expect((await otherMentor('GET', planPath(C.nip))).status).toBe(200);
    // Another participant's plan is as missing to a participant.
    expect((await peserta[A.nip]!('GET', planPath(B.nip))).status).toBe(404);
    expect((await peserta[A.nip]!('GET', planPath(A.nip))).status).toBe(200);
  });

  it('MONEV-TITIK: BKN sets the points; out of order they are refused', async () => {
    const defaults = await admin('GET', `/programs/${programId}/monev`);
    expect(defaults.body).toMatchObject({ points: [3, 6, 12], isDefault: true, rounds: [] });
    const refused = await admin('PUT', `/programs/${programId}/monev`, { points: [6, 3] });
    expect(refused.status).toBe(422);
    expect(refused.body.details.map((v: { code: string }) => v.code)).toEqual(['MONEV-TITIK']);
    const set = await admin('PUT', `/programs/${programId}/monev`, {
      points: [3, 6, 12],
      answerDays: 30,
      reminderDaysBefore: 7,
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.isDefault).toBe(false);
  });

  it('rounds at 3, 6 and 12 months: opened once, sent once to participant and mentor, answered per milestone, reminded once, closed, late answers refused, reported', async () => {
    // The day before 3 months after the last day (2019-05-03): nothing yet.
    await moveTo('2019-08-02');
    expect(await runJob()).toEqual({ opened: 0, sent: 0, reminded: 0, closed: 0 });

    // 3 months: A and their mentor, B alone (no mentor in the plan), C and theirs. A second run sends nothing.
    await moveTo('2019-08-03');
    expect(await runJob()).toEqual({ opened: 1, sent: 5, reminded: 0, closed: 0 });
    expect(await runJob()).toEqual({ opened: 0, sent: 0, reminded: 0, closed: 0 });

    const mineA = await peserta[A.nip]!('GET', '/monev/questionnaires');
    expect(mineA.body.items).toHaveLength(1);
    expect(mineA.body.items[0]).toMatchObject({ point: 3, respondent: 'PESERTA', closesOn: '2019-09-02' });
    expect(mineA.body.items[0].plan.milestones.map((m: { id: string }) => m.id)).toEqual(['M1', 'M2']);
    const mineMentor = await mentor('GET', '/monev/questionnaires');
    expect(
      mineMentor.body.items.map((q: { nip: string; respondent: string }) => [q.nip, q.respondent]),
    ).toEqual([[A.nip, 'MENTOR']]);

    // MONEV-LANGKAH-KERJA and MONEV-MENTOR-SAAT-INI, all reasons at once.
    const incomplete = await peserta[A.nip]!('PUT', answerPath(A.nip, 3), {
      ...ANSWER,
      currentMentor: undefined,
      progress: [ANSWER.progress[0]],
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.details.map((v: { code: string }) => v.code)).toEqual([
      'MONEV-LANGKAH-KERJA',
      'MONEV-MENTOR-SAAT-INI',
    ]);
    const answered = await peserta[A.nip]!('PUT', answerPath(A.nip, 3), ANSWER);
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body.answer.progress.map((p: { milestoneId: string }) => p.milestoneId)).toEqual([
      'M1',
      'M2',
    ]);
    // MONEV-SEKALI
    const again = await peserta[A.nip]!('PUT', answerPath(A.nip, 3), ANSWER);
    expect([again.status, again.body.details?.[0]?.code]).toEqual([422, 'MONEV-SEKALI']);
    // The mentor answers their part (no current mentor asked of them), rating the impact 5.
    const byMentor = await mentor('PUT', answerPath(A.nip, 3), {
      ...ANSWER,
      currentMentor: undefined,
      impact: { rating: 5, description: 'Kinerja bidang meningkat.' },
    });
    expect(byMentor.status, JSON.stringify(byMentor.body)).toBe(200);
    expect(byMentor.body.respondent).toBe('MENTOR');
    // A mentor the plan does not name is answered as if the participant did not exist.
    expect((await otherMentor('PUT', answerPath(A.nip, 3), ANSWER)).status).toBe(404);
    // No round at 4 months.
    const none = await peserta[A.nip]!('PUT', answerPath(A.nip, 4), ANSWER);
    expect([none.status, none.body.code]).toEqual([404, 'QUESTIONNAIRE_NOT_FOUND']);

    // 7 days before closing: the three who have not answered are reminded, once.
    await moveTo('2019-08-26');
    expect(await runJob()).toEqual({ opened: 0, sent: 0, reminded: 3, closed: 0 });
    expect(await runJob()).toEqual({ opened: 0, sent: 0, reminded: 0, closed: 0 });

    // After the last day: the round closes; a late answer is refused (MONEV-DITUTUP).
    await moveTo('2019-09-03');
    expect(await runJob()).toEqual({ opened: 0, sent: 0, reminded: 0, closed: 1 });
    const late = await peserta[B.nip]!('PUT', answerPath(B.nip, 3), ANSWER);
    expect([late.status, late.body.details?.map((v: { code: string }) => v.code)]).toEqual([
      422,
      ['MONEV-DITUTUP'],
    ]);
    expect((await peserta[B.nip]!('GET', '/monev/questionnaires')).body.items).toEqual([]);

    const report = await admin('GET', `/monev/report?by=instansi&programId=${programId}`);
    expect(report.status).toBe(200);
    expect(report.body.rows).toEqual([
      {
        group: '3201',
        point: 3,
        participant: { sent: 3, answered: 1, responseRate: 0.3333, impactAverage: 4 },
        mentor: { sent: 2, answered: 1, responseRate: 0.5, impactAverage: 5 },
        milestones: { BELUM_MULAI: 0, BERJALAN: 1, SELESAI: 1, TIDAK_DILAKSANAKAN: 0 },
      },
    ]);
    const csv = await admin('GET', `/monev/report?by=instansi&programId=${programId}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...csv.bytes!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(String(csv.body).split('\r\n')[1]).toBe('3201;3;3;1;0,3333;4;2;1;0,5;5;0;1;1;0');

    // 6 months: a new round to the same five; 12 months: the 6-month round closes and the last one opens.
    await moveTo('2019-11-03');
    expect(await runJob()).toEqual({ opened: 1, sent: 5, reminded: 0, closed: 0 });
    await moveTo('2020-05-03');
    expect(await runJob()).toEqual({ opened: 1, sent: 5, reminded: 0, closed: 1 });
    const rounds = (await admin('GET', `/programs/${programId}/monev`)).body.rounds as {
      point: number;
      status: string;
      opensOn: string;
    }[];
    expect(rounds.map((r) => [r.point, r.status, r.opensOn])).toEqual([
      [3, 'CLOSED', '2019-08-03'],
      [6, 'CLOSED', '2019-11-03'],
      [12, 'OPEN', '2020-05-03'],
    ]);
    const byLevel = await admin('GET', `/monev/report?by=level&programId=${programId}`);
    expect(
      byLevel.body.rows.map(
        (r: { group: string; point: number; participant: { sent: number; answered: number } }) => [
          r.group,
          r.point,
          r.participant.sent,
          r.participant.answered,
        ],
      ),
    ).toEqual([
      ['ADMINISTRATOR', 3, 3, 1],
      ['ADMINISTRATOR', 6, 3, 0],
      ['ADMINISTRATOR', 12, 3, 0],
    ]);
  });
});
