import {
  fillAndStroke,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingGrayscaleColor,
  setLineWidth,
  setStrokingGrayscaleColor,
  stroke,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import { encodable, wrapText } from '../shared/pdf-text';

const A4: [number, number] = [595.28, 841.89];
const BLACK = rgb(0, 0, 0);
/** Grey of a table's header row. */
const SHADE = 0.9;
const LEADING = 1.35;

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

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

/**
 * Portrait A4 pages written top to bottom with the standard fonts: wrapped text that never crosses the margins
 * (a word too long for a line is cut), labelled fields with a dotted line to write on when the value is not
 * known, and ruled tables whose rows grow with their text. A line or row that no longer fits starts a new page.
 */
export class Sheet {
  private page!: PDFPage;
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
    this.page = this.pdf.addPage(A4);
    this.y = A4[1] - this.margin;
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < this.margin) this.newPage();
  }

  lines(text: string, width: number, font: PDFFont, size: number): string[] {
    return wrapText(encodable(font, text), width, (s) => font.widthOfTextAtSize(s, size));
  }

  private draw(line: string, x: number, y: number, font: PDFFont, size: number): void {
    this.page.drawText(line, { x, y, size, font, color: BLACK });
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
    this.page.drawLine({
      start: { x, y: this.y - 2 },
      end: { x: x + width, y: this.y - 2 },
      thickness: 0.5,
      dashArray: [1, 2],
      color: BLACK,
    });
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
    this.draw(encodable(font, label), x, this.y, font, size);
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
    const lineHeight = size * LEADING;
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
      // One rectangle operator per cell in a single graphics state: a few operators a row, not ten a cell.
      this.page.pushOperators(
        pushGraphicsState(),
        setLineWidth(0.5),
        setStrokingGrayscaleColor(0),
        ...(shaded ? [setFillingGrayscaleColor(SHADE)] : []),
        ...columns.map((column, i) => rectangle(lefts[i]!, top - height, column.width, height)),
        shaded ? fillAndStroke() : stroke(),
        popGraphicsState(),
      );
      wrapped.forEach((lines, i) =>
        lines.forEach((line, n) =>
          this.draw(line, lefts[i]! + pad, top - pad - at - n * at * LEADING + 2, font, at),
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
    this.y -= lineHeight;
  }
}
