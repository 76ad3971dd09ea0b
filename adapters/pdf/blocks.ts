import type { PDFDocument, PDFFont, PDFRef } from 'pdf-lib';
import type { Canvas } from './canvas';
import type { Fonts } from './document';
import { embedLogo, LETTERHEAD } from './letterhead';
import { wrapText } from './text';

/*
 * Text laid out in blocks: a paragraph wrapped to a width (a word wider than the width is cut, so nothing runs
 * past a margin), measured before it is drawn, so a page can place what must stay together (a signature, a
 * certificate's front) and shrink it when a name or a title is very long. Shared by the letters (./sheet.ts)
 * and the certificates.
 */

/** Line height as a multiple of the font size. */
export const LEADING = 1.3;

export interface Block {
  lines: string[];
  font: PDFFont;
  size: number;
  align: 'left' | 'center' | 'right';
  /** Space before and after, in points. */
  before: number;
  after: number;
  /** 0 black to 1 white. */
  grey: number;
}

export interface BlockOptions {
  align?: Block['align'];
  before?: number;
  after?: number;
  grey?: number;
}

/** `text` wrapped to `width` at `size`. */
export function block(
  text: string,
  font: PDFFont,
  size: number,
  width: number,
  options: BlockOptions = {},
): Block {
  // Measured at the size the content stream writes (two decimals), so a line drawn is as wide as measured.
  const written = Math.round(size * 100) / 100;
  return {
    lines: wrapText(text, width, (s) => font.widthOfTextAtSize(s, written)),
    font,
    size: written,
    align: options.align ?? 'left',
    before: options.before ?? 0,
    after: options.after ?? 0,
    grey: options.grey ?? 0,
  };
}

/**
 * `text` at the largest size from `max` down to `min` (half a point at a time) that fits in `maxLines` lines of
 * `width`; at `min` however many lines it takes.
 */
export function fittedBlock(
  text: string,
  font: PDFFont,
  sizes: { max: number; min: number },
  width: number,
  maxLines: number,
  options: BlockOptions = {},
): Block {
  for (let size = sizes.max; size > sizes.min; size -= 0.5) {
    const fitted = block(text, font, size, width, options);
    if (fitted.lines.length <= maxLines) return fitted;
  }
  return block(text, font, sizes.min, width, options);
}

export const heightOf = (blocks: readonly Block[]): number =>
  blocks.reduce((sum, b) => sum + b.before + b.lines.length * b.size * LEADING + b.after, 0);

/**
 * Draws the blocks one under the other from `top` (the top of the first line's em box) between `left` and
 * `left + width`; returns where the next block would start.
 */
export function drawBlocks(
  canvas: Canvas,
  blocks: readonly Block[],
  left: number,
  top: number,
  width: number,
): number {
  let y = top;
  for (const b of blocks) {
    y -= b.before;
    for (const line of b.lines) {
      const free = width - b.font.widthOfTextAtSize(line, b.size);
      const x = left + (b.align === 'center' ? free / 2 : b.align === 'right' ? free : 0);
      canvas.text(line, x, y - b.size, b.font, b.size, b.grey);
      y -= b.size * LEADING;
    }
    y -= b.after;
  }
  return y;
}

export interface SignerLines {
  /** "Jakarta, 20 Agustus 2027" when the block carries the place and date. */
  dated?: string;
  position: string;
  /** The institution under the position, when the position does not name it. */
  institution?: string;
  name: string;
  nip?: string | undefined;
}

/**
 * A signature block: place and date, position, the space where a signature would be, name and NIP, and the
 * notice that the document is signed electronically (the letterhead's text), wrapped to `width` at `size`.
 */
export function signatureBlocks(fonts: Fonts, signer: SignerLines, width: number, size = 10.5): Block[] {
  const { regular, bold } = fonts;
  return [
    ...(signer.dated ? [block(signer.dated, regular, size, width)] : []),
    block(signer.position, regular, size, width),
    ...(signer.institution ? [block(signer.institution, regular, size, width)] : []),
    block(signer.name, bold, size, width, { before: size * 2.4 }),
    ...(signer.nip ? [block(`NIP. ${signer.nip}`, regular, size, width)] : []),
    block(LETTERHEAD.electronicSignatureNotice, regular, Math.max(6.5, size * 0.68), width, {
      before: size * 0.6,
      grey: 0.35,
    }),
  ];
}

/** The logo of the letterhead, embedded once per document. */
const logos = new WeakMap<PDFDocument, { ref: PDFRef; aspect: number }>();

function logoOf(pdf: PDFDocument): { ref: PDFRef; aspect: number } {
  let logo = logos.get(pdf);
  if (!logo) {
    logo = embedLogo(pdf);
    logos.set(pdf, logo);
  }
  return logo;
}

/** Draws the logo `height` points high with its top left corner at (x, top); returns its width. */
export function drawLogo(canvas: Canvas, x: number, top: number, height: number): number {
  const { ref, aspect } = logoOf(canvas.page.doc);
  const width = height * aspect;
  canvas.xObject(ref, [width, 0, 0, height, x, top - height]);
  return width;
}

/**
 * The letterhead of a letter (kop surat): the logo at the left, the agency, unit, address and contact line
 * centred beside it, and a double rule under them, between `left` and `left + width` from `top`; returns the
 * y under the rule.
 */
export function drawLetterhead(
  canvas: Canvas,
  fonts: Fonts,
  left: number,
  top: number,
  width: number,
): number {
  const logoHeight = 60;
  const logoWidth = drawLogo(canvas, left, top, logoHeight);
  const textLeft = left + logoWidth + 10;
  const textWidth = left + width - textLeft;
  const lines = [
    block(LETTERHEAD.agency, fonts.bold, 14, textWidth, { align: 'center' }),
    block(LETTERHEAD.unit, fonts.bold, 12, textWidth, { align: 'center', after: 2 }),
    block(LETTERHEAD.address, fonts.regular, 8.5, textWidth, { align: 'center' }),
    block(LETTERHEAD.contact, fonts.regular, 8.5, textWidth, { align: 'center' }),
  ];
  // The text is centred on the logo's height when it is shorter.
  const textHeight = heightOf(lines);
  const textTop = top - Math.max(0, (logoHeight - textHeight) / 2);
  const bottom = Math.min(top - logoHeight, drawBlocks(canvas, lines, textLeft, textTop, textWidth)) - 6;
  canvas.line(left, bottom, left + width, bottom, 2);
  canvas.line(left, bottom - 3, left + width, bottom - 3, 0.6);
  return bottom - 3;
}
