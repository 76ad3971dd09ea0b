import { describe, expect, it } from 'vitest';
import { renderAnnouncementLetter } from '../../../functions/announcement-letter/render-letter';
import { pdfText } from '../certificate-worker/pdf-reading';
import { aProgram } from '../helpers/programs';

const REQUESTED_AT = '2026-03-02T03:00:00.000Z';
const textOf = async (bytes: Uint8Array) => (await pdfText(bytes)).map((page) => page.replace(/\s+/g, ' '));

describe('renderAnnouncementLetter', () => {
  it('prints a programme name in Latin Extended as written, and a character outside the font as U+FFFD', async () => {
    // Prepare
    const program = aProgram({ name: 'Sertifikasi Manajemen ASN 2026 ✓ Ārya' });

    // Act
    const pages = await textOf(await renderAnnouncementLetter(program, REQUESTED_AT));

    // Assess
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Hal : Pemberitahuan Sertifikasi Manajemen ASN 2026 \uFFFD Ārya');
    expect(pages[0]).toContain('menyelenggarakan Sertifikasi Manajemen ASN 2026 \uFFFD Ārya tahun 2026');
  });
});
