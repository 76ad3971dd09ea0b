import { actionPlan } from './bodies';
import { forEachLimit, pollUntil } from './progress';
import { planPeople } from './stage-monev';
import { oneOf, randomFor, shareOf, shuffled } from './random';
import { add, attendingParticipants, type DemoContext, type ParticipantRun } from './state';

export const TRAINING_SHARES = { declines: 0.02, absentFromEvaluation: 0.01 };

/** The counts of receipts, against the 6 working days of Perka BKN 11/2008 Lampiran III.2.a.4). */
export const RECEIPTS = {
  inTime: 'undangan diterima tepat waktu (6 hari kerja)',
  late: 'undangan diterima terlambat (< 6 hari kerja)',
};

const PLAN_TITLES = [
  'Implementasi Coaching dan Mentoring Kepegawaian',
  'Penyusunan Peta Jabatan dan Analisis Beban Kerja',
  'Digitalisasi Layanan Kenaikan Pangkat',
  'Penguatan Sistem Merit dalam Promosi Jabatan',
  'Manajemen Talenta Instansi',
];

/**
 * Who declines: a few participants of the cohorts that start after another cohort of their level has ended
 * (their seats stay free; nobody waits for them); none where a level has no such cohort.
 */
function chooseDecliners(ctx: DemoContext): void {
  const random = randomFor(ctx.scenario.seed, 'declines');
  const seated = [...ctx.participants.values()].filter((p) => p.cohort !== undefined);
  for (const scheme of new Set(ctx.cohorts.map((c) => c.scheme))) {
    const cohorts = ctx.cohorts.filter((c) => c.scheme === scheme);
    const firstEnd = cohorts.reduce((min, c) => (c.endDate < min ? c.endDate : min), cohorts[0]!.endDate);
    const later = new Set(cohorts.filter((c) => c.startDate > firstEnd).map((c) => c.number));
    const inLevel = seated.filter((p) => p.spec.scheme === scheme);
    const pool = inLevel.filter((p) => later.has(p.cohort!));
    if (pool.length === 0) continue;
    const n = shareOf(inLevel.length, TRAINING_SHARES.declines);
    for (const p of shuffled(pool, random).slice(0, n)) p.declined = true;
  }
}

/** Who declines the invitation, and who of those who come misses the evaluation session (their 21 JP fall short). */
export function drawTraining(ctx: DemoContext): void {
  chooseDecliners(ctx);
  const attending = attendingParticipants(ctx);
  const random = randomFor(ctx.scenario.seed, 'absent');
  for (const p of shuffled(attending, random).slice(
    0,
    shareOf(attending.length, TRAINING_SHARES.absentFromEvaluation),
  ))
    p.absentFromEvaluation = true;
  add(ctx.counts, 'tidak hadir sesi evaluasi', attending.filter((p) => p.absentFromEvaluation).length);
}

/**
 * The day the invitation reached the participant is recorded, by the instansi's personnel official who passed it
 * on or by the participant: a receipt after the 6th working day before the cohort is flagged late.
 */
async function acknowledgeReceipt(ctx: DemoContext, run: ParticipantRun): Promise<void> {
  const { nip, instansi } = run.spec;
  const byOperator = randomFor(ctx.scenario.seed, `receipt:${nip}`)() < 0.5;
  const as = await (byOperator
    ? ctx.actors.operator(instansi.code)
    : ctx.actors.participant(nip, instansi.code));
  const recorded = await as('POST', `/programs/${ctx.programId}/participants/${nip}/invitation/receipt`, {
    receivedOn: ctx.today,
  });
  add(ctx.counts, recorded.body.receipt.late ? RECEIPTS.late : RECEIPTS.inTime);
}

/** A participant reads the invitation and its receipt is recorded, then they confirm with CV and action plan, or decline. */
async function confirm(ctx: DemoContext, run: ParticipantRun): Promise<void> {
  const { nip, instansi } = run.spec;
  const me = await ctx.actors.participant(nip, instansi.code);
  const admin = await ctx.actors.admin();
  const base = `/programs/${ctx.programId}/participants/${nip}`;
  await pollUntil(
    async () => {
      const invitation = await me('GET', `${base}/invitation`, undefined, [200, 404, 409]);
      if (invitation.status === 409 && invitation.body.code === 'INVITATION_REFUSED') {
        ctx.problems.push(`invitation of ${nip} refused: ${JSON.stringify(invitation.body.details)}`);
        return true;
      }
      run.invitationNumber = invitation.body.number;
      return invitation.status === 200;
    },
    `the invitation of ${nip}`,
    30_000,
  );
  if (run.invitationNumber) await acknowledgeReceipt(ctx, run);
  // A PIK graduate comes for the test only (Pasal 23): no CV and action plan for the training.
  if (run.spec.pikGraduate) return;
  if (run.declined) {
    await me('POST', `${base}/confirmation`, { attending: false });
    // BKN gives the seat back; nobody waits for it.
    await admin('DELETE', `${base}/seat`);
    add(ctx.counts, 'peserta tidak dapat hadir (kursi dilepas)');
    return;
  }
  await ctx.actors.upload(me, `${base}/cv/upload`, `${base}/cv`);
  const random = randomFor(ctx.scenario.seed, nip);
  await me('POST', `${base}/confirmation`, {
    attending: true,
    actionPlan: actionPlan(oneOf(PLAN_TITLES, random), planPeople(ctx, run)),
  });
  add(ctx.counts, 'konfirmasi hadir dengan CV dan RTL');
}

const seatedIn = (ctx: DemoContext, cohort: number) =>
  [...ctx.participants.values()].filter((p) => p.cohort === cohort);

/** The day after the letters went out: every participant of the cohort acknowledges theirs and answers it. */
export async function confirmCohort(ctx: DemoContext, cohort: number): Promise<void> {
  await forEachLimit(seatedIn(ctx, cohort), ctx.concurrency, (run) => confirm(ctx, run));
}

/** Before the classroom days, BKN records the e-learning each participant who comes completed today. */
export async function recordELearning(ctx: DemoContext, cohort: number): Promise<void> {
  const admin = await ctx.actors.admin();
  const coming = attendingParticipants(ctx).filter((p) => p.cohort === cohort && !p.spec.pikGraduate);
  await forEachLimit(coming, ctx.concurrency, async (run) => {
    await admin('POST', `/programs/${ctx.programId}/participants/${run.spec.nip}/e-learning`, {
      completedOn: ctx.today,
    });
  });
}

/**
 * The attendance register of a classroom day, kept that day; on the second day also the evaluation session's,
 * which a few miss. A PIK graduate is in neither: they take the test only.
 */
export async function keepAttendance(ctx: DemoContext, cohort: number, evaluation: boolean): Promise<void> {
  const admin = await ctx.actors.admin();
  const present = attendingParticipants(ctx).filter((p) => p.cohort === cohort && !p.spec.pikGraduate);
  const register = `/programs/${ctx.programId}/cohorts/${cohort}/attendance`;
  const nips = present.map((p) => p.spec.nip);
  await admin('POST', register, { date: ctx.today, present: nips });
  if (!evaluation) return;
  await admin('POST', register, {
    date: ctx.today,
    evaluation: true,
    present: present.filter((p) => !p.absentFromEvaluation).map((p) => p.spec.nip),
  });
}
