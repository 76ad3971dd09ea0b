import { describe, expect, it } from 'vitest';
import { fileNamePart } from '../../../functions/certificates/file-names';

describe('file names people save on Windows', () => {
  it.each([
    ['Dewi Lestari, S.Sos.', 'Dewi Lestari, S.Sos.'],
    ['Sêno Ñúñez Đặng', 'Seno Nunez Dang'],
    ['Ma’ruf Amin', 'Maruf Amin'],
    ["Ma'ruf Amin", "Ma'ruf Amin"],
    ['A/B\\C:D*E?F"G<H>I|J', 'ABCDEFGHIJ'],
    ['baris\r\nkedua\ttab', 'baris kedua tab'],
    ['  ..Nama  ', 'Nama'],
    ['Øyvind Łukasz Straße', 'Oyvind Lukasz Strasse'],
    ['王', 'kosong'],
    ['', 'kosong'],
  ])('%j is written %j: ASCII, nothing Windows refuses, no leading dot', (text, part) => {
    expect(fileNamePart(text, 80, 'kosong')).toBe(part);
  });

  it.each([['CON'], ['con'], ['Aux'], ['NUL'], ['COM1'], ['lpt9'], ['PRN.Budi']])(
    'the reserved device name %s is never a file name of its own',
    (text) => {
      expect(fileNamePart(text, 80, 'x')).toBe(`_${text}`);
    },
  );

  it('a long name is cut at the limit, without a trailing space', () => {
    const name = `${'Nama '.repeat(30)}Terakhir`;
    const part = fileNamePart(name, 80, 'x');
    expect(part.length).toBeLessThanOrEqual(80);
    expect(part).toBe('Nama '.repeat(16).trimEnd());
  });

  it('only printable ASCII comes out, whatever goes in', () => {
    const everything = Array.from({ length: 0x2fff }, (_, i) => String.fromCharCode(i)).join('');
    expect(fileNamePart(everything, 10_000, 'x')).toMatch(/^[\x20-\x7e]+$/);
    expect(fileNamePart(everything, 10_000, 'x')).not.toMatch(/[<>:"/\\|?*]/);
  });
});
