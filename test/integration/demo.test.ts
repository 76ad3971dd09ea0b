import { PutObjectCommand } from '@aws-sdk/client-s3';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_START } from '../../tools/demo/calendar';
import { runDemo } from '../../tools/demo/demo';
import { formatSummary, type DemoReport } from '../../tools/demo/summary';
import type { LocalStack } from '../../tools/local/local-stack';
import { startTestStack } from './helpers';

/**
 * `npm run demo` on a small scale: two Pengawas cohorts of 8 on their 2019 dates, every stage played through the
 * API and the queues on the calendar of 2019, then the structural-position scenario of Perka BKN 11/2008 on its
 * 2025 days, then the regional programme of Kanreg III and the Province of Jawa Barat (one cohort of 8) on its
 * 2027 days, then read back. The same code as the full run; only the plan is smaller.
 */
describe('the demo programme, played on a small scale', () => {
  let stack: LocalStack;
  let report: DemoReport;
  const lines: string[] = [];

  beforeAll(async () => {
    stack = await startTestStack({ workerConcurrency: 4, calendarStart: { date: DEMO_START } });
    report = await runDemo(stack, { scale: 'small', concurrency: 16, log: (line) => lines.push(line) });
    // A year and a half of Monev, refreshment and Komite after the cohorts: about 80 s on a loaded machine.
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('keeps every invariant', () => {
    expect(report.invariants.filter((i) => !i.ok)).toEqual([]);
    // The programme's 13, then the structural scenario's 15, then the regional programme's 7.
    expect(report.invariants.map((i) => i.name)).toHaveLength(35);
    expect(report.invariants.filter((i) => i.name.startsWith('structural: '))).toHaveLength(15);
    expect(report.invariants.filter((i) => i.name.startsWith('regional: '))).toHaveLength(7);
    expect(report.ok).toBe(true);
  });

  it('plays every stage, timed, with progress lines', () => {
    expect(report.timings.map((t) => t.name)).toHaveLength(19);
    expect(report.timings[11]!.name).toBe('12 penilaian jabatan struktural 2025-2027');
    expect(report.timings[16]!.name).toBe('17 angkatan program daerah hari demi hari');
    expect(report.timings.every((t) => t.seconds > 0)).toBe(true);
    expect(lines.filter((l) => l.startsWith('✓ '))).toHaveLength(19);
    const summary = formatSummary(report).join('\n');
    expect(summary).toContain('Semua invarian terpenuhi.');
    expect(summary).toContain('angkatan hari demi hari');
    expect(summary).toContain('diusulkan Kanreg III, dibiayai APBD Pemerintah Provinsi Jawa Barat');
  });

  it('plays the cohorts on their 2019 days, in date order, each step on its day', () => {
    const days = lines.filter((l) => /^ {2}\d{4}-\d{2}-\d{2}: /.test(l)).map((l) => l.trim());
    const dates = days.map((l) => l.slice(0, 10));
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    // Cohort 4 (1-2 Juli 2019): registration 14 days before, the letters acknowledged the next working day, the
    // e-learning three working days before, the test on its last day; cohort 10 (3-4 Juli) re-tests one of
    // cohort 4; BKN's re-test session on the first working day 10 days after the last cohort (14 Juli: Sunday);
    // the feedback, berita acara and reports the working day after each test. Then the Monev job on the days it
    // has work: both cohorts' rounds opened the day before the first reminder day (3 months after 2 and 4 Juli),
    // reminded on the first one's last day, at 3, 6 and 12 months; each closed by a later run, the last ones after
    // the last day of the last round.
    expect(days).toEqual([
      '2019-06-17: pendaftaran dibuka, undangan terkirim (jadwal)',
      '2019-06-18: undangan diterima, konfirmasi (4)',
      '2019-06-19: pendaftaran dibuka, undangan terkirim (jadwal)',
      '2019-06-20: undangan diterima, konfirmasi (10)',
      '2019-06-26: e-learning (4)',
      '2019-06-28: e-learning (10)',
      '2019-07-01: hari pertama (4)',
      '2019-07-02: hari uji: evaluasi, uji, sidang hasil, tindak lanjut (4)',
      '2019-07-03: umpan balik peserta, berita acara dan laporan asesor (4); hari pertama (10)',
      '2019-07-04: hari uji: evaluasi, uji, sidang hasil, tindak lanjut (10)',
      expect.stringMatching(
        /^2019-07-05: umpan balik peserta, berita acara dan laporan asesor \(10\); banding diputus peninjau independen \(\d{18}\)$/,
      ),
      '2019-07-15: sesi uji ulang BKN: uji dan sidang hasil (11)',
      '2019-10-24: job Monev (harian)',
      '2019-11-01: job Monev (harian)',
      '2020-01-24: job Monev (harian)',
      '2020-02-01: job Monev (harian)',
      '2020-07-24: job Monev (harian)',
      '2020-08-01: job Monev (harian)',
      '2020-08-04: job Monev (harian)',
      // The structural scenario after the programme, on the calendar of 2025 (its own test:
      // demo-structural.test.ts): the instansi of a small run.
      '2025-01-10: jabatan dan standar kompetensi (KL001, 11, 1101, 1201)',
      '2025-01-13: UPK dicatat (KL001, 11, 1101)',
      '2025-01-15: TPK dibentuk PPK (KL001, 11, 1101, 1201)',
      '2025-02-05: calon lulus seleksi dicatat (KL001, 11, 1101, 1201)',
      '2025-02-10: usulan kepada PPK (KL001, 11, 1101, 1201)',
      '2025-02-17: penetapan PPK (KL001, 11, 1101, 1201)',
      '2025-02-19: penyerahan kepada UPK/TPK (KL001, 11, 1101, 1201)',
      '2025-02-24: rencana dan metode penilaian (KL001, 11, 1101, 1201)',
      '2025-02-25: surat pemberitahuan (KL001, 11, 1101, 1201)',
      '2025-02-27: surat diterima (KL001, 11, 1101, 1201)',
      '2025-03-10: surat diterima terlambat (1201)',
      '2025-03-12: hasil penilaian (KL001)',
      '2025-03-14: hasil penilaian (11, 1101, 1201)',
      '2025-03-17: surat baru diterima (1201)',
      '2025-03-20: laporan kepada PPK (KL001, 11, 1101, 1201)',
      '2025-03-24: umpan balik PPK (11, 1201)',
      '2025-03-26: penilaian pada tanggal baru (1201)',
      '2027-03-15: hasil per jabatan (Baperjakat) (KL001, 11, 1101, 1201)',
      // Renomination: KL001 again the PNS its PPK did not determine, 1101 the one 1201 did not (a transfer).
      '2027-03-16: pencalonan ulang (KL001, 1101)',
      '2027-03-17: pencalonan ulang ditolak (KL001, 1201); usulan kepada PPK (KL001, 1101)',
      '2027-03-18: penetapan PPK (KL001, 1101)',
      '2027-03-19: penyerahan kepada UPK/TPK (KL001, 1101); rencana dan metode penilaian (KL001, 1101); surat pemberitahuan (KL001, 1101)',
      '2027-03-22: surat diterima (KL001, 1101)',
      '2027-04-02: hasil penilaian (KL001, 1101); laporan kepada PPK (KL001, 1101)',
      // The regional programme (Kanreg III, APBD Jawa Barat), one cohort of 8 on 24-25 Mei 2027, under Perban
      // BKN 7/2020: e-learning opened with the confirmations, resumes three working days before (20 Mei is
      // Waisak), the team by decree, the test plan and the briefing on its first day.
      '2027-05-10: pendaftaran dibuka, undangan terkirim (jadwal)',
      '2027-05-11: undangan diterima, konfirmasi, e-learning dibuka (1)',
      '2027-05-18: e-learning: resume per modul (1)',
      '2027-05-24: hari pertama: tim uji dengan SK, instrumen dan rencana uji, pengarahan (1)',
      '2027-05-25: hari uji: evaluasi, absensi pengarahan, uji, bukti tambahan, sidang hasil (1)',
      '2027-05-26: umpan balik peserta, berita acara dan laporan asesor (1)',
    ]);
  });

  it('counts what the scenario makes happen, stage by stage', () => {
    // 18 candidates from 18 instansi: 1 ineligible, 1 not set after the pre-assessment, 16 for the 16 seats.
    expect(report.counts).toMatchObject({
      'instansi terdaftar': 18,
      'calon diusulkan': 18,
      'calon tidak memenuhi syarat (laporan kelayakan)': 1,
      'usulan ditolak sistem: dokumen kurang, dilengkapi': 1,
      'sidang kelayakan: REJECTED': 1,
      'sidang kelayakan: DOCUMENT_REQUESTED': 1,
      'usulan diperbaiki dan diajukan ulang': 1,
      'sidang kelayakan: ACCEPTED': 17,
      'pra-uji: penilaian mandiri diperbaiki': 1,
      'sidang penetapan: ditetapkan': 16,
      'sidang penetapan: tidak ditetapkan': 1,
      'peserta mendapat kursi': 16,
      'angkatan dibuka oleh jadwal pendaftaran': 2,
      'undangan diterima tepat waktu (6 hari kerja)': 16,
      'peserta tidak dapat hadir (kursi dilepas)': 1,
      'peserta diuji': 15,
      'sidang hasil: BELUM_KOMPETEN': 3,
      'sidang hasil: KOMPETEN': 12,
      // Two ask for a re-test, and get one: in the later cohort's test session, and in BKN's own re-test
      // session after the last cohort; the third contests the result instead.
      'belum kompeten meminta uji ulang': 2,
      'uji ulang dijadwalkan di angkatan berikutnya': 1,
      'uji ulang dijadwalkan di sesi uji ulang BKN': 1,
      'sesi uji ulang BKN': 1,
      'uji ulang: KOMPETEN': 2,
      'banding diajukan dan diterima': 1,
      'sertifikat dicabut': 2,
      'sertifikat dipulihkan (setelah 6 bulan)': 1,
    });
    expect(report.counts['usulan oleh Kanreg']).toBeGreaterThan(0);
    // 15 nominated in 2025; in 2027 one the PPK did not determine is nominated again at the district they moved to.
    expect(report.structural).toMatchObject({ instansi: 4, candidates: 16, notDetermined: 1 });
    expect(report.counts['undangan diterima terlambat (< 6 hari kerja)']).toBeUndefined();
  });

  it('plays the regional programme beside the national one: its own allocation, seats and Perban BKN 7/2020 steps', () => {
    // 10 candidates of the province and three kabupaten, 2 through Kanreg III: 1 ineligible, 1 not set, 8 seated;
    // the PIK graduate among them confirms nothing and writes no resume; the first of the cohort leaves one out.
    expect(report.regional).toMatchObject({ kanreg: 'III', allocation: 10, cohorts: 1, participants: 8 });
    expect(report.regional!.counts).toMatchObject({
      'calon diusulkan': 10,
      'lulusan PIK diusulkan uji langsung': 1,
      'sidang penetapan: ditetapkan': 8,
      'peserta mendapat kursi': 8,
      'TUK diverifikasi dan ditetapkan': 1,
      'konfirmasi hadir dengan CV dan RTL': 7,
      // 8 modules for each of the 6 others, 7 for the one who leaves one out.
      'resume e-learning diunggah': 55,
      'tim uji dibentuk dengan keputusan Kepala BKN': 1,
      'instrumen uji disiapkan pakar': 1,
      'rencana uji per unit': 14,
      'hadir pengarahan': 8,
      'sidang hasil meminta bukti tambahan': 1,
      'sidang hasil: KOMPETEN': 8,
    });
    // The national programme's counts are its own: 18 candidates, none of the region's.
    expect(report.counts['calon diusulkan']).toBe(18);
  });

  it('plays the life after the certificates: review, Monev rounds, refreshment, surveillance and the Komite', () => {
    // 15 tested; 13 name a mentor (four in five of each cohort): per round 15 questionnaires to participants and
    // 13 to mentors, reminded
    // when unanswered, the three rounds of each cohort closed.
    expect(report.counts).toMatchObject({
      'berita acara ditandatangani dan laporan asesor': 4,
      'tinjauan proses uji: temuan dicatat': 1,
      'tinjauan proses uji: butir perbaikan selesai': 1,
      'Monev: kuesioner dikirim': 84,
      // Three in five of each cohort (8 and 7 tested).
      'umpan balik proses uji dari peserta': 11,
      'Monev: putaran ditutup': 6,
      'penyegaran PENGAWAS versi 2020: pemegang didaftarkan': 15,
      'penyegaran: sertifikat diterbitkan ulang -P<n>': 14,
      'penyegaran: belum kompeten, sertifikat tetap pada versinya': 1,
      'koreksi nama: sertifikat diterbitkan ulang': 1,
      'surveilans: catatan pemantauan': 1,
      'surveilans: rekomendasi pengembangan sampai selesai': 1,
      'Komite: sidang dengan notulen': 1,
      'Komite: validasi': 1,
      'Komite: kajian sistem': 1,
      'Komite: rekomendasi saling pengakuan': 1,
    });
    expect(report.monev.map((r) => [r.point, r.participant.sent, r.mentor.sent])).toEqual([
      [3, 15, 13],
      [6, 15, 13],
      [12, 15, 13],
    ]);
    const answered = report.monev.reduce((n, r) => n + r.participant.answered + r.mentor.answered, 0);
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(84);
    expect(report.reissued).toBe(15);
    const summary = formatSummary(report).join('\n');
    expect(summary).toMatch(/ {2}3 bulan +\d+\/15 \(\d+,\d%\) +\d+\/13 \(\d+,\d%\)/);
  });

  it('re-tests take test-session places, not training seats: the seat given back stays free', () => {
    expect(report.cohorts.map((c) => [c.number, c.capacity, c.seatsTaken, c.seated, c.retests])).toEqual([
      [4, 8, 8, 8, 0],
      [10, 8, 7, 7, 1],
      [11, 0, 0, 0, 1],
    ]);
    expect(report.certificates).toEqual({ competency: { L2: 15 }, training: 14, revoked: 1, reinstated: 1 });
  });

  it('reports a broken invariant: a cohort over capacity, a certificate number taken but never used, a certificate change never announced, a document overwritten in storage', async () => {
    const db = DynamoDBDocumentClient.from(stack.clients.dynamodb);
    await db.send(
      new UpdateCommand({
        TableName: stack.resources.table,
        Key: { pk: `COHORT#${report.programId}#004`, sk: '#COHORT' },
        UpdateExpression: 'SET seatsTaken = seatsTaken + :one',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
    // Numbered in the year of the result session that decided them.
    const year = 2019;
    await db.send(
      new UpdateCommand({
        TableName: stack.resources.table,
        Key: { pk: `COUNTER#CERTIFICATE#L2#${year}`, sk: '#COUNTER' },
        UpdateExpression: 'SET #last = #last + :one',
        ExpressionAttributeNames: { '#last': 'last' },
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );

    // A change entered in a certificate's history with no event on the bus.
    await db.send(
      new UpdateCommand({
        TableName: stack.resources.table,
        Key: { pk: `CERTIFICATE#0001/SKTM-ASN/L2/${year}`, sk: '#CERTIFICATE' },
        UpdateExpression: 'SET #history = list_append(#history, :entry)',
        ExpressionAttributeNames: { '#history': 'history' },
        ExpressionAttributeValues: {
          ':entry': [
            {
              event: 'DIPULIHKAN',
              at: '2020-07-01T02:00:00.000Z',
              on: '2020-07-01',
              reason: 'tanpa peristiwa',
              by: 'test',
              eventId: `0001/SKTM-ASN/L2/${year}#9`,
            },
          ],
        },
      }),
    );

    // A candidate's document overwritten in storage behind the system's back (a new version of its object).
    const token = await stack.authority.mint({ role: 'admin-bkn', sub: 'demo-test', username: 'demo-test' });
    const { items } = (await (
      await fetch(`${stack.baseUrl}/programs/${report.programId}/candidates?status=ACCEPTED`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { items: { instansiCode: string; nip: string }[] };
    const { instansiCode, nip } = items[0]!;
    const proposal = (await (
      await fetch(`${stack.baseUrl}/programs/${report.programId}/proposals/${instansiCode}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { candidates: { nip: string; documents: Record<string, { key: string }> }[] };
    const photo = proposal.candidates.find((c) => c.nip === nip)!.documents.PAS_FOTO!;
    await stack.clients.s3.send(
      new PutObjectCommand({
        Bucket: stack.resources.buckets.uploads,
        Key: photo.key,
        Body: Buffer.from('%PDF-1.4 foto lain'),
        ContentType: 'application/pdf',
      }),
    );

    const again = await report.recheck();

    const broken = again.filter((i) => !i.ok);
    expect(broken.map((i) => i.name)).toEqual([
      expect.stringContaining('over capacity'),
      expect.stringContaining('reused or skipped'),
      expect.stringContaining('every certificate event id on the bus once'),
      expect.stringContaining('no document changed after submission'),
    ]);
    expect(broken[0]!.details).toEqual(expect.arrayContaining([expect.stringContaining('cohort 4')]));
    expect(broken[1]!.details).toEqual([expect.stringContaining('the register is at 16')]);
    expect(broken[2]!.details).toEqual([`1 changes never announced, e.g. 0001/SKTM-ASN/L2/${year}#9`]);
    expect(broken[3]!.details).toEqual([
      expect.stringMatching(new RegExp(`^${instansiCode} ${nip} PAS_FOTO: `)),
    ]);
  });
});
