import { savePdf } from '../../../adapters/pdf/save';
import { describe, expect, it } from 'vitest';
import { renderAnnouncementLetter } from '../../../functions/announcement-letter/render-letter';
import { pdfText } from '../certificate-worker/pdf-reading';
import { aProgram } from '../helpers/programs';

const REQUESTED_AT = '2026-03-02T03:00:00.000Z';
const textOf = async (bytes: Uint8Array) => (await pdfText(bytes)).map((page) => page.replace(/\s+/g, ' '));

describe('renderAnnouncementLetter', () => {
  it('prints what the standard fonts cannot encode in a programme name as "?", instead of failing the letter', async () => {
    // Prepare
    const program = aProgram({ name: 'Sertifikasi Manajemen ASN 2026 ✓ Ārya' });

    // Act
    const pages = await textOf(await savePdf(await renderAnnouncementLetter(program, REQUESTED_AT)));

    // Assess
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Hal : Pemberitahuan Sertifikasi Manajemen ASN 2026 ? ?rya');
    expect(pages[0]).toContain('menyelenggarakan Sertifikasi Manajemen ASN 2026 ? ?rya tahun 2026');
  });
});
