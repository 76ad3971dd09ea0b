import { savePdf } from '../../../adapters/pdf/save';
import { describe, expect, it } from 'vitest';
import { renderAnnouncementLetter } from '../../../functions/announcement-letter/render-letter';
import { pdfText } from '../certificate-worker/pdf-reading';
import { aLetterDetails, aProgram, PROGRAM_ID } from '../helpers/programs';

// 10.00 WIB on 2 March 2026.
const REQUESTED_AT = '2026-03-02T03:00:00.000Z';
const textOf = async (bytes: Uint8Array) => (await pdfText(bytes)).map((page) => page.replace(/\s+/g, ' '));
const PLAN = [
  { number: 2, scheme: 'PENGAWAS', capacity: 30, startDate: '2026-07-01', endDate: '2026-07-02' },
  { number: 1, scheme: 'ADMINISTRATOR', capacity: 25, startDate: '2026-07-31', endDate: '2026-08-01' },
] as const;

describe('renderAnnouncementLetter', () => {
  it('carries the letterhead, its number, place and date (WIB), and the signer with NIP and the electronic-signature notice', async () => {
    // Act
    const [letter] = await textOf(
      await savePdf(await renderAnnouncementLetter(aProgram(), aLetterDetails(), REQUESTED_AT)),
    );

    // Assess
    expect(letter).toContain('BADAN KEPEGAWAIAN NEGARA PUSAT PENGEMBANGAN APARATUR SIPIL NEGARA');
    expect(letter).toContain('Bogor, 2 Maret 2026');
    expect(letter).toContain('Nomor : 195/A/TU/Pusbang ASN/III/2026');
    expect(letter).toContain(
      'Kepala Pusat Pengembangan Aparatur Sipil Negara Dr. Andi Wijaya, M.Si. NIP. 197001011995031001 ' +
        'Dokumen ini ditandatangani secara elektronik',
    );
  });

  it('attaches the schedule of the cohorts, in date order, as a table after the letter', async () => {
    // Act
    const pages = await textOf(
      await savePdf(
        await renderAnnouncementLetter(aProgram({ cohortPlan: [...PLAN] }), aLetterDetails(), REQUESTED_AT),
      ),
    );

    // Assess
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Lampiran : 1 (satu) berkas');
    expect(pages[1]).toContain('Lampiran Surat Pemberitahuan Nomor : 195/A/TU/Pusbang ASN/III/2026');
    expect(pages[1]).toContain(
      'No Angkatan Jenjang/Skema Jumlah Peserta Tanggal Pelaksanaan ' +
        '1 2 Pengawas 30 1-2 Juli 2026 2 1 Administrator 25 31 Juli-1 Agustus 2026',
    );
    expect(pages[1]).toContain('Dr. Andi Wijaya, M.Si. NIP. 197001011995031001');
  });

  it('has no attachment when the programme has no cohort plan yet', async () => {
    // Act
    const pages = await textOf(
      await savePdf(await renderAnnouncementLetter(aProgram(), aLetterDetails(), REQUESTED_AT)),
    );

    // Assess
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Lampiran : -');
  });

  it('prints no internal identifier: the programme id appears nowhere in the file', async () => {
    // Act
    const bytes = await savePdf(
      await renderAnnouncementLetter(aProgram({ cohortPlan: [...PLAN] }), aLetterDetails(), REQUESTED_AT),
    );

    // Assess
    expect((await textOf(bytes)).join(' ')).not.toContain(PROGRAM_ID);
    expect(Buffer.from(bytes).includes(PROGRAM_ID)).toBe(false);
    expect(Buffer.from(bytes).includes(PROGRAM_ID.slice(4))).toBe(false);
  });

  it('prints a programme name in Latin Extended as written, and a character outside the font as U+FFFD', async () => {
    // Prepare
    const program = aProgram({ name: 'Sertifikasi Manajemen ASN 2026 ✓ Ārya' });

    // Act
    const [letter] = await textOf(
      await savePdf(await renderAnnouncementLetter(program, aLetterDetails(), REQUESTED_AT)),
    );

    // Assess
    expect(letter).toContain('Hal : Pemberitahuan Sertifikasi Manajemen ASN 2026 \uFFFD Ārya');
    expect(letter).toContain('menyelenggarakan Sertifikasi Manajemen ASN 2026 \uFFFD Ārya tahun 2026');
  });
});
