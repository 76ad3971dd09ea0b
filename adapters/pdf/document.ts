import { PDFDocument, type PDFFont } from 'pdf-lib';
import { embedFontPack } from './font-pack';
import notoSansBold from './fonts/noto-sans-bold';
import notoSansRegular from './fonts/noto-sans-regular';

/*
 * The set-up every document we render shares (letters and certificates): metadata fixed by the document's own
 * data, never by the clock or the library's name, so the same data gives the same bytes; and Noto Sans regular
 * and bold, embedded from their font packs (./font-pack.ts), so a name prints as written in any Latin script.
 */

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface DocumentFacts {
  title: string;
  subject?: string;
  /** The document's creation and modification date. */
  dated: Date;
}

/** Midnight in Jakarta starting the calendar date `date` (YYYY-MM-DD): the instant a dated document bears. */
export const startOfWibDay = (date: string): Date => new Date(`${date}T00:00:00+07:00`);

export async function newDocument({
  title,
  subject,
  dated,
}: DocumentFacts): Promise<{ pdf: PDFDocument; fonts: Fonts }> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(title);
  if (subject !== undefined) pdf.setSubject(subject);
  pdf.setAuthor('Pusat Pengembangan ASN, Badan Kepegawaian Negara');
  pdf.setProducer('sertifikasi-kompetensi-asn');
  pdf.setCreator('sertifikasi-kompetensi-asn');
  pdf.setCreationDate(dated);
  pdf.setModificationDate(dated);
  const fonts = {
    regular: await embedFontPack(pdf, notoSansRegular),
    bold: await embedFontPack(pdf, notoSansBold),
  };
  return { pdf, fonts };
}
