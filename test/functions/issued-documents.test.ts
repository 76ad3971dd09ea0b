import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import logo from '../../adapters/pdf/letterhead/logo';
import { FRAME } from '../../functions/certificate-worker/pdf-kit';
import { DOCUMENTS, renderSample, SHORT_NAME, wide, type DocumentName } from '../../tools/documents/samples';
import { placedText, type PlacedText } from './certificate-worker/pdf-reading';

/*
 * The four issued documents, rendered from tools/documents/samples.ts. Their fonts: embedded, so the PDF prints
 * the same everywhere, and a name with diacritics is read back by poppler as written. Their layout, at the
 * shortest and at the longest and widest input (tools/documents/samples.ts: 200-character names of W
 * and Ḿ with no space to break at, 200-character positions and titles, 60-character places): every line,
 * read back from the PDF with its position as a reader lays it out, stays inside the certificate's frame or
 * the letter's margins, no two lines overlap, and nothing of a long name is lost on the way.
 */

interface Box {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

const LETTER_MARGIN = 56;
const CERTIFICATES: readonly DocumentName[] = ['sertifikat-kompetensi', 'sertifikat-pelatihan'];

function frameOf(document: DocumentName, page: { width: number; height: number }): Box {
  if (CERTIFICATES.includes(document)) return FRAME.content;
  const m = LETTER_MARGIN;
  return { left: m, right: page.width - m, bottom: m, top: page.height - m };
}

/** The line's em box: from its descenders to a full font size above the baseline (points). */
const boxOf = (line: PlacedText): Box => ({
  left: line.x,
  right: line.x + line.width,
  bottom: line.baseline - 0.3 * line.size,
  top: line.baseline + line.size,
});

/** What two lines' letters would cover: the body of the letters, not the leading between lines. */
const inkOf = (line: PlacedText): Box => ({
  ...boxOf(line),
  bottom: line.baseline - 0.2 * line.size,
  top: line.baseline + 0.75 * line.size,
});

const outside = (line: PlacedText, frame: Box) => {
  const box = boxOf(line);
  const eps = 0.01;
  return (
    box.left < frame.left - eps ||
    box.right > frame.right + eps ||
    box.bottom < frame.bottom - eps ||
    box.top > frame.top + eps
  );
};

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom) > 0.5;

const describeLine = (page: number, line: PlacedText) =>
  `page ${page}: "${line.str.slice(0, 30)}" at (${line.x.toFixed(1)}, ${line.baseline.toFixed(1)}), ${line.width.toFixed(1)} wide, ${line.size.toFixed(1)} pt`;

const CASES = DOCUMENTS.flatMap((document) =>
  (['short', 'long'] as const).map((size) => ({ document, size })),
);

describe.each(CASES)('the $document at its $size input', ({ document, size }) => {
  it('keeps every line inside the frame (certificates) or the margins (letters)', async () => {
    // Act
    const pages = await placedText(await renderSample(document, size));

    // Assess
    const escaping = pages.flatMap((page, i) =>
      page.lines
        .filter((line) => outside(line, frameOf(document, page)))
        .map((line) => describeLine(i + 1, line)),
    );
    expect(escaping).toEqual([]);
    expect(pages.flatMap((p) => p.lines).length).toBeGreaterThan(15);
  });

  it('draws no line over another', async () => {
    // Act
    const pages = await placedText(await renderSample(document, size));

    // Assess
    const overlapping = pages.flatMap((page, i) =>
      page.lines.flatMap((a, k) =>
        page.lines
          .slice(k + 1)
          .filter((b) => overlap(inkOf(a), inkOf(b)))
          .map((b) => `${describeLine(i + 1, a)} × ${describeLine(i + 1, b)}`),
      ),
    );
    expect(overlapping).toEqual([]);
  });
});

describe.each(DOCUMENTS)('the %s at its longest input', (document) => {
  it('prints the whole 200-character name, wrapped or cut where no space allows a break', async () => {
    // Act
    const pages = await placedText(await renderSample(document, 'long'));

    // Assess
    const text = pages
      .flatMap((p) => p.lines.map((l) => l.str))
      .join('')
      .replace(/\s+/g, '');
    expect(text).toContain(wide(200));
  });
});

describe.each(DOCUMENTS)('the %s', (document) => {
  const dir = mkdtempSync(join(tmpdir(), `${document}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const written = async () => {
    const file = join(dir, `${document}.pdf`);
    writeFileSync(file, await renderSample(document, 'short'));
    return file;
  };

  it('prints a name with diacritics as written: pdftotext (poppler) reads it back', async () => {
    // Act
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await written(), '-'], { encoding: 'utf8' });

    // Assess
    expect(text.replace(/\s+/g, ' ')).toContain(SHORT_NAME);
  });

  it("carries the letterhead's logo on its first page: the configured image with its transparency", async () => {
    // Act
    const listing = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', await written()], {
      encoding: 'utf8',
    });

    // Assess
    const images = listing
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((row) => row.trim().split(/\s+/).slice(2, 6));
    expect(images).toEqual([
      ['image', String(logo.width), String(logo.height), 'rgb'],
      ['smask', String(logo.width), String(logo.height), 'gray'],
    ]);
  });

  it('embeds every font it uses (pdffonts: Noto Sans subsets, none left to the reader)', async () => {
    // Act
    const listing = execFileSync('pdffonts', [await written()], { encoding: 'utf8' });

    // Assess
    const fonts = listing
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((row) => row.split(/\s+/));
    expect(fonts.map(([name]) => name!.split('+')[1]).sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
    // name, type (2 words), encoding, then emb, sub, uni
    expect(fonts.map((row) => row.slice(4, 7))).toEqual([
      ['yes', 'yes', 'yes'],
      ['yes', 'yes', 'yes'],
    ]);
  });
});
