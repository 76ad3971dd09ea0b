import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSequenceGapFree, parseRegistrationNumber } from '../../domain/certificate/registration-number';
import { addDays, addMonths, type IsoDate, dateInWib } from '../../domain/shared/dates';
import { pdfsig, VALID_AND_TRUSTED } from '../adapters/pdf/pdfsig';
import type { LocalStack } from '../../tools/local/local-stack';
import { pdfText, qrOnPage } from '../functions/certificate-worker/pdf-reading';
import { openInExcel } from '../services/exports/spreadsheet';
import { callerFor, eventually, startTestStack, type Caller } from './helpers';
import {
  certificateProgramme,
  recordCompetentDecision,
  requestCertificatesThrice,
  seedTrainedParticipants,
} from './training-helpers';

const today = dateInWib(new Date());
const START = addDays(today, 10);
const END = addDays(START, 1);
const NIPS = ['198503102010011002', '198703122011012003', '199001152015032001'];
const decisionIdOf = (i: number) => `dec_2027-08-20T03:00:0${i}.000Z_1`;

describe('certificates through the certificate queue, end to end on the local stack', () => {
  let stack: LocalStack;
  let admin: Caller;
  let bogor: Caller;
  let programId: string;

  beforeAll(async () => {
    stack = await startTestStack({ workerConcurrency: 4 });
    admin = await callerFor(stack, 'admin-bkn');
    bogor = await callerFor(stack, 'instansi', { instansi: '3201' });
    programId = await certificateProgramme(
      admin,
      'Pelatihan dan Sertifikasi Manajemen ASN (uji sertifikat)',
      { start: START, end: END },
    );

    // Seeded directly: the participants seated in cohort 1, their training and their result-session decisions.
    await seedTrainedParticipants(
      programId,
      { start: START, end: END },
      NIPS.map((nip, i) => ({
        nip,
        name: ['Dewi Lestari, S.Sos.', 'Rina Kartika, S.H.', 'Budi Santoso, S.E.'][i]!,
      })),
    );
    for (const [i, nip] of NIPS.entries()) {
      await recordCompetentDecision(programId, nip, decisionIdOf(i));
    }
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const certificatesOf = (nip: string, caller: Caller = admin) =>
    caller('GET', `/programs/${programId}/participants/${nip}/certificates`);

  it('duplicated messages on concurrent workers give one certificate per decision, numbers gap-free from 0001', async () => {
    // Act: every decision's message three times, in one batch and again.
    await requestCertificatesThrice(
      stack,
      programId,
      NIPS.map((nip, i) => ({ nip, decisionId: decisionIdOf(i) })),
    );

    // Assess
    const numbers: string[] = [];
    for (const nip of NIPS) {
      const body = await eventually(
        async () => {
          const answer = await certificatesOf(nip);
          return answer.body?.competency?.[0]?.download && answer.body?.training?.download
            ? answer.body
            : undefined;
        },
        `certificates of ${nip}`,
        60_000,
      );
      expect(body.competency).toHaveLength(1);
      numbers.push(body.competency[0].registrationNumber);
    }
    const year = Number(today.slice(0, 4));
    const parsed = numbers.map((n) => {
      const p = parseRegistrationNumber(n);
      if (!p.ok) throw new Error(n);
      return p.value;
    });
    expect(parsed.map((p) => p.sequence).sort()).toEqual([1, 2, 3]);
    expect(checkSequenceGapFree(parsed, 'ADMINISTRATOR', year).ok).toBe(true);
    // Duplicated messages on concurrent workers, and yet each certificate announced exactly once.
    await stack.eventsSettled();
    const issued = stack.events().filter((e) => e['detail-type'] === 'CertificateIssued');
    expect(issued.map((e) => (e.detail as { eventId: string }).eventId).sort()).toEqual(
      numbers.map((n) => `${n}#0`).sort(),
    );
    const trained = stack.events().filter((e) => e['detail-type'] === 'TrainingCertificateIssued');
    expect(trained.map((e) => (e.detail as { nip: string }).nip).sort()).toEqual([...NIPS].sort());
    expect(stack.repeatedEvents()).toEqual([]);
  }, 90_000);

  it('the holder downloads the PDF through a short-lived link: hash recorded, text and QR code as issued', async () => {
    // Prepare
    const holder = await callerFor(stack, 'peserta', { nip: NIPS[0] });
    const { body } = await certificatesOf(NIPS[0]!, holder);
    const certificate = body.competency[0];

    // Act
    const pdf = new Uint8Array(await (await fetch(certificate.download.url)).arrayBuffer());

    // Assess
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(certificate.download.sha256);
    const [front, back] = await pdfText(pdf);
    expect(front).toContain(`Nomor Registrasi: ${certificate.registrationNumber}`);
    expect(front).toContain('Dewi Lestari, S.Sos.');
    expect(front).toContain(`NIP. ${NIPS[0]}`);
    expect(back).toContain('MASN-ADM-01');
    expect(await qrOnPage(pdf)).toBe(`${stack.baseUrl}/verifikasi/${certificate.registrationNumber}`);
    const training = new Uint8Array(await (await fetch(body.training.download.url)).arrayBuffer());
    expect((await pdfText(training))[0]).toContain('21 Jam Pelajaran (JP)');
    // Both electronically signed, each by its official, and pdfsig trusts them through the local CA.
    expect(pdfsig(pdf, stack.signing.caPem)).toMatchObject([
      { ...VALID_AND_TRUSTED, signerName: 'Kepala Badan Kepegawaian Negara' },
    ]);
    expect(pdfsig(training, stack.signing.caPem)).toMatchObject([
      { ...VALID_AND_TRUSTED, signerName: 'Kepala Pusat Pengembangan ASN' },
    ]);
    // Another participant may not read them, and is told no more than of a NIP that is no participant.
    const other = await callerFor(stack, 'peserta', { nip: NIPS[1] });
    const refused = await certificatesOf(NIPS[0]!, other);
    expect(refused.status).toBe(404);
    expect(refused.body).toStrictEqual(await certificatesOf('199912312020121009', other).then((r) => r.body));
  });

  /** The instansi's archive as downloaded: its entries, its list of certificates, and the name it is saved as. */
  async function downloadArchive() {
    const archive = await bogor('POST', `/programs/${programId}/instansi/3201/certificates/archive`);
    expect(archive.status, JSON.stringify(archive.body)).toBe(201);
    const zip = unzipSync(new Uint8Array(await (await fetch(archive.body.download.url)).arrayBuffer()));
    const manifest = openInExcel(zip['DAFTAR SERTIFIKAT.csv']!);
    const savedAs = new URL(archive.body.download.url).searchParams.get('response-content-disposition');
    return { body: archive.body, zip, manifest, savedAs };
  }

  it('the instansi downloads all its certificates of the programme as one ZIP, each named by holder and number, each credential beside its PDF, with the list of them', async () => {
    // Prepare: every credential signed (the credential worker follows each issue).
    const answers = await Promise.all(
      NIPS.map((nip) =>
        eventually(async () => {
          const answer = await certificatesOf(nip);
          return answer.body?.competency?.[0]?.credential ? answer.body : undefined;
        }, `the credential of ${nip}`),
      ),
    );
    const competency = answers.map((a) => a.competency[0]);
    const trainingNumbers: string[] = answers.map((a) => a.training.number);

    // Act
    const { body, zip, manifest, savedAs } = await downloadArchive();

    // Assess
    const names = ['Dewi Lestari, S.Sos.', 'Rina Kartika, S.H.', 'Budi Santoso, S.E.'];
    const competencyFile = (i: number) =>
      `${names[i]} - Sertifikat Kompetensi ${competency[i].certificateId}`;
    expect(Object.keys(zip).sort()).toEqual(
      [
        'DAFTAR SERTIFIKAT.csv',
        ...names.map((_, i) => `${competencyFile(i)}.pdf`),
        ...names.map((_, i) => `${competencyFile(i)}.json`),
        ...names.map(
          (name, i) => `${name} - Sertifikat Pelatihan ${trainingNumbers[i]!.replaceAll('/', '-')}.pdf`,
        ),
      ].sort(),
    );
    expect([body.count, body.credentials, body.current, body.notCurrent, body.listed]).toEqual([
      6, 3, 6, 0, 6,
    ]);
    expect(savedAs).toBe(
      'attachment; filename="Sertifikat - Pemerintah Kabupaten Bogor - Pelatihan dan Sertifikasi Manajemen ASN (uji sertifikat).zip"',
    );
    // Each file is the very PDF and credential issued, and the list says so.
    for (const [i, certificate] of competency.entries()) {
      const sha256 = (name: string) => createHash('sha256').update(zip[name]!).digest('hex');
      expect(sha256(`${competencyFile(i)}.pdf`)).toBe(certificate.download.sha256);
      expect(sha256(`${competencyFile(i)}.json`)).toBe(certificate.credential.sha256);
    }
    const row = (r: (typeof manifest.rows)[number]) => [
      r.berkas!.value,
      r.berkas_kredensial!.value,
      r.nip!.value,
      r.nomor_sertifikat!.value,
      r.status!.value,
    ];
    expect(manifest.rows.map(row)).toEqual(
      expect.arrayContaining([
        ...competency.map((c, i) => [
          `${competencyFile(i)}.pdf`,
          `${competencyFile(i)}.json`,
          NIPS[i],
          c.registrationNumber,
          'AKTIF',
        ]),
        ...names.map((name, i) => [
          `${name} - Sertifikat Pelatihan ${trainingNumbers[i]!.replaceAll('/', '-')}.pdf`,
          '',
          NIPS[i],
          trainingNumbers[i],
          'AKTIF',
        ]),
      ]),
    );
  });

  it('BKN revokes, the certificate shows DICABUT; reinstated 6 months after authority returned; re-issued as -P1', async () => {
    // Prepare
    const { body } = await certificatesOf(NIPS[1]!);
    const number: string = body.competency[0].registrationNumber;
    const id = number.replaceAll('/', '-');

    // Act + Assess: revocation
    const revoked = await admin('POST', `/certificates/${id}/revocation`, {
      // Authority was lost by a disciplinary decision a year ago, before it can have returned.
      grounds: [
        {
          kind: 'DISIPLIN',
          decisionRef: 'SK Bupati Bogor 862/2028',
          decidedOn: addMonths(today, -12),
          final: true,
        },
      ],
    });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    expect(revoked.body.status).toBe('DICABUT');

    // reinstatement: too early, then exactly 6 months after
    const request = (restored: IsoDate) => ({
      requestedByNip: NIPS[1],
      instansiCode: '3201',
      letterNumber: '800/123/BKPSDM',
      authorityRestoredOn: restored,
      requestedOn: today,
    });
    const early = await admin('POST', `/certificates/${id}/reinstatement`, request(addMonths(today, -5)));
    expect([early.status, early.body.code]).toEqual([422, 'SERT-PULIH-6-BULAN']);
    const reinstated = await admin(
      'POST',
      `/certificates/${id}/reinstatement`,
      request(addMonths(today, -6)),
    );
    expect(reinstated.status, JSON.stringify(reinstated.body)).toBe(200);
    expect(reinstated.body.status).toBe('AKTIF');

    // re-issue for a name correction
    const reissued = await admin('POST', `/certificates/${id}/reissue`, {
      reason: 'KOREKSI_NAMA',
      name: 'Rina Kartika, S.H., M.H.',
      basis: 'SK 823/2028',
    });
    expect(reissued.status, JSON.stringify(reissued.body)).toBe(201);
    expect(reissued.body.registrationNumber).toBe(`${number}-P1`);
    const old = await admin('GET', `/certificates/${id}`);
    expect(old.body).toMatchObject({ status: 'DIMUTAKHIRKAN', supersededBy: `${number}-P1` });
    const next = await eventually(async () => {
      const answer = await admin('GET', `/certificates/${id}-P1`);
      return answer.body?.download ? answer.body : undefined;
    }, 'the re-issued version rendered');
    const pdf = new Uint8Array(await (await fetch(next.download.url)).arrayBuffer());
    expect((await pdfText(pdf))[0]).toContain('Rina Kartika, S.H., M.H.');

    // Its history tells the story, each step announced once with the step's id.
    const reissuedFrom = (await admin('GET', `/certificates/${id}`)).body;
    expect(reissuedFrom.history.map((h: { event: string }) => h.event)).toEqual([
      'DITERBITKAN',
      'DICABUT',
      'DIPULIHKAN',
      'DIMUTAKHIRKAN',
    ]);
    await stack.eventsSettled();
    const announced = new Map(
      stack.events().map((e) => [(e.detail as { eventId: string }).eventId, e['detail-type']]),
    );
    expect(reissuedFrom.history.map((h: { eventId: string }) => announced.get(h.eventId))).toEqual([
      'CertificateIssued',
      'CertificateRevoked',
      'CertificateReinstated',
      'CertificateReissued',
    ]);
    expect(announced.get(`${number}-P1#0`)).toBe('CertificateIssued');
    expect(stack.events().every((e) => e.source === 'id.go.bkn.sertifikasi')).toBe(true);
  }, 60_000);

  it('after a revocation and a re-issue the archive keeps only certificates in force at the top; the revoked and the replaced versions are in TIDAK BERLAKU, and the list says why', async () => {
    // Prepare: Rina's certificate was replaced by -P1 above; Dewi's is revoked now.
    const dewi = (await certificatesOf(NIPS[0]!)).body.competency[0];
    const rina = (await certificatesOf(NIPS[1]!)).body.competency;
    const revoked = await admin('POST', `/certificates/${dewi.certificateId}/revocation`, {
      grounds: [{ kind: 'PIDANA', decisionRef: 'Putusan PN Bogor 12/2028', decidedOn: today, final: true }],
    });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);

    // Act
    const { body, zip, manifest } = await downloadArchive();

    // Assess
    const notCurrent = [
      `TIDAK BERLAKU/Dewi Lestari, S.Sos. - Sertifikat Kompetensi ${dewi.certificateId} (DICABUT).pdf`,
      `TIDAK BERLAKU/Rina Kartika, S.H. - Sertifikat Kompetensi ${rina[0].certificateId} (DIMUTAKHIRKAN).pdf`,
    ];
    expect(
      Object.keys(zip)
        .filter((name) => name.startsWith('TIDAK BERLAKU/'))
        .sort(),
    ).toEqual([...notCurrent, ...notCurrent.map((name) => name.replace(/\.pdf$/, '.json'))].sort());
    expect(Object.keys(zip)).toContain(
      `Rina Kartika, S.H., M.H. - Sertifikat Kompetensi ${rina[1].certificateId}.pdf`,
    );
    expect(
      Object.keys(zip).some((name) => name.includes(dewi.certificateId) && !name.startsWith('TIDAK')),
    ).toBe(false);
    expect([body.count, body.current, body.notCurrent, body.listed]).toEqual([7, 5, 2, 7]);
    const statusOf = (number: string) => manifest.rows.find((row) => row.nomor_sertifikat!.value === number);
    expect(statusOf(dewi.registrationNumber)).toMatchObject({
      status: { value: 'DICABUT' },
      tanggal_status: { type: 'date', value: today },
      keterangan: {
        value: 'Dicabut karena tindak pidana (Perban BKN 7/2020 Pasal 36 ayat (3)); tidak berlaku.',
      },
    });
    expect(statusOf(rina[0].registrationNumber)).toMatchObject({
      status: { value: 'DIMUTAKHIRKAN' },
      keterangan: { value: `Digantikan versi ${rina[1].registrationNumber}; gunakan versi pengganti.` },
    });
    expect(statusOf(rina[1].registrationNumber)).toMatchObject({ status: { value: 'AKTIF' } });
  }, 60_000);

  it('exports the JP earned per year for the national record, as JSON and as a CSV for Indonesian Excel with the training, its organiser and dates, and the competency certificate held', async () => {
    // Prepare
    const holder = await callerFor(stack, 'peserta', { nip: NIPS[2] });
    const year = Number(END.slice(0, 4));
    const number = (await certificatesOf(NIPS[2]!)).body.competency[0].registrationNumber;

    // Act
    const json = await holder('GET', `/asn/${NIPS[2]}/development-record`);
    const csv = await holder('GET', `/asn/${NIPS[2]}/development-record?format=csv`);

    // Assess
    expect(json.status, JSON.stringify(json.body)).toBe(200);
    expect(json.body.years).toMatchObject([{ year, totalJp: 21, rightJp: 20, shortfallJp: 0 }]);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const sheet = openInExcel(csv.bytes!);
    expect(sheet.rows).toStrictEqual([
      expect.objectContaining({
        nip: { type: 'text', value: NIPS[2] },
        nama: { type: 'text', value: 'Budi Santoso, S.E.' },
        judul_pelatihan: { type: 'text', value: 'Pelatihan dan Sertifikasi Manajemen ASN (uji sertifikat)' },
        penyelenggara: { type: 'text', value: 'Badan Kepegawaian Negara' },
        tanggal_mulai: { type: 'date', value: START },
        tanggal_selesai: { type: 'date', value: END },
        jp: { type: 'number', value: 21 },
        nomor_sertifikat_kompetensi: { type: 'text', value: number },
        status_sertifikat_kompetensi: { type: 'text', value: 'AKTIF' },
        total_jp_tahun: { type: 'number', value: 21 },
        kekurangan_jp_tahun: { type: 'number', value: 0 },
      }),
    ]);
  });
});
