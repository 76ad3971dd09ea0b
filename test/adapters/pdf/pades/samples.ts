import { newDocument } from '../../../../adapters/pdf/document';
import { signPdf } from '../../../../adapters/pdf/pades/sign';
import { localDocumentSigner, type LocalSigning } from '../../../../tools/local/signing-ca';

export const SIGNED_AT = new Date('2019-08-20T03:00:00Z');

/** A one-page document titled "Sertifikat Kompetensi", signed by the Kepala BKN of `authority`. */
export async function signedSample(authority: LocalSigning): Promise<Buffer> {
  const { pdf, fonts } = await newDocument({ title: 'Sertifikat Kompetensi', dated: SIGNED_AT });
  pdf.addPage().drawText('Budi Santoso', { x: 50, y: 700, font: fonts.regular, size: 14 });
  return Buffer.from(
    await signPdf(pdf, localDocumentSigner(authority, 'kepalaBkn'), {
      reason: 'Sertifikat Kompetensi ditetapkan',
      location: 'Jakarta',
      signedAt: SIGNED_AT,
      contactInfo: 'Badan Kepegawaian Negara',
    }),
  );
}

/** The file with the title's first letter, S (hex 0053), made R (0052): one byte, still a well-formed file. */
export function withTitleChanged(pdf: Buffer): Buffer {
  const at = pdf.indexOf('/Title <FEFF0053');
  if (at < 0) throw new Error('No title to change');
  const changed = Buffer.from(pdf);
  changed.write('2', at + '/Title <FEFF005'.length, 'latin1');
  return changed;
}

/**
 * The file as a PDF viewer re-saves it: an incremental update (a new Info dictionary, its cross-reference section
 * and a trailer pointing back at the previous one) appended after the signed bytes, which stay as they were.
 */
export function resaved(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const previous = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const size = Number(/\/Size (\d+)/.exec(trailer)![1]);
  const root = /\/Root (\d+ \d+ R)/.exec(trailer)![1];
  const body = `\n${size} 0 obj\n<< /Title (Disimpan ulang) /Producer (penampil PDF) >>\nendobj\n`;
  const xref =
    `xref\n${size} 1\n${String(text.length + 1).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${previous} >>\n` +
    `startxref\n${text.length + body.length}\n%%EOF\n`;
  return Buffer.from(text + body + xref, 'latin1');
}
