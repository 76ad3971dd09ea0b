import type { PDFDocument, PDFFont } from 'pdf-lib';
import {
  block,
  drawBlocks,
  drawLetterhead,
  heightOf,
  LEADING,
  signatureBlocks,
  type Block,
  type SignerLines,
} from './blocks';
import { Canvas } from './canvas';
import type { Fonts } from './document';

const A4 = [595.28, 841.89] as const;
/** Grey of a table's header row. */
const SHADE = 0.9;

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
 * Portrait A4 pages written top to bottom: the letterhead, wrapped text that never crosses the margins (a word
 * too long for a line is cut), labelled fields aligned on their colon with a dotted line to write on when the
 * value is not known, ruled tables whose rows grow with their text, and signature blocks kept whole. A line or
 * row that no longer fits starts a new page.
 */
export class Sheet {
  private canvas!: Canvas;
  /** The top of the next line. */
  y = 0;
  readonly margin: number;
  private readonly size: readonly [number, number];
  private readonly decorate: ((canvas: Canvas) => void) | undefined;

  /**
   * Pages of `size` (portrait A4 unless said) with `margin` on every side; `decorate` draws on each new page
   * before anything else (a certificate's frame).
   */
  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: Fonts,
    options: { margin?: number; size?: readonly [number, number]; decorate?: (canvas: Canvas) => void } = {},
  ) {
    this.margin = options.margin ?? 56;
    this.size = options.size ?? A4;
    this.decorate = options.decorate;
    this.newPage();
  }

  get left(): number {
    return this.margin;
  }

  get width(): number {
    return this.size[0] - 2 * this.margin;
  }

  newPage(): void {
    this.finish();
    this.canvas = new Canvas(this.pdf.addPage([this.size[0], this.size[1]]));
    this.decorate?.(this.canvas);
    this.y = this.size[1] - this.margin;
  }

  /** Stores what was written on the current page; call it once the last page is written. */
  finish(): void {
    this.canvas?.finish();
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < this.margin) this.newPage();
  }

  /** The agency's letterhead across the top of the page (./blocks.ts). */
  letterhead(gap = 14): void {
    this.y = drawLetterhead(this.canvas, this.fonts, this.left, this.y, this.width) - gap;
  }

  text(text: string, options: TextOptions = {}): void {
    const font = options.font ?? this.fonts.regular;
    const size = options.size ?? 11;
    const indent = options.indent ?? 0;
    const wrapped = block(text, font, size, this.width - indent, { align: options.align ?? 'left' });
    for (const line of wrapped.lines) {
      this.ensure(size * LEADING);
      this.y = drawBlocks(
        this.canvas,
        [{ ...wrapped, lines: [line] }],
        this.left + indent,
        this.y,
        this.width - indent,
      );
    }
    this.y -= options.gap ?? 4;
  }

  /**
   * "label : value", the colon at `labelWidth` from the label and the value wrapped beside it; a value not known
   * (undefined or blank) leaves a dotted line to fill in by hand. `width` (from the label) keeps the field to a
   * column, e.g. beside the addressee of a letter.
   */
  field(
    label: string,
    value: string | undefined,
    options: { indent?: number; labelWidth?: number; size?: number; gap?: number; width?: number } = {},
  ): void {
    const size = options.size ?? 11;
    const font = this.fonts.regular;
    const x = this.left + (options.indent ?? 0);
    const colonX = x + (options.labelWidth ?? 100);
    const valueX = colonX + 8;
    const room = (options.width === undefined ? this.left + this.width : x + options.width) - valueX;
    const lines = value?.trim() ? block(value, font, size, room).lines : [];
    this.ensure(size * LEADING);
    this.canvas.text(label, x, this.y - size, font, size);
    this.canvas.text(':', colonX, this.y - size, font, size);
    if (lines.length === 0) {
      this.canvas.line(valueX, this.y - size - 2, valueX + room, this.y - size - 2, 0.5, '[1 2] 0');
      this.y -= size * LEADING;
    }
    for (const line of lines) {
      this.ensure(size * LEADING);
      this.canvas.text(line, valueX, this.y - size, font, size);
      this.y -= size * LEADING;
    }
    this.y -= options.gap ?? 2;
  }

  /**
   * A ruled table: a shaded header row, then one row per entry, each at least `minLines` lines tall and taller
   * when its text wraps. Cells are written at `size` points. A row that does not fit starts a new page, where
   * the header row is repeated.
   */
  table(
    columns: readonly Column[],
    rows: readonly (readonly Cell[])[],
    options: {
      size?: number;
      minLines?: number;
      headerSize?: number;
      align?: readonly Block['align'][];
    } = {},
  ): void {
    const size = options.size ?? 9;
    const pad = 3;
    const lefts = columns.map((_, i) => this.left + columns.slice(0, i).reduce((sum, c) => sum + c.width, 0));
    const layout = (row: readonly Cell[], font: PDFFont, at: number, minLines: number) => {
      const cells = columns.map((column, i) =>
        block(row[i]?.trim() ?? '', font, at, column.width - 2 * pad, {
          align: options.align?.[i] ?? 'left',
        }),
      );
      return {
        cells,
        height: Math.max(minLines, ...cells.map((c) => c.lines.length)) * at * LEADING + 2 * pad,
      };
    };
    const draw = ({ cells, height }: ReturnType<typeof layout>, shaded: boolean) => {
      this.canvas.rectangles(
        columns.map((c, i) => [lefts[i]!, this.y - height, c.width, height] as const),
        shaded ? { fill: SHADE } : {},
      );
      // The em box of a line is taller than its letters: the text sits a little lower to look centred.
      cells.forEach((cell, i) =>
        drawBlocks(
          this.canvas,
          [cell],
          lefts[i]! + pad,
          this.y - pad - cell.size * 0.12,
          columns[i]!.width - 2 * pad,
        ),
      );
      this.y -= height;
    };
    const header = layout(
      columns.map((c) => c.title),
      this.fonts.bold,
      options.headerSize ?? size,
      1,
    );
    const body = rows.map((row) => layout(row, this.fonts.regular, size, options.minLines ?? 1));
    this.ensure(header.height + (body[0]?.height ?? 0));
    draw(header, true);
    for (const row of body) {
      if (this.y - row.height < this.margin) {
        this.newPage();
        draw(header, true);
      }
      draw(row, false);
    }
    this.y -= size * LEADING;
  }

  /**
   * A signature block in the right half of the page (./blocks.ts), kept on one page: moved to the next when it
   * does not fit under what is written.
   */
  signature(signer: SignerLines, options: { size?: number; gap?: number } = {}): void {
    const indent = this.width / 2;
    const blocks = signatureBlocks(this.fonts, signer, this.width - indent, options.size);
    this.ensure(heightOf(blocks));
    this.y =
      drawBlocks(this.canvas, blocks, this.left + indent, this.y, this.width - indent) - (options.gap ?? 0);
  }
}
