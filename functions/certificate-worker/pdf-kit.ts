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
 * What the two certificates share: centred and left-aligned lines of text, the QR code as a vector path (no PNG
 * encoding or decoding per certificate) and the finished file. The document set-up with its fonts
 * (adapters/pdf/document.ts) and dates (adapters/pdf/text.ts) are shared with the letters.
 */
export const A4_LANDSCAPE: [number, number] = [841.89, 595.28];

export function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number): void {
  const width = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: (page.getWidth() - width) / 2, y, size, font, color: rgb(0, 0, 0) });
}

export function left(page: PDFPage, text: string, x: number, y: number, font: PDFFont, size: number): void {
  page.drawText(text, { x, y, size, font, color: rgb(0, 0, 0) });
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
