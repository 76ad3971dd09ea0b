import { zlibSync } from 'fflate';
import qrcode from 'qrcode/lib/core/qrcode.js';
import {
  concatTransformationMatrix,
  drawObject,
  PDFContentStream,
  PDFDocument,
  PDFName,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFFont,
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

// WinAnsi encodes every printable ASCII character, which is nearly every text on a certificate.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const charsets = new WeakMap<PDFFont, Set<number>>();

/** Replaces what the standard fonts cannot encode (WinAnsi), so an unusual name never fails the certificate. */
export function encodable(font: PDFFont, text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
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
 * quiet zone the standard requires. The modules are a vector path (sharp at any zoom and in print) in a form
 * XObject drawn in module units: each run of dark modules in a row is one integer rectangle, written as text
 * directly rather than as thousands of operator objects, which keeps a certificate to a few milliseconds.
 */
export function drawQrCode(page: PDFPage, text: string, x: number, y: number, side: number): void {
  // One byte-mode segment: a URL is bytes anyway, and it spares the library's search for an optimal split.
  const { size, data } = qrcode.create([{ data: text, mode: 'byte' }], { errorCorrectionLevel: 'M' }).modules;
  let path = '0 g\n';
  for (let row = 0; row < size; row++) {
    const y = size - 1 - row;
    let start = -1;
    for (let col = 0; col <= size; col++) {
      const dark = col < size && data[row * size + col] === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        path += `${start} ${y} ${col - start} 1 re\n`;
        start = -1;
      }
    }
  }
  path += 'f\n';
  const context = page.doc.context;
  const form = context.register(
    context.stream(path, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, size, size] }),
  );
  const name = page.node.newXObject('QR', form);
  const quiet = 4;
  const cell = side / (size + 2 * quiet);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(cell, 0, 0, cell, x + quiet * cell, y + quiet * cell),
    drawObject(name),
    popGraphicsState(),
  );
}

/**
 * The finished file. Page contents are compressed with fflate at its fastest level instead of pdf-lib's own
 * deflate: the text compresses almost as well and the certificate renders in well under half the time.
 */
export function savePdf(pdf: PDFDocument): Promise<Uint8Array> {
  const context = pdf.context;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (object instanceof PDFContentStream) {
      const compressed = zlibSync(object.getUnencodedContents(), { level: 1 });
      context.assign(ref, context.stream(compressed, { Filter: PDFName.of('FlateDecode') }));
    }
  }
  return pdf.save({ useObjectStreams: false });
}
