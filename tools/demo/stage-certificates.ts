import { addDays, addMonths } from '../../domain/shared/dates';
import { moveClockTo, weekdayOnOrAfter } from './calendar';
import type { Progress } from './progress';
import { waitForQueues } from './queues';
import { randomFor, shuffled } from './random';
import { inProgramme } from './invariants';
import { outcomeInForce } from './stage-followup';
import { add, attendingParticipants, type DemoContext } from './state';

/** How many certificates BKN revokes, and of those how many it reinstates on request. */
const REVOKED = 2;
const REINSTATED = 1;

/**
 * The certificate worker has numbered, rendered and announced the certificates of every decision as the result
 * sessions queued them; the last are waited for here.
 */
export async function awaitCertificates(ctx: DemoContext, progress: Progress): Promise<void> {
  const competent = attendingParticipants(ctx).filter((p) => outcomeInForce(p) === 'KOMPETEN');
  progress.restart(competent.length, 'sertifikat kompetensi');
  const issued = () =>
    ctx.stack.events().filter((e) => e['detail-type'] === 'CertificateIssued' && inProgramme(ctx, e.detail))
      .length;
  const timer = setInterval(() => (progress.done = issued()), 500);
  try {
    await waitForQueues(ctx.stack, ['certificate'], 600_000);
  } finally {
    clearInterval(timer);
    progress.done = issued();
  }
}

/** A final disciplinary sentence a week after the programme; the holder's authority returns 3 months later. */
const SENTENCE_AFTER_DAYS = 7;
const SENTENCE_SERVED_MONTHS = 3;

/**
 * On the calendar after the programme: BKN revokes two certificates (a final disciplinary sentence of their
 * holders), the public verification shows it, and one holder's request through their instansi reinstates theirs
 * (Perban 7/2020 Pasal 37): refused 5 months after their authority returned, granted once 6 months have passed.
 */
export async function revokeAndReinstate(ctx: DemoContext): Promise<void> {
  const competent = attendingParticipants(ctx).filter((p) => outcomeInForce(p) === 'KOMPETEN');
  const admin = await ctx.actors.admin();
  const sentencedOn = weekdayOnOrAfter(addDays(ctx.today, SENTENCE_AFTER_DAYS));
  const restoredOn = addMonths(sentencedOn, SENTENCE_SERVED_MONTHS);
  await moveClockTo(ctx, sentencedOn);
  const chosen = shuffled(competent, randomFor(ctx.scenario.seed, 'revocations')).slice(0, REVOKED);
  const certificates: { certificateId: string; registrationNumber: string }[] = [];
  for (const run of chosen) {
    const holder = await ctx.actors.participant(run.spec.nip, run.spec.instansi.code);
    const own = await holder('GET', `/programs/${ctx.programId}/participants/${run.spec.nip}/certificates`);
    // The version in force: a holder's certificate may have been re-issued since (refreshment, name).
    const certificate = (
      own.body.competency as { certificateId: string; registrationNumber: string; status: string }[]
    ).find((c) => c.status === 'AKTIF')!;
    await admin('POST', `/certificates/${certificate.certificateId}/revocation`, {
      grounds: [
        {
          kind: 'DISIPLIN',
          decisionRef: `SK Hukuman Disiplin ${run.spec.instansi.code}/862/${sentencedOn.slice(0, 4)}`,
          decidedOn: sentencedOn,
          final: true,
        },
      ],
    });
    certificates.push(certificate);
    ctx.revoked.push(certificate.registrationNumber);
    add(ctx.counts, 'sertifikat dicabut');
  }
  for (const [i, run] of chosen.slice(0, REINSTATED).entries()) {
    const { certificateId, registrationNumber } = certificates[i]!;
    const request = () => ({
      requestedByNip: run.spec.nip,
      instansiCode: run.spec.instansi.code,
      letterNumber: `800/${run.spec.instansi.code}/BKPSDM/${ctx.today.slice(0, 4)}`,
      authorityRestoredOn: restoredOn,
      requestedOn: ctx.today,
    });
    await moveClockTo(ctx, weekdayOnOrAfter(addMonths(restoredOn, 5)));
    const early = await admin('POST', `/certificates/${certificateId}/reinstatement`, request(), [422]);
    if (early.body.code !== 'SERT-PULIH-6-BULAN')
      ctx.problems.push(`early reinstatement refused with ${early.body.code}`);
    await moveClockTo(ctx, weekdayOnOrAfter(addMonths(restoredOn, 6)));
    await admin('POST', `/certificates/${certificateId}/reinstatement`, request());
    ctx.reinstated.push(registrationNumber);
    add(ctx.counts, 'sertifikat dipulihkan (setelah 6 bulan)');
  }

  // Anyone verifies a number: the revoked one shows as such on the public list.
  const stillRevoked = ctx.revoked.find((n) => !ctx.reinstated.includes(n));
  if (stillRevoked) {
    const verified = await ctx.actors.client.api(undefined, 'GET', `/verification/${stillRevoked}`);
    if (verified.body?.status !== 'DICABUT')
      ctx.problems.push(`verification of ${stillRevoked} shows ${verified.body?.status}`);
  }
  // An instansi downloads all its certificates of the programme as one ZIP.
  const sample = competent[0];
  if (sample) {
    const operator = await ctx.actors.proposer(sample.spec.instansi);
    await operator(
      'POST',
      `/programs/${ctx.programId}/instansi/${sample.spec.instansi.code}/certificates/archive`,
      undefined,
      [201],
    );
    add(ctx.counts, 'arsip ZIP sertifikat diunduh instansi');
  }
}
