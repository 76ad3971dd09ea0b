import { actionPlan } from './bodies';
import { forEachLimit, pollUntil, type Progress } from './progress';
import { oneOf, randomFor, shareOf, shuffled } from './random';
import { add, attendingParticipants, type DemoContext, type ParticipantRun } from './state';
import { dateInWib } from '../../../domain/shared/dates';

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
 * Who declines: a few participants of the cohorts that start after another cohort of their level has ended, so
 * the seats they give back can take re-tests later; none where a level has no such cohort.
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

/**
 * The day the invitation reached the participant is recorded, by the instansi's personnel official who passed it
 * on or by the participant: a receipt after the 6th working day before the cohort is flagged late.
 */
async function acknowledgeReceipt(ctx: DemoContext, run: ParticipantRun, today: string): Promise<void> {
  const { nip, instansi } = run.spec;
  const byOperator = randomFor(ctx.scenario.seed, `receipt:${nip}`)() < 0.5;
  const as = await (byOperator
    ? ctx.actors.operator(instansi.code)
    : ctx.actors.participant(nip, instansi.code));
  const recorded = await as('POST', `/programs/${ctx.programId}/participants/${nip}/invitation/receipt`, {
    receivedOn: today,
  });
  add(ctx.counts, recorded.body.receipt.late ? RECEIPTS.late : RECEIPTS.inTime);
}

/** A participant reads the invitation and its receipt is recorded, then they confirm with CV and action plan, or decline. */
async function confirm(ctx: DemoContext, run: ParticipantRun, today: string): Promise<void> {
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
  if (run.invitationNumber) await acknowledgeReceipt(ctx, run, today);
  if (run.declined) {
    await me('POST', `${base}/confirmation`, { attending: false });
    // BKN gives the seat back; nobody waits for it, so it stays free for a re-test.
    await admin('DELETE', `${base}/seat`);
    add(ctx.counts, 'peserta tidak dapat hadir (kursi dilepas)');
    return;
  }
  await ctx.actors.upload(me, `${base}/cv/upload`, `${base}/cv`);
  const random = randomFor(ctx.scenario.seed, nip);
  await me('POST', `${base}/confirmation`, {
    attending: true,
    actionPlan: actionPlan(oneOf(PLAN_TITLES, random)),
  });
  await admin('POST', `${base}/e-learning`, { completedOn: today });
  add(ctx.counts, 'konfirmasi hadir dengan CV dan RTL');
}

/**
 * Confirmations, e-learning, and each cohort's attendance registers: classroom on both days and the evaluation
 * on the second, which a few miss (their 21 JP, and so their training certificate, fall short).
 */
export async function runTraining(ctx: DemoContext, progress: Progress): Promise<void> {
  const today = dateInWib(new Date());
  chooseDecliners(ctx);
  const seated = [...ctx.participants.values()].filter((p) => p.cohort !== undefined);
  progress.restart(seated.length, 'peserta');
  await forEachLimit(seated, ctx.concurrency, async (run) => {
    await confirm(ctx, run, today);
    progress.tick();
  });

  const attending = attendingParticipants(ctx);
  const random = randomFor(ctx.scenario.seed, 'absent');
  for (const p of shuffled(attending, random).slice(
    0,
    shareOf(attending.length, TRAINING_SHARES.absentFromEvaluation),
  ))
    p.absentFromEvaluation = true;
  const admin = await ctx.actors.admin();
  progress.restart(ctx.cohorts.length, 'angkatan (daftar hadir)');
  await forEachLimit(ctx.cohorts, ctx.concurrency, async (cohort) => {
    const present = attending.filter((p) => p.cohort === cohort.number);
    const register = `/programs/${ctx.programId}/cohorts/${cohort.number}/attendance`;
    const nips = present.map((p) => p.spec.nip);
    await admin('POST', register, { date: cohort.startDate, present: nips });
    await admin('POST', register, { date: cohort.endDate, present: nips });
    await admin('POST', register, {
      date: cohort.endDate,
      evaluation: true,
      present: present.filter((p) => !p.absentFromEvaluation).map((p) => p.spec.nip),
    });
    progress.tick();
  });
  add(ctx.counts, 'tidak hadir sesi evaluasi', attending.filter((p) => p.absentFromEvaluation).length);
}
