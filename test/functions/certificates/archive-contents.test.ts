import { describe, expect, it } from 'vitest';
import { archiveContents } from '../../../functions/certificates/archive-contents';
import type { CompetencyCertificateRecord } from '../../../events/api/certificate';
import { aCertificate, aTraining, NOW } from '../certificate-worker/fixtures';
import { NIP } from '../helpers/proposals';
import { bytesOf, openInExcel } from '../../services/exports/spreadsheet';

const OTHER = '199001152015032001';
const NUMBER = '0042/SKTM-ASN/L3/2027';
const rendered = (key: string) => ({ key, sha256: 'a'.repeat(64), renderedAt: NOW });
const entry = (
  event: CompetencyCertificateRecord['history'][number]['event'],
  on: string,
): CompetencyCertificateRecord['history'][number] => ({
  event,
  at: `${on}T03:00:00.000Z`,
  on,
  reason: 'Alasan.',
  by: 'sistem',
  eventId: `${NUMBER}#0`,
});

/** Dewi: her certificate replaced by -P1 after a name correction; Budi: revoked, with his training certificate. */
const replaced = aCertificate({
  status: 'DIMUTAKHIRKAN',
  supersededBy: `${NUMBER}-P1`,
  document: rendered('certificates/p/dewi/0042.pdf'),
  history: [entry('DITERBITKAN', '2027-08-20'), entry('DIMUTAKHIRKAN', '2028-03-10')],
});
const current = aCertificate({
  registrationNumber: `${NUMBER}-P1`,
  certificateId: '0042-SKTM-ASN-L3-2027-P1',
  version: 1,
  supersedes: NUMBER,
  holder: { name: 'Dewi Lestari, S.Sos., M.Si.', nip: NIP },
  issuedOn: '2028-03-10',
  document: rendered('certificates/p/dewi/0042-P1.pdf'),
});
const revoked = aCertificate({
  registrationNumber: '0043/SKTM-ASN/L3/2027',
  certificateId: '0043-SKTM-ASN-L3-2027',
  nip: OTHER,
  holder: { name: 'Budi Santoso, S.E.', nip: OTHER },
  status: 'DICABUT',
  revocation: {
    revokedOn: '2028-04-01',
    grounds: [{ kind: 'DISIPLIN', decisionRef: 'SK 862/2028', decidedOn: '2028-03-01', final: true }],
    notice: 'Dicabut.',
    revokedBy: 'bkn',
    revokedAt: NOW,
  },
  document: rendered('certificates/p/budi/0043.pdf'),
});
const annulled = aCertificate({
  registrationNumber: '0044/SKTM-ASN/L3/2027',
  certificateId: '0044-SKTM-ASN-L3-2027',
  nip: '198703122011012003',
  holder: { name: 'Rina Kartika, S.H.', nip: '198703122011012003' },
  status: 'DIBATALKAN',
  history: [entry('DITERBITKAN', '2027-08-20'), entry('DIBATALKAN', '2027-09-15')],
});
const BUDI_TRAINING = '0008/SPL-MASN/2027';
/** Budi's training certificate is numbered; Dewi's was issued before training certificates had numbers. */
const budiTraining = aTraining({
  number: BUDI_TRAINING,
  nip: OTHER,
  participant: { name: 'Budi Santoso, S.E.', nip: OTHER, position: 'Analis' },
  document: rendered('certificates/p/budi/pelatihan.pdf'),
});
const dewiTraining = aTraining({ document: rendered('certificates/p/dewi/pelatihan.pdf') });

/** The credentials signed so far: of the revoked version and of Dewi's current one. */
const credentials = new Map([
  [revoked.registrationNumber, 'credentials/p/budi/0043.json'],
  [current.registrationNumber, 'credentials/p/dewi/0042-P1.json'],
]);

describe("the instansi's archive: what an HR office keeps", () => {
  const contents = archiveContents(
    [revoked, current, replaced, annulled],
    [dewiTraining, budiTraining],
    credentials,
  );

  it("certificates in force at the top, named by holder and number; versions no longer in force in TIDAK BERLAKU with their status; a holder's together, a corrected name too", () => {
    expect(contents.files).toStrictEqual([
      {
        path: 'TIDAK BERLAKU/Budi Santoso, S.E. - Sertifikat Kompetensi 0043-SKTM-ASN-L3-2027 (DICABUT).pdf',
        key: 'certificates/p/budi/0043.pdf',
      },
      {
        path: 'Budi Santoso, S.E. - Sertifikat Pelatihan 0008-SPL-MASN-2027.pdf',
        key: 'certificates/p/budi/pelatihan.pdf',
      },
      {
        path: 'TIDAK BERLAKU/Dewi Lestari, S.Sos. - Sertifikat Kompetensi 0042-SKTM-ASN-L3-2027 (DIMUTAKHIRKAN).pdf',
        key: 'certificates/p/dewi/0042.pdf',
      },
      {
        path: 'Dewi Lestari, S.Sos., M.Si. - Sertifikat Kompetensi 0042-SKTM-ASN-L3-2027-P1.pdf',
        key: 'certificates/p/dewi/0042-P1.pdf',
      },
      {
        path: `Dewi Lestari, S.Sos. - Sertifikat Pelatihan ${NIP}.pdf`,
        key: 'certificates/p/dewi/pelatihan.pdf',
      },
    ]);
    expect([contents.current, contents.notCurrent, contents.listed]).toEqual([3, 2, 6]);
  });

  it("each competency version's Open Badges credential lies beside its PDF, named as it with .json; none where none is signed", () => {
    expect(contents.credentials).toStrictEqual([
      {
        path: 'TIDAK BERLAKU/Budi Santoso, S.E. - Sertifikat Kompetensi 0043-SKTM-ASN-L3-2027 (DICABUT).json',
        key: 'credentials/p/budi/0043.json',
      },
      {
        path: 'Dewi Lestari, S.Sos., M.Si. - Sertifikat Kompetensi 0042-SKTM-ASN-L3-2027-P1.json',
        key: 'credentials/p/dewi/0042-P1.json',
      },
    ]);
    const pdfOf = (json: string) => json.replace(/\.json$/, '.pdf');
    expect(contents.credentials.every((c) => contents.files.some((f) => f.path === pdfOf(c.path)))).toBe(
      true,
    );
    expect(archiveContents([revoked, current], [], new Map()).credentials).toStrictEqual([]);
  });

  it('no internal id in a name people see: no programme id, decision id or storage key', () => {
    const text = contents.files.map((f) => f.path).join('\n') + contents.manifest;
    expect(text).not.toMatch(/prg_|dec_|certificates\//);
  });

  it('DAFTAR SERTIFIKAT.csv lists every certificate with its number (a training certificate too), its files, the annulled one without a PDF too, with its status, since when and why', () => {
    const sheet = openInExcel(bytesOf(contents.manifest));
    expect(sheet.rows[0]).toStrictEqual({
      berkas: { type: 'text', value: contents.files[0]!.path },
      berkas_kredensial: { type: 'text', value: contents.credentials[0]!.path },
      jenis: { type: 'text', value: 'Sertifikat Kompetensi' },
      nama: { type: 'text', value: 'Budi Santoso, S.E.' },
      nip: { type: 'text', value: OTHER },
      nomor_sertifikat: { type: 'text', value: '0043/SKTM-ASN/L3/2027' },
      jenjang: { type: 'text', value: 'Administrator' },
      tanggal_terbit: { type: 'date', value: '2027-08-20' },
      status: { type: 'text', value: 'DICABUT' },
      tanggal_status: { type: 'date', value: '2028-04-01' },
      keterangan: {
        type: 'text',
        value: 'Dicabut karena pelanggaran disiplin (Perban BKN 7/2020 Pasal 36 ayat (3)); tidak berlaku.',
      },
    });
    const summary = sheet.rows.map((row) => [
      row.nama!.value,
      row.nip!,
      row.nomor_sertifikat!.value,
      row.status!.value,
      row.tanggal_status!.value,
      row.keterangan!.value,
    ]);
    expect(summary).toStrictEqual([
      [
        'Budi Santoso, S.E.',
        { type: 'text', value: OTHER },
        '0043/SKTM-ASN/L3/2027',
        'DICABUT',
        '2028-04-01',
        'Dicabut karena pelanggaran disiplin (Perban BKN 7/2020 Pasal 36 ayat (3)); tidak berlaku.',
      ],
      [
        'Budi Santoso, S.E.',
        { type: 'text', value: OTHER },
        BUDI_TRAINING,
        'AKTIF',
        '',
        'Pelatihan dan Sertifikasi Manajemen ASN 2027, 21 JP.',
      ],
      [
        'Dewi Lestari, S.Sos.',
        { type: 'text', value: NIP },
        NUMBER,
        'DIMUTAKHIRKAN',
        '2028-03-10',
        `Digantikan versi ${NUMBER}-P1; gunakan versi pengganti.`,
      ],
      ['Dewi Lestari, S.Sos., M.Si.', { type: 'text', value: NIP }, `${NUMBER}-P1`, 'AKTIF', '', 'Berlaku.'],
      [
        'Dewi Lestari, S.Sos.',
        { type: 'text', value: NIP },
        '',
        'AKTIF',
        '',
        'Pelatihan dan Sertifikasi Manajemen ASN 2027, 21 JP.',
      ],
      [
        'Rina Kartika, S.H.',
        { type: 'text', value: '198703122011012003' },
        '0044/SKTM-ASN/L3/2027',
        'DIBATALKAN',
        '2027-09-15',
        'Dibatalkan: keputusan hasil uji kompetensi yang menjadi dasarnya digantikan keputusan belum kompeten (Perban BKN 7/2020 Pasal 34 ayat (1)); tidak berlaku. PDF belum tersedia; buat arsip lagi nanti.',
      ],
    ]);
    expect(sheet.rows.map((row) => row.berkas!.value)).toEqual([...contents.files.map((f) => f.path), '']);
    expect(sheet.rows.map((row) => row.berkas_kredensial!.value)).toEqual([
      contents.credentials[0]!.path,
      '',
      '',
      contents.credentials[1]!.path,
      '',
      '',
    ]);
  });

  it('a holder with diacritics and 93 characters of name gets an ASCII name of at most 80 characters before the number', () => {
    const long = 'Prof. Dr. Ir. Raden Mas Ngabehi Sêno Ñúñez Đặng Hadiningrat Wicaksono, S.H., M.Hum., Ph.D.';
    const [file] = archiveContents(
      [aCertificate({ holder: { name: long, nip: NIP }, document: rendered('k') })],
      [],
    ).files;
    const [holder, rest] = file!.path.split(' - Sertifikat Kompetensi ');
    expect(holder!.length).toBeLessThanOrEqual(80);
    expect(holder).toMatch(/^Prof\. Dr\. Ir\. Raden Mas Ngabehi Seno Nunez Dang Hadiningrat/);
    expect(rest).toBe('0042-SKTM-ASN-L3-2027.pdf');
  });

  it('file names are unique even for namesakes: each carries its number or NIP', () => {
    const namesake = aCertificate({
      registrationNumber: '0045/SKTM-ASN/L3/2027',
      certificateId: '0045-SKTM-ASN-L3-2027',
      nip: OTHER,
      holder: { name: 'Dewi Lestari, S.Sos.', nip: OTHER },
      document: rendered('k2'),
    });
    const paths = archiveContents(
      [aCertificate({ document: rendered('k1') }), namesake],
      [dewiTraining, { ...dewiTraining, nip: OTHER, document: rendered('k3') }],
    ).files.map((f) => f.path.toLowerCase());
    expect(new Set(paths).size).toBe(4);
  });
});
