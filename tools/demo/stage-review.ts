import { addDays } from '../../domain/shared/dates';
import { forEachLimit } from './progress';
import { randomFor } from './random';
import { add, attendingParticipants, type DemoContext } from './state';

const rating = (random: () => number) => 3 + Math.floor(random() * 3);

/**
 * The working day after a cohort's test day: a share of its participants give their feedback on the test
 * process, and every assessor who took part signs the berita acara drawn from the session (the hash they read)
 * and their report with its suggestions (Pasal 30(2)n-r).
 */
export async function reviewCohortTest(ctx: DemoContext, cohort: number): Promise<void> {
  const session = `/programs/${ctx.programId}/cohorts/${cohort}`;
  const tested = attendingParticipants(ctx).filter((p) => p.cohort === cohort);
  // Three in five, by place in the cohort: a run whose placement seats people otherwise counts the same.
  await forEachLimit(tested, ctx.concurrency, async (run, place) => {
    if (place % 5 >= 3) return;
    const random = randomFor(ctx.scenario.seed, `umpan-balik:${run.spec.nip}`);
    const me = await ctx.actors.participant(run.spec.nip, run.spec.instansi.code);
    await me('PUT', `${session}/participants/${run.spec.nip}/feedback`, {
      ratings: {
        explanation: rating(random),
        fairness: rating(random),
        conditions: rating(random),
        assessorConduct: rating(random),
      },
      complaintChannelExplained: random() < 0.95,
      ...(random() < 0.3 && { comments: 'Waktu wawancara sebaiknya ditambah.' }),
    });
    add(ctx.counts, 'umpan balik proses uji dari peserta');
  });
  const admin = await ctx.actors.admin();
  const minutes = (await admin('GET', `${session}/minutes`)).body as {
    contentHash: string;
    awaiting: string[];
  };
  for (const username of minutes.awaiting) {
    const assessor = await ctx.actors.assessor(username);
    await assessor('POST', `${session}/minutes/signatures`, { contentHash: minutes.contentHash });
    await assessor('PUT', `${session}/assessor-report`, {
      activities: `Menguji ${tested.length} peserta angkatan ${cohort} dengan portofolio dan wawancara.`,
      issues: [],
      suggestions: ['Jadwal wawancara dibagi dua sesi.'],
    });
    add(ctx.counts, 'berita acara ditandatangani dan laporan asesor');
  }
}

/**
 * BKN reviews one session's test process against the test principles (Pasal 25g): an unmet principle, from the
 * feedback and the assessors' reports, opens an improvement item, worked on and then done.
 */
export async function reviewProcess(ctx: DemoContext): Promise<void> {
  const admin = await ctx.actors.admin();
  const cohort = ctx.cohorts.find((c) => c.kind !== 'UJI_ULANG')!.number;
  const session = `/programs/${ctx.programId}/cohorts/${cohort}`;
  const finding = await admin('POST', `${session}/review/findings`, {
    principle: 'UJI_ADIL',
    met: false,
    observation: 'Peserta sesi wawancara terakhir mendapat waktu lebih singkat.',
    basis: ['UMPAN_BALIK', 'LAPORAN_ASESOR', 'BERITA_ACARA'],
    improvements: [
      {
        action: 'Sesi wawancara dibagi menjadi dua ruang.',
        owner: 'Koordinator TUK Pusbang ASN',
        dueDate: addDays(ctx.today, 30),
      },
    ],
  });
  const improvementId = finding.body.improvements[0].improvementId as string;
  const path = `${session}/improvements/${improvementId}`;
  const started = await admin('PATCH', path, { status: 'DIKERJAKAN', version: 1 });
  await admin('PATCH', path, {
    status: 'SELESAI',
    note: 'Jadwal sesi berikutnya memakai dua ruang wawancara.',
    version: started.body.version,
  });
  const review = (await admin('GET', `${session}/review`)).body;
  add(ctx.counts, 'tinjauan proses uji: temuan dicatat', review.findings.length);
  add(
    ctx.counts,
    'tinjauan proses uji: butir perbaikan selesai',
    review.improvements.filter((i: { status: string }) => i.status === 'SELESAI').length,
  );
}
