import qrcode from 'qrcode/lib/core/qrcode.js';
import type { PDFDocument } from 'pdf-lib';
import {
  block,
  drawBlocks,
  drawLogo,
  heightOf,
  signatureBlocks,
  type Block,
  type SignerLines,
} from '../../adapters/pdf/blocks';
import { Canvas, type Colour } from '../../adapters/pdf/canvas';
import type { Fonts } from '../../adapters/pdf/document';
import { LETTERHEAD } from '../../adapters/pdf/letterhead';

/*
 * What the two certificates share: the landscape page in its frame with the letterhead's logo, text centred
 * under it that shrinks when a name or title is long, the signature block at the bottom right, the QR code as a
 * vector path (no PNG encoding or decoding per certificate) and the finished file. The document set-up with
 * its fonts (adapters/pdf/document.ts), text blocks and signature blocks (adapters/pdf/blocks.ts) are shared
 * with the letters.
 */
export const A4_LANDSCAPE = [841.89, 595.28] as const;

/**
 * The frame: the insets of its outer and inner lines from the page edge, and the box inside the inner line that
 * every line of text, the logo and the QR code stay in.
 */
export const FRAME = {
  outer: 24,
  inner: 29,
  content: { left: 46, right: A4_LANDSCAPE[0] - 46, bottom: 42, top: A4_LANDSCAPE[1] - 40 },
};
const CONTENT_WIDTH = FRAME.content.right - FRAME.content.left;
const LOGO_HEIGHT = 48;
const SIGNATURE_WIDTH = 300;

/** The letterhead's text under the logo, at `scale`. */
function certificateHeading(fonts: Fonts, scale: number): Block[] {
  const centre = { align: 'center' } as const;
  return [
    block(LETTERHEAD.agency, fonts.bold, 16 * scale, CONTENT_WIDTH, { ...centre, before: 4 * scale }),
    block(LETTERHEAD.unit, fonts.regular, 12 * scale, CONTENT_WIDTH, centre),
    block(`${LETTERHEAD.address} · ${LETTERHEAD.contact}`, fonts.regular, 8 * scale, CONTENT_WIDTH, {
      ...centre,
      grey: 0.3,
    }),
  ];
}

/** The double frame of a certificate page, in its colour. */
export function drawFrame(canvas: Canvas, colour: Colour): void {
  const [width, height] = A4_LANDSCAPE;
  const box = (inset: number) => [inset, inset, width - 2 * inset, height - 2 * inset] as const;
  canvas.rectangles([box(FRAME.outer)], { width: 3, stroke: colour });
  canvas.rectangles([box(FRAME.inner)], { width: 0.75, stroke: colour });
}

/** Something drawn at the bottom left of a page, beside the signature: the QR code with its caption. */
export interface BottomLeft {
  height: number;
  draw(canvas: Canvas, x: number, y: number): void;
}

const QR_SIDE = 96;

/** The QR code of a document's verification page with the address beside it, for a page's bottom left. */
export function verificationCode(url: string, fonts: Fonts): BottomLeft {
  const width = 210;
  // The address breaks only after a slash (measured with a space there, drawn without), where a reader expects.
  const address = block(url.replaceAll('/', '/ '), fonts.regular, 8, width);
  const caption = [
    block('Pindai untuk verifikasi:', fonts.regular, 9, width),
    { ...address, lines: address.lines.map((line) => line.replaceAll('/ ', '/')) },
  ];
  return {
    height: QR_SIDE,
    draw(canvas, x, y) {
      drawQrCode(canvas, url, x, y, QR_SIDE);
      drawBlocks(canvas, caption, x + QR_SIDE + 6, y + (QR_SIDE + heightOf(caption)) / 2, width);
    },
  };
}

/** Scales tried, largest first, until the page's text fits above its signature block. */
const SCALES = [1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6];

/**
 * A certificate page: frame, the letterhead (logo and agency) centred at the top, the `body` blocks centred
 * under it, the signature block at the bottom right and `bottomLeft` beside it. `body(scale)` gives the blocks
 * at a scale; the page takes the largest of SCALES at which the letterhead and the body fit above the
 * signature (at the same scale) and the bottom-left part, and shares the space left above and below the body.
 */
export function certificatePage(
  pdf: PDFDocument,
  fonts: Fonts,
  options: { colour: Colour; body: (scale: number) => Block[]; signer: SignerLines; bottomLeft?: BottomLeft },
): Canvas {
  const canvas = new Canvas(pdf.addPage([...A4_LANDSCAPE]));
  drawFrame(canvas, options.colour);
  const { left, right, bottom, top } = FRAME.content;
  const layout = (scale: number) => {
    const signature = signatureBlocks(fonts, options.signer, SIGNATURE_WIDTH, 10.5 * scale);
    const footTop = bottom + Math.max(heightOf(signature), options.bottomLeft?.height ?? 0) + 8;
    const heading = certificateHeading(fonts, scale);
    const body = options.body(scale);
    const slack = top - LOGO_HEIGHT * scale - heightOf(heading) - heightOf(body) - footTop;
    return { scale, signature, heading, body, slack };
  };
  let fitting = layout(SCALES[0]!);
  for (const scale of SCALES.slice(1)) {
    if (fitting.slack >= 0) break;
    fitting = layout(scale);
  }
  const logoHeight = LOGO_HEIGHT * fitting.scale;
  drawLogo(canvas, (A4_LANDSCAPE[0] - logoHeight) / 2, top, logoHeight);
  const headingBottom = drawBlocks(canvas, fitting.heading, left, top - logoHeight, CONTENT_WIDTH);
  // A little more space above the body than below: the body reads as centred under the letterhead.
  drawBlocks(canvas, fitting.body, left, headingBottom - Math.max(0, fitting.slack) * 0.45, CONTENT_WIDTH);
  const { signature } = fitting;
  drawBlocks(canvas, signature, right - SIGNATURE_WIDTH, bottom + heightOf(signature), SIGNATURE_WIDTH);
  options.bottomLeft?.draw(canvas, left, bottom);
  return canvas;
}

/**
 * Draws the QR code of `text` with its lower-left corner at (x, y), `side` points wide including the 4-module
 * quiet zone the standard requires. The modules are a vector path (sharp at any zoom and in print) in a form
 * XObject drawn in module units: each run of dark modules in a row is one integer rectangle, written as text
 * directly rather than as thousands of operator objects, which keeps a certificate to a few milliseconds.
 */
export function drawQrCode(canvas: Canvas, text: string, x: number, y: number, side: number): void {
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
  const context = canvas.page.doc.context;
  const form = context.register(
    context.stream(path, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, size, size] }),
  );
  const quiet = 4;
  const cell = side / (size + 2 * quiet);
  canvas.xObject(form, [cell, 0, 0, cell, x + quiet * cell, y + quiet * cell]);
}
