import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { glyphsOf, type FontPack } from '../../adapters/pdf/font-pack';
import notoSansBold from '../../adapters/pdf/fonts/noto-sans-bold';
import notoSansRegular from '../../adapters/pdf/fonts/noto-sans-regular';
import { buildPack, CODE_POINTS, FACES, packModule } from '../../tools/fonts/build-font-pack';
import { PROJECT_ROOT } from '../../tools/local/paths';

const COMMITTED: Record<(typeof FACES)[number]['module'], FontPack> = {
  'noto-sans-regular': notoSansRegular,
  'noto-sans-bold': notoSansBold,
};
const packDir = join(PROJECT_ROOT, 'adapters', 'pdf', 'fonts');
const source = (file: string) =>
  fontkit.create(readFileSync(join(PROJECT_ROOT, 'node_modules', '@expo-google-fonts', 'noto-sans', file)));

describe.each(FACES)('the font pack $module', (face) => {
  const pack = COMMITTED[face.module];

  it('is what tools/fonts/build-font-pack.ts builds from the Noto Sans package (regenerate with npm run font-pack)', async () => {
    // Act
    const built = await buildPack(face);

    // Assess
    expect(readFileSync(join(packDir, `${face.module}.ts`), 'utf8')).toBe(await packModule(face, built.pack));
  });

  it('draws every character of its ranges with the outline and advance of the original font', () => {
    // Prepare
    const original = source(face.file);
    const subset = fontkit.create(inflateSync(Buffer.from(pack.ttf, 'base64')));
    const codePoints = CODE_POINTS.flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i),
    ).filter((codePoint) => original.hasGlyphForCodePoint(codePoint));

    // Act
    const differing = codePoints.filter((codePoint) => {
      const [id] = glyphsOf(pack, String.fromCodePoint(codePoint));
      const drawn = subset.getGlyph(id!);
      const expected = original.glyphForCodePoint(codePoint);
      return (
        drawn.path.toSVG() !== expected.path.toSVG() ||
        pack.widths[id!] !== Math.round((expected.advanceWidth * 1000) / original.unitsPerEm)
      );
    });

    // Assess
    expect(codePoints.length).toBeGreaterThan(800);
    expect(differing.map((c) => c.toString(16))).toEqual([]);
  });
});
