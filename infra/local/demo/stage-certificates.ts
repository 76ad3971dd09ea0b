import { addMonths, type IsoDate, dateInWib } from '../../../domain/shared/dates';
import type { Progress } from './progress';
import { waitForQueues } from './queues';
import { randomFor, shuffled } from './random';
import { outcomeInForce } from './stage-followup';
import { add, attendingParticipants, type DemoContext } from './state';

/** How many certificates BKN revokes, and of those how many it reinstates on request. */
const REVOKED = 2;
const REINSTATED = 1;

/**
 * The certificate worker numbers, renders and announces every certificate the decisions queued; then BKN revokes
 * two (a final disciplinary sentence), the public verification shows it, and one holder's request through their
 * instansi reinstates theirs: refused while the 6 months after their authority returned have not passed, granted
 * once they have. Without a clock to move, the dates are set back instead: the sentence became final 9 months
 * ago and the holder's authority returned 6 months ago (5 months for the early request).
 */
export async function issueAndMaintain(ctx: DemoContext, progress: Progress): Promise<void> {
  const competent = attendingParticipants(ctx).filter((p) => outcomeInForce(p) === 'KOMPETEN');
  progress.restart(competent.length, 'sertifikat kompetensi');
  const issued = () => ctx.stack.events().filter((e) => e['detail-type'] === 'CertificateIssued').length;
  const timer = setInterval(() => (progress.done = issued()), 500);
  try {
    await waitForQueues(ctx.stack, ['certificate'], 600_000);
  } finally {
    clearInterval(timer);
    progress.done = issued();
  }

  const admin = await ctx.actors.admin();
  const today = dateInWib(new Date());
  // The sentence became final 9 months ago; authority returns 6 months ago (3 months served).
  const sentencedOn = addMonths(today, -9);
  const chosen = shuffled(competent, randomFor(ctx.scenario.seed, 'revocations')).slice(0, REVOKED);
  for (const [i, run] of chosen.entries()) {
    const holder = await ctx.actors.participant(run.spec.nip, run.spec.instansi.code);
    const own = await holder('GET', `/programs/${ctx.programId}/participants/${run.spec.nip}/certificates`);
    const certificate = own.body.competency[0] as { certificateId: string; registrationNumber: string };
    await admin('POST', `/certificates/${certificate.certificateId}/revocation`, {
      grounds: [
        {
          kind: 'DISIPLIN',
          decisionRef: `SK Hukuman Disiplin ${run.spec.instansi.code}/862/${today.slice(0, 4)}`,
          decidedOn: sentencedOn,
          final: true,
        },
      ],
    });
    ctx.revoked.push(certificate.registrationNumber);
    add(ctx.counts, 'sertifikat dicabut');
    if (i >= REINSTATED) continue;
    const request = (restoredOn: IsoDate) => ({
      requestedByNip: run.spec.nip,
      instansiCode: run.spec.instansi.code,
      letterNumber: `800/${run.spec.instansi.code}/BKPSDM/${today.slice(0, 4)}`,
      authorityRestoredOn: restoredOn,
      requestedOn: today,
    });
    const early = await admin(
      'POST',
      `/certificates/${certificate.certificateId}/reinstatement`,
      request(addMonths(today, -5)),
      [422],
    );
    if (early.body.code !== 'SERT-PULIH-6-BULAN')
      ctx.problems.push(`early reinstatement refused with ${early.body.code}`);
    await admin(
      'POST',
      `/certificates/${certificate.certificateId}/reinstatement`,
      request(addMonths(today, -6)),
    );
    ctx.reinstated.push(certificate.registrationNumber);
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
