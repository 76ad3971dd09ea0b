import { zlibSync } from 'fflate';
import { PDFName, PDFRawStream, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';

/** A coordinate as the content stream writes it: two decimals at most, so the same layout gives the same bytes. */
const n = (value: number): string => String(Math.round(value * 100) / 100);

/** An RGB colour, each component from 0 to 1. */
export type Colour = readonly [number, number, number];

/**
 * What is drawn on one page, written as PDF operators in text and stored as one compressed content stream when
 * the page is done (`finish`): a letter with its forms has some four hundred lines and cells, and pdf-lib's
 * operator objects (about ten per drawText) took most of the time of rendering it. The stream is compressed
 * with fflate at its fastest level, as the certificates' (functions/certificate-worker/pdf-kit.ts).
 */
export class Canvas {
  private content: string[] = [];
  private readonly resourceNames = new Map<PDFFont | PDFRef, string>();

  constructor(readonly page: PDFPage) {}

  get width(): number {
    return this.page.getWidth();
  }

  get height(): number {
    return this.page.getHeight();
  }

  private fontName(font: PDFFont): string {
    let name = this.resourceNames.get(font);
    if (!name) {
      name = this.page.node.newFontDictionary(font.name, font.ref).toString();
      this.resourceNames.set(font, name);
    }
    return name;
  }

  /** One line of text with its baseline at (x, y); grey from 0 (black) to 1 (white). */
  text(line: string, x: number, y: number, font: PDFFont, size: number, grey = 0): void {
    const glyphs = font.encodeText(line).toString();
    const shown = `BT ${this.fontName(font)} ${n(size)} Tf ${n(x)} ${n(y)} Td ${glyphs} Tj ET`;
    this.content.push(grey === 0 ? shown : `q ${n(grey)} g ${shown} Q`);
  }

  /** A straight line; `dash` as the PDF dash array, e.g. '[1 2] 0'. */
  line(x1: number, y1: number, x2: number, y2: number, width = 0.5, dash?: string): void {
    const style = `${n(width)} w${dash ? ` ${dash} d` : ''}`;
    this.content.push(`q ${style} ${n(x1)} ${n(y1)} m ${n(x2)} ${n(y2)} l S Q`);
  }

  /** Rectangles given as [x, y, width, height], stroked and, with `fill` (a grey), filled. */
  rectangles(
    boxes: readonly (readonly [number, number, number, number])[],
    style: { width?: number; stroke?: Colour; fill?: number } = {},
  ): void {
    const stroke = style.stroke ? `${style.stroke.map(n).join(' ')} RG ` : '';
    const fill = style.fill === undefined ? '' : `${n(style.fill)} g `;
    const paths = boxes.map((box) => `${box.map(n).join(' ')} re`).join(' ');
    this.content.push(`q ${n(style.width ?? 0.5)} w ${stroke}${fill}${paths} ${fill ? 'B' : 'S'} Q`);
  }

  /** Draws the form or image XObject `ref` through the matrix [a b c d e f] (scale and position). */
  xObject(ref: PDFRef, matrix: readonly [number, number, number, number, number, number]): void {
    let name = this.resourceNames.get(ref);
    if (!name) {
      name = this.page.node.newXObject('X', ref).toString();
      this.resourceNames.set(ref, name);
    }
    this.content.push(`q ${matrix.map(n).join(' ')} cm ${name} Do Q`);
  }

  /** Stores what was drawn; nothing drawn afterwards appears. */
  finish(): void {
    if (this.content.length === 0) return;
    const context = this.page.doc.context;
    const compressed = zlibSync(new TextEncoder().encode(this.content.join('\n')), { level: 1 });
    const stream = PDFRawStream.of(context.obj({ Filter: PDFName.of('FlateDecode') }), compressed);
    this.page.node.addContentStream(context.register(stream));
    this.content = [];
  }
}
