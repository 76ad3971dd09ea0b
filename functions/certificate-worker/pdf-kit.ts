import qrcode from 'qrcode/lib/core/qrcode.js';
import {
  closePath,
  fill,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingRgbColor,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';

/*
 * What the two certificates share: the deterministic document set-up, text that the standard fonts can encode,
 * centred lines, dates in Bahasa Indonesia and a QR code drawn as vector rectangles (no PNG encoding or
 * decoding per certificate, which is what keeps a certificate to a few milliseconds).
 */
export const A4_LANDSCAPE: [number, number] = [841.89, 595.28];

const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** "20 Agustus 2027", without the host's locale data so the bytes never depend on it. */
export function tanggal(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${BULAN[month! - 1]} ${year}`;
}

const charsets = new WeakMap<PDFFont, Set<number>>();

/** Replaces what the standard fonts cannot encode (WinAnsi), so an unusual name never fails the certificate. */
export function encodable(font: PDFFont, text: string): string {
  let supported = charsets.get(font);
  if (!supported) {
    supported = new Set(font.getCharacterSet());
    charsets.set(font, supported);
  }
  const set = supported;
  return [...text].map((c) => (set.has(c.codePointAt(0)!) ? c : '?')).join('');
}

/** A document whose metadata dates are those of the certificate, so the same data gives the same bytes. */
export async function newDocument(title: string, subject: string, issuedOn: string): Promise<PDFDocument> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fixed = new Date(`${issuedOn}T00:00:00+07:00`);
  pdf.setTitle(title);
  pdf.setSubject(subject);
  pdf.setAuthor('Pusat Pengembangan ASN, Badan Kepegawaian Negara');
  pdf.setProducer('sertifikasi-kompetensi-asn');
  pdf.setCreator('sertifikasi-kompetensi-asn');
  pdf.setCreationDate(fixed);
  pdf.setModificationDate(fixed);
  return pdf;
}

export function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number): void {
  const safe = encodable(font, text);
  const width = font.widthOfTextAtSize(safe, size);
  page.drawText(safe, { x: (page.getWidth() - width) / 2, y, size, font, color: rgb(0, 0, 0) });
}

export function left(page: PDFPage, text: string, x: number, y: number, font: PDFFont, size: number): void {
  page.drawText(encodable(font, text), { x, y, size, font, color: rgb(0, 0, 0) });
}

/**
 * Draws the QR code of `text` with its lower-left corner at (x, y), `side` points wide including the 4-module
 * quiet zone the standard requires. Each run of dark modules in a row is one rectangle, all filled at once.
 */
export function drawQrCode(page: PDFPage, text: string, x: number, y: number, side: number): void {
  const { size, data } = qrcode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const quiet = 4;
  const cell = side / (size + 2 * quiet);
  const ops: PDFOperator[] = [pushGraphicsState(), setFillingRgbColor(0, 0, 0)];
  for (let row = 0; row < size; row++) {
    let start = -1;
    for (let col = 0; col <= size; col++) {
      const dark = col < size && data[row * size + col] === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        ops.push(
          rectangle(
            x + (quiet + start) * cell,
            y + side - (quiet + row + 1) * cell,
            (col - start) * cell,
            cell,
          ),
        );
        start = -1;
      }
    }
  }
  ops.push(closePath(), fill(), popGraphicsState());
  page.pushOperators(...ops);
}
