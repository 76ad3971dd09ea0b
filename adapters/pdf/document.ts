import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

/*
 * The set-up every document we render shares (letters and certificates): metadata fixed by the document's own
 * data, never by the clock or the library's name, so the same data gives the same bytes; and the two standard
 * fonts, which need no embedded font file. Text drawn with them goes through `encodable` (pdf-text.ts).
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
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  return { pdf, fonts };
}
