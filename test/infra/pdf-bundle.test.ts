import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esbuildOptions } from '../../infra/bundling';
import { LOGO_PNG } from '../../tools/letterhead/build-logo';
import { refusals, renderAll } from './fixtures/render-documents';

/*
 * The functions that render PDFs are bundled with three of pdf-lib's dependencies replaced (infra/bundling.ts):
 * its standard-font metrics, its PNG decoder and pako. A bundle built with the deployed options renders every
 * document byte for byte as the sources do, and says plainly what it left out when asked for it.
 */
describe('pdf-lib in a bundle built with the deployed esbuild options', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-bundle-'));
  let inputs: string[];
  let bundled: typeof import('./fixtures/render-documents');
  beforeAll(async () => {
    const result = await build(esbuildOptions(join(import.meta.dirname, 'fixtures', 'render-documents.ts')));
    inputs = Object.keys(result.metafile!.inputs);
    const file = join(dir, 'render-documents.mjs');
    writeFileSync(file, result.outputFiles![0]!.contents);
    bundled = (await import(pathToFileURL(file).href)) as typeof bundled;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('carries our replacements instead of the standard-font metrics, the PNG decoder and pako', () => {
    expect(
      inputs.filter((input) => /node_modules\/(@pdf-lib\/standard-fonts|@pdf-lib\/upng|pako)\//.test(input)),
    ).toEqual([]);
    expect(inputs).toEqual(
      expect.arrayContaining(['infra/standard-fonts.ts', 'infra/png-decoder.ts', 'infra/pako.ts']),
    );
  });

  it('renders every document, short and long, with the same bytes as the sources', async () => {
    // Act
    const [fromBundle, fromSources] = [await bundled.renderAll(), await renderAll()];

    // Assess
    expect(fromBundle).toHaveLength(8);
    expect(fromBundle.map((pdf) => Buffer.from(pdf))).toStrictEqual(
      fromSources.map((pdf) => Buffer.from(pdf)),
    );
  });

  it('refuses a standard font and a PNG with a message naming what to use instead', async () => {
    // Act
    const refused = await bundled.refusals(readFileSync(LOGO_PNG));

    // Assess
    expect(refused).toStrictEqual({
      standardFont:
        'The standard PDF font Helvetica is not bundled: draw text with a font pack (adapters/pdf/font-pack.ts)',
      png: 'PNG decoding is not bundled: embed images prepared at development time (adapters/pdf/image.ts)',
    });
    // The sources (tests, the local stack) still have both.
    expect(await refusals(readFileSync(LOGO_PNG))).toStrictEqual({
      standardFont: 'embedded',
      png: 'embedded',
    });
  });
});
