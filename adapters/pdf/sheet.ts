import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import type { Fonts } from './document';
import { wrapText } from './text';

const A4: [number, number] = [595.28, 841.89];
/** Grey of a table's header row. */
const SHADE = 0.9;
const LEADING = 1.35;

interface TextOptions {
  font?: PDFFont;
  size?: number;
  /** Space after the text, in points. */
  gap?: number;
  /** From the left margin. */
  indent?: number;
  align?: 'left' | 'center' | 'right';
}

export interface Column {
  title: string;
  /** Points; the columns of a table add up to the width between the margins. */
  width: number;
}

/** A cell of a table row: its text, or blank when undefined (a row shorter than the table is blank after it). */
export type Cell = string | undefined;

/** A coordinate as the content stream writes it: two decimals at most, so the same layout gives the same bytes. */
const n = (value: number) => String(Math.round(value * 100) / 100);

/**
 * Portrait A4 pages written top to bottom with the standard fonts: wrapped text that never crosses the margins
 * (a word too long for a line is cut), labelled fields with a dotted line to write on when the value is not
 * known, and ruled tables whose rows grow with their text. A line or row that no longer fits starts a new page.
 *
 * Each page's content is written as PDF operators in text and stored as one compressed stream when the page is
 * done (`finish` for the last): a letter with its forms has some four hundred lines and cells, and pdf-lib's
 * operator objects (about ten per drawText) took most of the time of rendering it.
 */
export class Sheet {
  private page!: PDFPage;
  private content: string[] = [];
  private readonly fontNames = new Map<PDFFont, string>();
  /** The baseline of the next line. */
  y = 0;

  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: Fonts,
    readonly margin = 56,
  ) {
    this.newPage();
  }

  get left(): number {
    return this.margin;
  }

  get width(): number {
    return A4[0] - 2 * this.margin;
  }

  newPage(): void {
    this.finish();
    this.page = this.pdf.addPage(A4);
    this.fontNames.clear();
    this.y = A4[1] - this.margin;
  }

  /** Stores what was written on the current page; call it once the last page is written. */
  finish(): void {
    if (this.content.length === 0) return;
    const context = this.pdf.context;
    this.page.node.addContentStream(context.register(context.flateStream(this.content.join('\n'))));
    this.content = [];
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < this.margin) this.newPage();
  }

  lines(text: string, width: number, font: PDFFont, size: number): string[] {
    return wrapText(text, width, (s) => font.widthOfTextAtSize(s, size));
  }

  private fontName(font: PDFFont): string {
    let name = this.fontNames.get(font);
    if (!name) {
      name = this.page.node.newFontDictionary(font.name, font.ref).toString();
      this.fontNames.set(font, name);
    }
    return name;
  }

  /** One line of text (already wrapped) with its baseline at (x, y), in black. */
  private draw(line: string, x: number, y: number, font: PDFFont, size: number): void {
    const glyphs = font.encodeText(line).toString();
    this.content.push(`BT ${this.fontName(font)} ${n(size)} Tf ${n(x)} ${n(y)} Td ${glyphs} Tj ET`);
  }

  text(text: string, options: TextOptions = {}): void {
    const font = options.font ?? this.fonts.regular;
    const size = options.size ?? 11;
    const indent = options.indent ?? 0;
    const room = this.width - indent;
    for (const line of this.lines(text, room, font, size)) {
      this.ensure(size);
      const free = room - font.widthOfTextAtSize(line, size);
      const shift = options.align === 'center' ? free / 2 : options.align === 'right' ? free : 0;
      this.draw(line, this.left + indent + shift, this.y, font, size);
      this.y -= size * LEADING;
    }
    this.y -= options.gap ?? 4;
  }

  /** A dotted line to write on, from x to x + width, just under the current baseline. */
  private blank(x: number, width: number): void {
    const y = n(this.y - 2);
    this.content.push(`q 0.5 w [1 2] 0 d ${n(x)} ${y} m ${n(x + width)} ${y} l S Q`);
  }

  /**
   * "label : value", the value wrapped beside the label; a value not known (undefined or blank) leaves a dotted
   * line to fill in by hand.
   */
  field(
    label: string,
    value: string | undefined,
    options: { indent?: number; labelWidth?: number; size?: number; gap?: number } = {},
  ): void {
    const size = options.size ?? 11;
    const font = this.fonts.regular;
    const x = this.left + (options.indent ?? 0);
    const valueX = x + (options.labelWidth ?? 100) + 10;
    const room = this.left + this.width - valueX;
    const lines = value?.trim() ? this.lines(value, room, font, size) : [];
    this.ensure(size);
    this.draw(label, x, this.y, font, size);
    this.draw(':', valueX - 8, this.y, font, size);
    if (lines.length === 0) {
      this.blank(valueX, room);
      this.y -= size * LEADING;
    }
    for (const line of lines) {
      this.ensure(size);
      this.draw(line, valueX, this.y, font, size);
      this.y -= size * LEADING;
    }
    this.y -= options.gap ?? 2;
  }

  /**
   * A ruled table: a shaded header row, then one row per entry, each at least `minLines` lines tall and taller
   * when its text wraps. Cells are written at `size` points.
   */
  table(
    columns: readonly Column[],
    rows: readonly (readonly Cell[])[],
    options: { size?: number; minLines?: number; headerSize?: number } = {},
  ): void {
    const size = options.size ?? 9;
    const pad = 3;
    const lefts = columns.map((_, i) => this.left + columns.slice(0, i).reduce((sum, c) => sum + c.width, 0));
    const cellLines = (row: readonly Cell[], font: PDFFont, at: number) =>
      columns.map((column, i) => {
        const cell = row[i];
        return cell?.trim() ? this.lines(cell, column.width - 2 * pad, font, at) : [];
      });
    const drawRow = (row: readonly Cell[], font: PDFFont, at: number, shaded: boolean, minLines: number) => {
      const wrapped = cellLines(row, font, at);
      const height = Math.max(minLines, ...wrapped.map((l) => l.length)) * at * LEADING + 2 * pad;
      this.ensure(height);
      const top = this.y + at;
      const cells = columns.map((c, i) => `${n(lefts[i]!)} ${n(top - height)} ${n(c.width)} ${n(height)} re`);
      this.content.push(`q 0.5 w ${shaded ? `${SHADE} g ` : ''}${cells.join(' ')} ${shaded ? 'B' : 'S'} Q`);
      wrapped.forEach((lines, i) =>
        lines.forEach((line, k) =>
          this.draw(line, lefts[i]! + pad, top - pad - at - k * at * LEADING + 2, font, at),
        ),
      );
      this.y -= height;
    };
    drawRow(
      columns.map((c) => c.title),
      this.fonts.bold,
      options.headerSize ?? size,
      true,
      1,
    );
    for (const row of rows) drawRow(row, this.fonts.regular, size, false, options.minLines ?? 1);
    this.y -= size * LEADING;
  }
}
