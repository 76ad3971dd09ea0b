import { qualificationsOfScheme } from '../../domain/reference/qualifications';
import { schemeOneLevelAbove, type SchemeCode } from '../../domain/reference/schemes';
import { firstSchemeVersion } from '../../domain/scheme/version';
import { addDays, addMonths } from '../../domain/shared/dates';
import { moveClockTo, weekdayOnOrAfter } from './calendar';
import type { Caller } from './http';
import { forEachLimit, type Progress } from './progress';
import { waitForQueues } from './queues';
import { randomFor, shuffled } from './random';
import { outcomeInForce } from './stage-followup';
import { add, attendingParticipants, type DemoContext, type ParticipantRun } from './state';

/** The refreshment: how many enrolled holders are found not yet competent on the changed unit (Pasal 35(4)). */
const REFRESHMENT_NOT_YET = 1;
/** BKN publishes the new scheme version a month after the last Monev round. */
const NEW_VERSION_AFTER_MONTHS = 1;
/** The holders attend the refreshment two weeks after they are enrolled; tested on the changed unit that day. */
const REFRESHMENT_AFTER_DAYS = 14;

const certificateIdOf = (registrationNumber: string) => registrationNumber.replaceAll('/', '-');

/** Every holder enrolled for a scheme version, page after page (the listing answers one page, SC5). */
export async function versionEnrolments<T>(admin: Caller, scheme: string, version: string): Promise<T[]> {
  const enrolments: T[] = [];
  let cursor: string | undefined;
  do {
    const query = `limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = (await admin('GET', `/schemes/${scheme}/versions/${version}/enrolments?${query}`)).body;
    enrolments.push(...page.enrolments);
    cursor = page.nextCursor;
  } while (cursor);
  return enrolments;
}

/** The holder's certificate in force today, as their own list shows it. */
async function certificateInForce(ctx: DemoContext, run: ParticipantRun) {
  const admin = await ctx.actors.admin();
  const own = await admin('GET', `/programs/${ctx.programId}/participants/${run.spec.nip}/certificates`);
  return (
    own.body.competency as { certificateId: string; registrationNumber: string; status: string }[]
  ).find((c) => c.status === 'AKTIF');
}

/**
 * BKN publishes a new version of the first cohort's scheme (Pasal 13(2), 15(4)-(5)): one unit changed, tested
 * again; one asking for refreshment. Every holder of the old version is enrolled; they attend the refreshment,
 * are tested on the changed unit, and are re-issued `-P1` on the new version from those records; one found not
 * yet competent keeps their certificate on the old version (Pasal 35(4)).
 */
async function refreshment(ctx: DemoContext, admin: Caller): Promise<void> {
  const scheme = ctx.cohorts[0]!.scheme as SchemeCode;
  const v1 = firstSchemeVersion(scheme);
  const common = v1.qualifications[0]!.units.map((u) => u.code).filter((code) =>
    v1.qualifications.every((q) => q.units.some((u) => u.code === code)),
  );
  const [tested, refreshed] = common;
  const version = ctx.today.slice(0, 4);
  const published = await admin('POST', `/schemes/${scheme}/versions`, {
    version,
    effectiveOn: ctx.today,
    basis: `Keputusan Kepala BKN tentang Standar Kompetensi Teknis Manajemen ASN ${version}`,
    qualifications: v1.qualifications.map((q) => ({
      ...q,
      units: q.units.map((u) => (u.code === tested ? { ...u, title: `${u.title} Berbasis Data` } : u)),
    })),
    changes: [
      {
        unit: tested,
        kind: 'DIUBAH',
        consequence: 'UJI_ULANG',
        description: 'Pemanfaatan data kepegawaian.',
      },
      { unit: refreshed, kind: 'DIUBAH', consequence: 'PENYEGARAN', description: 'Regulasi yang baru.' },
    ],
  });
  // The version's transaction wrote the event that starts the queue's pass over every holder (those the
  // publication enrolled are found enrolled, the rest enrolled a page per message): once the relay has put it on
  // the bus its message is on the queue, and the stage ends when the queue is done.
  await ctx.stack.eventsSettled();
  const eventId = `SKEMA/${scheme}#${published.body.version.sequence}`;
  const announced = ctx.stack.events().filter((e) => (e.detail as { eventId?: string }).eventId === eventId);
  if (announced.length !== 1)
    ctx.problems.push(`version ${version} of ${scheme} announced ${announced.length} times`);
  await waitForQueues(ctx.stack, ['schemeEnrolment'], 300_000);
  const listPath = `/schemes/${scheme}/versions/${version}/enrolments`;
  const enrolments = await versionEnrolments<{ registrationNumber: string; testUnits: string[] }>(
    admin,
    scheme,
    version,
  );
  add(ctx.counts, `penyegaran ${scheme} versi ${version}: pemegang didaftarkan`, enrolments.length);
  await moveClockTo(ctx, weekdayOnOrAfter(addDays(ctx.today, REFRESHMENT_AFTER_DAYS)));
  const notYet = new Set(
    shuffled(enrolments, randomFor(ctx.scenario.seed, 'penyegaran'))
      .slice(0, REFRESHMENT_NOT_YET)
      .map((e) => e.registrationNumber),
  );
  await forEachLimit(enrolments, ctx.concurrency, async (e) => {
    const path = `${listPath}/${certificateIdOf(e.registrationNumber)}`;
    await admin('PUT', `${path}/attendance`, {
      attendedOn: ctx.today,
      organiser: 'Pusbang ASN BKN',
      evidence: `Daftar hadir penyegaran ${version}`,
    });
    const competent = !notYet.has(e.registrationNumber);
    await admin('POST', `${path}/decisions`, {
      units: e.testUnits.map((code) => ({ code, outcome: competent ? 'KOMPETEN' : 'BELUM_KOMPETEN' })),
      assessors: ['Drs. Bambang Santoso'],
      evidence: `Berita acara uji unit yang berubah ${version}`,
    });
    if (!competent) {
      add(ctx.counts, 'penyegaran: belum kompeten, sertifikat tetap pada versinya');
      return;
    }
    const reissued = await admin('POST', `${path}/reissue`, undefined, [201]);
    ctx.reissued.push(reissued.body.registrationNumber);
    add(ctx.counts, 'penyegaran: sertifikat diterbitkan ulang -P<n>');
  });
}

/** One holder's name was misspelt: BKN re-issues their certificate with the corrected name, on its basis. */
async function correctName(ctx: DemoContext, admin: Caller, holder: ParticipantRun): Promise<void> {
  const certificate = await certificateInForce(ctx, holder);
  if (!certificate) return;
  const reissued = await admin(
    'POST',
    `/certificates/${certificate.certificateId}/reissue`,
    {
      reason: 'KOREKSI_NAMA',
      name: `${holder.spec.input.name.split(',')[0]}, M.Si.`,
      basis: `SK Pencantuman Gelar ${holder.spec.instansi.code}/${ctx.today.slice(0, 4)}`,
    },
    [201],
  );
  ctx.reissued.push(reissued.body.registrationNumber);
  add(ctx.counts, 'koreksi nama: sertifikat diterbitkan ulang');
}

/**
 * Surveillance of a holder (Pasal 35(1)): BKN interviews the users of their work, recommends a development in a
 * form of 35(5), and the instansi follows it to done. Answers the monitoring record's id.
 */
async function surveil(ctx: DemoContext, admin: Caller, holder: ParticipantRun): Promise<string | undefined> {
  const certificate = await certificateInForce(ctx, holder);
  if (!certificate) return undefined;
  const path = `/certificates/${certificate.certificateId}`;
  const monitoring = await admin('POST', `${path}/monitoring`, {
    method: 'WAWANCARA_PENGGUNA_HASIL_KERJA',
    observedOn: ctx.today,
    findings:
      'Penyusunan rencana kebutuhan ASN selesai tepat waktu; analisis beban kerja belum memakai data terkini.',
    sources: [`Wawancara dengan Sekretaris ${holder.spec.instansi.name}`],
  });
  add(ctx.counts, 'surveilans: catatan pemantauan');
  // The next level's first unit: the holder grows into the level above (Pasal 35(5)).
  const above = schemeOneLevelAbove(holder.spec.scheme)!;
  const recommendation = await admin('POST', `${path}/recommendations`, {
    form: 'PEMBIMBINGAN',
    purpose: 'JENJANG_LEBIH_TINGGI',
    unitCodes: [qualificationsOfScheme(above)[0]!.units[0]!.unit],
    note: 'Pembimbingan oleh pejabat pengelola jabatan selama tiga bulan menuju jenjang berikutnya.',
    monitoringIds: [monitoring.body.id],
  });
  const progress = `/development-recommendations/${recommendation.body.id}/progress`;
  await admin('POST', progress, { status: 'DITINDAKLANJUTI', note: 'Instansi menunjuk pembimbing.' });
  await admin('POST', progress, { status: 'SELESAI', note: 'Pembimbingan tiga bulan selesai.' });
  add(ctx.counts, 'surveilans: rekomendasi pengembangan sampai selesai');
  return monitoring.body.id;
}

const CHAIR = '196502121990031001';
const SECRETARY = '196808171992032002';

/**
 * The Komite Sertifikasi (Pasal 6): BKN sets its membership by decree; at its yearly meeting it validates a
 * holder's development from the surveillance record and the Monev, reviews the system and recommends a mutual
 * recognition, with minutes.
 */
async function komiteMeeting(ctx: DemoContext, admin: Caller, holder: ParticipantRun, monitoringId?: string) {
  const year = ctx.today.slice(0, 4);
  await admin('POST', '/komite/decrees', {
    decreeNumber: `12/KEP/${year}`,
    decreeDate: ctx.today,
    members: [
      { nip: CHAIR, name: 'Dr. Haryomo Dwi Putranto, M.Si.', role: 'KETUA' },
      { nip: SECRETARY, name: 'Sri Wahyuni, S.H., M.H.', role: 'SEKRETARIS' },
    ],
  });
  const komite = await ctx.actors.komite('komite.sekretaris');
  const points = [...new Set(ctx.monevReport.map((r) => r.point))];
  const meeting = await komite(
    'POST',
    '/komite/meetings',
    {
      heldOn: ctx.today,
      attendeeNips: [CHAIR, SECRETARY],
      minutes: `Sidang Komite membahas hasil sertifikasi ${ctx.programId}, Monev ${points.join(', ')} bulan dan pemutakhiran skema.`,
      validations: [
        {
          nip: holder.spec.nip,
          monitoringIds: monitoringId ? [monitoringId] : [],
          monevRefs: ctx.monevAnswers
            .filter((a) => a.nip === holder.spec.nip)
            .map((a) => ({
              programId: ctx.programId,
              cohort: holder.cohort,
              point: a.point,
              respondent: a.respondent,
            })),
          conclusion: 'VALID',
          note: 'Rencana tindak lanjut tercapai dan kinerja konsisten menurut pemantauan.',
        },
      ],
      reviews: [
        {
          topic: `Skema ${holder.spec.scheme}`,
          findings: 'Tingkat respons Monev mentor lebih rendah daripada peserta.',
          recommendation: 'Pengingat Monev juga dikirim kepada instansi mentor.',
        },
      ],
      recognitions: [
        {
          counterpart: 'Sistem sertifikasi LSP Manajemen SDM',
          scope: 'Unit perencanaan ASN',
          recommendation: 'DIAKUI_BERSYARAT',
          note: 'Diakui bila unitnya setara.',
        },
      ],
    },
    [201],
  );
  const m = meeting.body as { validations: unknown[]; reviews: unknown[]; recognitions: unknown[] };
  add(ctx.counts, 'Komite: sidang dengan notulen');
  add(ctx.counts, 'Komite: validasi', m.validations.length);
  add(ctx.counts, 'Komite: kajian sistem', m.reviews.length);
  add(ctx.counts, 'Komite: rekomendasi saling pengakuan', m.recognitions.length);
}

/**
 * The holders' life after the Monev: a new scheme version and its refreshment with re-issued certificates, a
 * name corrected, a holder surveilled and recommended a development, and the Komite's yearly meeting.
 */
export async function holdersAfterMonev(ctx: DemoContext, progress: Progress): Promise<void> {
  const admin = await ctx.actors.admin();
  await moveClockTo(ctx, weekdayOnOrAfter(addMonths(ctx.today, NEW_VERSION_AFTER_MONTHS)));
  progress.restart(4, 'langkah');
  await refreshment(ctx, admin);
  // The re-issued versions rendered before another version of one of them is made.
  await waitForQueues(ctx.stack, ['certificate'], 300_000);
  progress.tick();
  // Two holders of another level than the refreshed one where there is one, with a level above theirs.
  const scheme = ctx.cohorts[0]!.scheme;
  const holders = shuffled(
    attendingParticipants(ctx).filter(
      (p) => outcomeInForce(p) === 'KOMPETEN' && schemeOneLevelAbove(p.spec.scheme),
    ),
    randomFor(ctx.scenario.seed, 'pemegang'),
  ).sort((a, b) => Number(a.spec.scheme === scheme) - Number(b.spec.scheme === scheme));
  const [misspelt, surveilled] = holders;
  await correctName(ctx, admin, misspelt!);
  progress.tick();
  const monitoringId = await surveil(ctx, admin, surveilled!);
  progress.tick();
  await komiteMeeting(ctx, admin, surveilled!, monitoringId);
  progress.tick();
  // The re-issued versions are rendered by the certificate worker.
  await waitForQueues(ctx.stack, ['certificate'], 300_000);
}
