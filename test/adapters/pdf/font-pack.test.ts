import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newDocument } from '../../../adapters/pdf/document';
import { glyphsOf, REPLACEMENT_CHARACTER } from '../../../adapters/pdf/font-pack';
import regular from '../../../adapters/pdf/fonts/noto-sans-regular';

const NAME = 'Dr. Ñoño Đặng Şükrü Łukasz Ąćęłńóśźż, Ḿuḥammad Ṣāliḥ, Nguyễn Thị Ánh';
const dir = mkdtempSync(join(tmpdir(), 'font-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text `pdftotext` (poppler) reads from the page: what a reader copies or a search finds. */
async function printedAndRead(text: string): Promise<{ read: string; fonts: string }> {
  const { pdf, fonts } = await newDocument({
    title: 'Uji huruf',
    dated: new Date('2026-01-15T00:00:00+07:00'),
  });
  const page = pdf.addPage([595, 842]);
  page.drawText(text, { x: 40, y: 780, size: 12, font: fonts.regular });
  page.drawText(text.toUpperCase(), { x: 40, y: 760, size: 12, font: fonts.bold });
  const file = join(dir, 'text.pdf');
  writeFileSync(file, await pdf.save());
  return {
    read: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
    fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
  };
}

describe('the font packs (adapters/pdf/font-pack.ts)', () => {
  it('print names in Latin Extended scripts as written: pdftotext reads them back, regular and bold', async () => {
    // Act
    const { read } = await printedAndRead(NAME);

    // Assess
    expect(read.split('\n').slice(0, 2)).toEqual([NAME, NAME.toUpperCase()]);
  });

  it('are embedded as subset TrueType fonts with a Unicode map, so the PDF prints the same on every reader', async () => {
    // Act
    const { fonts } = await printedAndRead(NAME);

    // Assess
    const rows = fonts
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .sort((a, b) => a.split('+')[1]!.localeCompare(b.split('+')[1]!));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^[A-Z]{6}\+NotoSans-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\b/);
    expect(rows[1]).toMatch(/^[A-Z]{6}\+NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\b/);
  });

  it('print a character outside the pack as U+FFFD, visible on paper and when copied, never dropping it', async () => {
    // Act
    const { read } = await printedAndRead('Ārya ✓ Дмитрий 王');

    // Assess
    expect(read.split('\n')[0]).toBe(`Ārya ${REPLACEMENT_CHARACTER} ${'\uFFFD'.repeat(7)} \uFFFD`);
  });

  it('print a character outside the pack through its compatibility letters when the pack has them (ﬁ, Ａ)', () => {
    expect(glyphsOf(regular, 'ﬁ')).toEqual(glyphsOf(regular, 'fi'));
    expect(glyphsOf(regular, 'Ａ')).toEqual(glyphsOf(regular, 'A'));
  });

  it('print text written decomposed as its precomposed letters (NFC), and a mark without one after its letter', () => {
    expect(glyphsOf(regular, 'Nguye\u0302\u0303n')).toEqual(glyphsOf(regular, 'Nguyễn'));
    expect(glyphsOf(regular, 'e\u0323\u0301')).toEqual([
      ...glyphsOf(regular, 'ẹ'),
      ...glyphsOf(regular, '\u0301'),
    ]);
  });
});
