import fontkit from '@pdf-lib/fontkit';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { format } from 'prettier';
import type { FontPack } from '../../adapters/pdf/font-pack';
import { PROJECT_ROOT } from '../local/paths';

/*
 * Builds the font packs the documents embed (adapters/pdf/fonts/): Noto Sans Regular and Bold, cut down at
 * development time to the Latin scripts names are written in, with what the runtime embedder needs beside the
 * font program (cmap, widths, metrics). fontkit (~940 KB) and the 629 KB source fonts stay devDependencies: a
 * document embeds the pack as it is, with no subsetting per document. Run after changing the code points or
 * updating the font package: `npm run font-pack`; test/tools/font-pack.test.ts fails when the committed packs
 * are not what this builds.
 */

const SOURCE = '@expo-google-fonts/noto-sans';
const FACES = [
  { file: '400Regular/NotoSans_400Regular.ttf', module: 'noto-sans-regular', weight: 400 },
  { file: '700Bold/NotoSans_700Bold.ttf', module: 'noto-sans-bold', weight: 700 },
] as const;

/**
 * Basic Latin, Latin-1, Latin Extended-A and -B, the common combining marks above and below (for a letter that
 * has no precomposed form, such as Yoruba ẹ́), Latin Extended Additional (Vietnamese ặ, ễ; transliterated Arabic
 * ḥ, ṣ; Ḿ), general punctuation (dashes, quotes, bullet, ellipsis, per mille, guillemets), €, №, ™, and U+FFFD,
 * printed for any character outside the pack (adapters/pdf/font-pack.ts). Each range kept out saves its
 * glyphs in every bundle that renders documents: the whole combining block would add 4 KB a face.
 */
export const CODE_POINTS: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x300, 0x30c],
  [0x323, 0x331],
  [0x1e00, 0x1eff],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0xfffd, 0xfffd],
];

const fontsDir = join(PROJECT_ROOT, 'adapters', 'pdf', 'fonts');
const sourceDir = join(PROJECT_ROOT, 'node_modules', ...SOURCE.split('/'));

type TtfSubset = fontkit.Subset & { glyf: Buffer[]; offset: number; _addGlyph(id: number): number };

/**
 * fontkit's subset writes a short loca table (offsets halved) whenever the glyphs fit in 64 KB, as ours do, but
 * copies odd-length glyphs unpadded: every glyph after one then starts a byte off and prints as garbage. Padding
 * each glyph to an even length (as the TrueType specification recommends) keeps the offsets exact.
 */
function padGlyphs(subset: TtfSubset): void {
  const addGlyph = subset._addGlyph.bind(subset);
  subset._addGlyph = (id) => {
    const index = addGlyph(id);
    const data = subset.glyf[index]!;
    if (data.length % 2 === 1) {
      // fontkit bundles its own Buffer class, and its writer accepts only that one.
      const padded = new (data.constructor as typeof Buffer)(data.length + 1);
      data.copy(padded);
      padded[data.length] = 0;
      subset.glyf[index] = padded;
      subset.offset += 1;
    }
    return index;
  };
}

async function encoded(subset: fontkit.Subset): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const stream = subset.encodeStream();
  stream.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  await new Promise((resolve) => stream.on('end', resolve));
  return Buffer.concat(chunks);
}

/** Six capital letters from the subset's hash: the tag a PDF puts before a subset font's name. */
const subsetTag = (ttf: Buffer) =>
  [...createHash('sha256').update(ttf).digest().subarray(0, 6)]
    .map((byte) => String.fromCharCode(65 + (byte % 26)))
    .join('');

/** The pack of one face; `ttf` is the subset font program, before it is deflated into the pack. */
export async function buildPack(face: (typeof FACES)[number]): Promise<{ pack: FontPack; ttf: Buffer }> {
  const font = fontkit.create(readFileSync(join(sourceDir, face.file)));
  const scale = 1000 / font.unitsPerEm;
  const subset = font.createSubset() as TtfSubset;
  padGlyphs(subset);
  const runs: number[] = [];
  const widths: number[] = [0];
  let last: { codePoint: number; glyph: number } | undefined;
  for (const [from, to] of CODE_POINTS) {
    for (let codePoint = from; codePoint <= to; codePoint++) {
      if (!font.hasGlyphForCodePoint(codePoint)) continue;
      const glyph = font.glyphForCodePoint(codePoint);
      const id = subset.includeGlyph(glyph);
      widths[id] = Math.round(glyph.advanceWidth * scale);
      // A run continues while code point and glyph id both go up by one.
      if (last && codePoint === last.codePoint + 1 && id === last.glyph + 1) runs[runs.length - 1]! += 1;
      else runs.push(codePoint, id, 1);
      last = { codePoint, glyph: id };
    }
  }
  const ttf = await encoded(subset);
  const name = font.postscriptName ?? face.module;
  return {
    ttf,
    pack: {
      name,
      baseFont: `${subsetTag(ttf)}+${name}`,
      weight: face.weight,
      ascent: Math.round(font.ascent * scale),
      descent: Math.round(font.descent * scale),
      capHeight: Math.round(font.capHeight * scale),
      bbox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY].map((v) =>
        Math.round(v * scale),
      ),
      runs,
      widths,
      ttfLength: ttf.length,
      ttf: deflateSync(ttf, { level: 9 }).toString('base64'),
    },
  };
}

/** The module written for a pack: the data, typed, with where it comes from. */
export async function packModule(face: (typeof FACES)[number], pack: FontPack): Promise<string> {
  const { version } = JSON.parse(readFileSync(join(sourceDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const source = [
    `// Generated by tools/fonts/build-font-pack.ts from ${SOURCE}@${version} ${face.file.split('/')[1]}`,
    '// (SIL Open Font License 1.1: ./OFL.txt, ./NOTICE.md). Do not edit: run `npm run font-pack`.',
    '// A FontPack (../font-pack.ts).',
    `export default ${JSON.stringify(pack)};`,
  ].join('\n');
  return format(source, { parser: 'typescript', printWidth: 110, singleQuote: true, trailingComma: 'all' });
}

export { FACES };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const face of FACES) {
    const { pack, ttf } = await buildPack(face);
    const file = join(fontsDir, `${face.module}.ts`);
    writeFileSync(file, await packModule(face, pack));
    console.log(
      `${file}: ${pack.runs.length / 3} runs, subset ${ttf.length} B, deflated ${pack.ttf.length} B base64`,
    );
  }
  copyFileSync(join(sourceDir, 'LICENSE_FONT'), join(fontsDir, 'OFL.txt'));
}
