import { savePdf } from '../../../adapters/pdf/save';
import { describe, expect, it } from 'vitest';
import { renderCompetencyCertificate } from '../../../functions/certificate-worker/render-certificate';
import { renderTrainingCertificate } from '../../../functions/certificate-worker/render-training-certificate';
import { aCertificate, aNumberedTraining, aTraining, TRAINING_NUMBER } from './fixtures';
import { pdfText, qrOnPage } from './pdf-reading';

describe('renderCompetencyCertificate', () => {
  it('front: statement of competence in the scheme, name, NIP, level, registration number and the Head of BKN; back: units and the Pusbang head (Pasal 34(3))', async () => {
    // Act
    const [front, back] = await pdfText(await savePdf(await renderCompetencyCertificate(aCertificate())));

    // Assess
    expect(front).toContain('SERTIFIKAT KOMPETENSI');
    expect(front).toContain('Nomor Registrasi: 0042/SKTM-ASN/L3/2027');
    expect(front).toContain('Dewi Lestari, S.Sos.');
    expect(front).toContain('NIP. 198503102010011002');
    expect(front).toContain('dinyatakan KOMPETEN pada Skema Sertifikasi');
    expect(front).toContain(
      'Sertifikasi penyelenggara manajemen ASN jenjang Administrator (Jenjang Administrator)',
    );
    expect(front).toContain('Kepala Badan Kepegawaian Negara');
    expect(front).toContain('Prof. Dr. Zudan Arif Fakrulloh');
    expect(back).toContain('DAFTAR UNIT KOMPETENSI');
    expect(back).toContain('MASN-ADM-01');
    expect(back).toContain('Judul MASN-ADM-01');
    expect(back).toContain('Kepala Pusat Pengembangan Aparatur Sipil Negara');
    expect(back).toContain('Dr. Andi Wijaya, M.Si.');
  });

  it('carries a QR code that decodes to the public verification page of its number', async () => {
    // Act
    const qr = await qrOnPage(await savePdf(await renderCompetencyCertificate(aCertificate())));

    // Assess
    expect(qr).toBe('https://sertifikasi.bkn.go.id/verifikasi/0042/SKTM-ASN/L3/2027');
  });

  it('is deterministic: the same record renders the same bytes (a retry stores the same file and hash)', async () => {
    expect(Buffer.from(await savePdf(await renderCompetencyCertificate(aCertificate())))).toStrictEqual(
      Buffer.from(await savePdf(await renderCompetencyCertificate(aCertificate()))),
    );
  });
});

describe('renderTrainingCertificate', () => {
  it('shows name, NIP, position, type and title of the training, its JP and the signer (Peraturan LAN 6/2022 Pasal 34(1))', async () => {
    // Act
    const [page] = await pdfText(await savePdf(await renderTrainingCertificate(aTraining())));

    // Assess
    for (const text of [
      'SERTIFIKAT PELATIHAN',
      'Dewi Lestari, S.Sos.',
      'NIP. 198503102010011002',
      'Jabatan: Kepala Bidang Pengembangan Pegawai',
      'Pelatihan Teknis',
      'Pelatihan dan Sertifikasi Manajemen ASN 2027',
      '21 Jam Pelajaran (JP)',
      'Dr. Andi Wijaya, M.Si.',
    ]) {
      expect(page).toContain(text);
    }
  });

  it('as a first-class document: its number, the jenjang in its title, the cohort dates and venue, the instansi, a QR code of its verification and, on the back, the modules with the JP', async () => {
    // Act
    const bytes = await savePdf(await renderTrainingCertificate(aNumberedTraining()));
    const [front, back] = (await pdfText(bytes)).map((page) => page.replace(/\s+/g, ' '));

    // Assess
    for (const text of [
      `Nomor: ${TRAINING_NUMBER}`,
      'Pelatihan dan Sertifikasi Manajemen ASN 2027 Jenjang Administrator',
      '29 Juli 2027 s.d. 30 Juli 2027, di Pusbang ASN BKN',
      'Instansi: Pemerintah Kabupaten Bogor',
      'Jakarta, 20 Agustus 2027',
    ]) {
      expect(front).toContain(text);
    }
    expect(await qrOnPage(bytes)).toBe(aNumberedTraining().verificationUrl);
    expect(back).toContain('MATERI PELATIHAN');
    for (const module of aNumberedTraining().modules!) expect(back).toContain(module.title);
    for (const hour of aNumberedTraining().hours!) expect(back).toContain(`${hour.name} ${hour.jp}`);
    expect(back).toContain('Jumlah 21');
  });
});
