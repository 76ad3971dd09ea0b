import { deflateSync } from 'node:zlib';
import {
  CustomFontEmbedder,
  PDFDocument,
  PDFFont,
  PDFHexString,
  PDFInvalidObject,
  PDFRawStream,
  type PDFContext,
  type PDFRef,
} from 'pdf-lib';

/*
 * Fonts embedded from a font pack: a TrueType subset built at development time (tools/fonts/build-font-pack.ts)
 * with its cmap, widths and metrics. The document embeds the pack's font program as it is (Type0, Identity-H,
 * CIDFontType2, FontFile2 and a ToUnicode map so text can be copied and searched), with no font parser or
 * subsetter at run time; everything that does not depend on the document is prepared once per process.
 */

export interface FontPack {
  /** PostScript name, e.g. NotoSans-Regular. */
  name: string;
  /** The name the PDF gives the subset: a six-letter tag, '+', the name. */
  baseFont: string;
  /** 400 regular, 700 bold. */
  weight: number;
  /** Metrics in thousandths of an em, as PDF font descriptors give them. */
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: number[];
  /**
   * The cmap as runs of code points mapped to consecutive glyph ids: [first code point, first glyph id, length]
   * for each run, flattened.
   */
  runs: number[];
  /** Advance width of each glyph id, in thousandths of an em. */
  widths: number[];
  /** Length of the subset font program, and the program itself deflated and in base64. */
  ttfLength: number;
  ttf: string;
}

/** What every character outside the pack is printed as (its glyph is in every pack): visible, and copied as is. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

const COMBINING_MARK = /\p{M}/u;

interface Prepared {
  glyphOf: Map<number, number>;
  /** The glyph of each ASCII code (the replacement for the controls): most text is ASCII only. */
  ascii: Int32Array;
  /** Each glyph id as the four hex digits a content stream shows it as. */
  hex: string[];
  replacement: number;
  fontFile: Uint8Array;
  toUnicode: Uint8Array;
  widths: Uint8Array;
}

const prepared = new WeakMap<FontPack, Prepared>();

function hex4(value: number): string {
  return value.toString(16).padStart(4, '0');
}

/** The ToUnicode CMap: each glyph back to the character it was drawn for (the first, if several share it). */
function toUnicodeCmap(codePointOf: Map<number, number>): string {
  const pairs = [...codePointOf].map(([glyph, codePoint]) => `<${hex4(glyph)}> <${hex4(codePoint)}>`);
  const blocks: string[] = [];
  // A bfchar block holds at most 100 entries.
  for (let i = 0; i < pairs.length; i += 100) {
    const block = pairs.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar`, ...block, 'endbfchar');
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

function prepare(pack: FontPack): Prepared {
  const known = prepared.get(pack);
  if (known) return known;
  const glyphOf = new Map<number, number>();
  const codePointOf = new Map<number, number>();
  for (let i = 0; i < pack.runs.length; i += 3) {
    const [codePoint, glyph, length] = pack.runs.slice(i, i + 3) as [number, number, number];
    for (let k = 0; k < length; k++) {
      glyphOf.set(codePoint + k, glyph + k);
      if (!codePointOf.has(glyph + k)) codePointOf.set(glyph + k, codePoint + k);
    }
  }
  const replacement = glyphOf.get(REPLACEMENT_CHARACTER.codePointAt(0)!);
  if (replacement === undefined) throw new Error(`Font pack ${pack.name} has no replacement character`);
  const ascii = new Int32Array(128).map((_, code) => glyphOf.get(code) ?? replacement);
  const ready: Prepared = {
    glyphOf,
    ascii,
    hex: pack.widths.map((_, glyph) => hex4(glyph)),
    replacement,
    fontFile: Buffer.from(pack.ttf, 'base64'),
    toUnicode: deflateSync(toUnicodeCmap(codePointOf)),
    widths: Buffer.from(`[0 [${pack.widths.map((w) => w ?? 0).join(' ')}]]`),
  };
  prepared.set(pack, ready);
  return ready;
}

/** Printable ASCII, which most lines are: nothing to normalize. */
const PLAIN = /^[\x20-\x7e]*$/;

/** The glyph of a character outside the pack: its compatibility letters when the pack has them all, else U+FFFD. */
function substitute({ glyphOf, replacement }: Prepared, char: string): number[] {
  const parts = [...char.normalize('NFKD')];
  const letters = parts.filter((part) => !COMBINING_MARK.test(part));
  if (letters.length === 0 || letters.some((part) => !glyphOf.has(part.codePointAt(0)!)))
    return [replacement];
  return parts.flatMap((part) => {
    const glyph = glyphOf.get(part.codePointAt(0)!);
    return glyph === undefined ? [] : [glyph];
  });
}

/**
 * The glyphs that print `text`, in NFC. A character outside the pack is printed through its compatibility
 * decomposition when every letter of it is in the pack (ﬁ as fi, a letter with a mark the pack lacks as the
 * letter), and as U+FFFD otherwise, so a name is never silently shortened.
 */
export function glyphsOf(pack: FontPack, text: string): number[] {
  const ready = prepare(pack);
  const { ascii, glyphOf } = ready;
  const source = PLAIN.test(text) ? text : text.normalize('NFC');
  const glyphs: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x80) {
      glyphs.push(ascii[code]!);
      continue;
    }
    const codePoint = source.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    const glyph = glyphOf.get(codePoint);
    if (glyph !== undefined) glyphs.push(glyph);
    else glyphs.push(...substitute(ready, String.fromCodePoint(codePoint)));
  }
  return glyphs;
}

/**
 * pdf-lib measures and encodes text through its font embedder; this one answers from the pack. It extends
 * pdf-lib's own custom-font embedder only because PDFFont accepts no other kind.
 */
class PackEmbedder extends CustomFontEmbedder {
  constructor(private readonly pack: FontPack) {
    // The parent reads only these two of a fontkit font when constructed; nothing of it uses them afterwards.
    super({ unitsPerEm: 1000, postscriptName: pack.name } as CustomFontEmbedder['font'], new Uint8Array());
  }

  override encodeText(text: string): PDFHexString {
    const { hex } = prepare(this.pack);
    return PDFHexString.of(glyphsOf(this.pack, text).reduce((all, glyph) => all + hex[glyph]!, ''));
  }

  override widthOfTextAtSize(text: string, size: number): number {
    const { widths } = this.pack;
    return (glyphsOf(this.pack, text).reduce((sum, glyph) => sum + (widths[glyph] ?? 0), 0) * size) / 1000;
  }

  override heightOfFontAtSize(size: number, options: { descender?: boolean } = {}): number {
    const height = options.descender === false ? this.pack.ascent : this.pack.ascent - this.pack.descent;
    return (height * size) / 1000;
  }

  override sizeOfFontAtHeight(height: number): number {
    return (height * 1000) / (this.pack.ascent - this.pack.descent);
  }

  override async embedIntoContext(context: PDFContext, ref?: PDFRef): Promise<PDFRef> {
    const { pack } = this;
    const { fontFile, toUnicode, widths } = prepare(pack);
    const program = context.register(
      PDFRawStream.of(context.obj({ Filter: 'FlateDecode', Length1: pack.ttfLength }), fontFile),
    );
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: pack.baseFont,
        // Nonsymbolic: the glyphs are Latin characters.
        Flags: 32,
        FontBBox: pack.bbox,
        ItalicAngle: 0,
        Ascent: pack.ascent,
        Descent: pack.descent,
        CapHeight: pack.capHeight,
        FontWeight: pack.weight,
        StemV: pack.weight >= 700 ? 140 : 80,
        FontFile2: program,
      }),
    );
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: pack.baseFont,
        CIDToGIDMap: 'Identity',
        CIDSystemInfo: {
          Registry: PDFHexString.fromText('Adobe'),
          Ordering: PDFHexString.fromText('Identity'),
          Supplement: 0,
        },
        FontDescriptor: descriptor,
        // Prepared once: written as is.
        W: context.register(PDFInvalidObject.of(widths)),
      }),
    );
    const unicode = context.register(PDFRawStream.of(context.obj({ Filter: 'FlateDecode' }), toUnicode));
    const font = context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: pack.baseFont,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: unicode,
    });
    if (!ref) return context.register(font);
    context.assign(ref, font);
    return ref;
  }
}

/** Embeds the pack in the document: a font to draw and measure text with, as pdf-lib's own. */
export async function embedFontPack(pdf: PDFDocument, pack: FontPack): Promise<PDFFont> {
  const font = PDFFont.of(pdf.context.nextRef(), pdf, new PackEmbedder(pack));
  await font.embed();
  return font;
}
