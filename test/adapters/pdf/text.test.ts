import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../adapters/pdf/text';

/** One point per character: widths are easy to read. */
const measure = (s: string) => s.length;

describe('wrapText', () => {
  it('breaks between words, never wider than the width', () => {
    expect(wrapText('Kepala Bidang Pengembangan Pegawai', 14, measure)).toEqual([
      'Kepala Bidang',
      'Pengembangan',
      'Pegawai',
    ]);
  });

  it('cuts a word wider than a line into pieces that fit, so no text crosses the margin', () => {
    const lines = wrapText('Nama Soerjosoemarnohadiningratkusumo, S.H.', 10, measure);
    expect(lines).toEqual(['Nama', 'Soerjosoem', 'arnohadini', 'ngratkusum', 'o, S.H.']);
    expect(lines.every((line) => line.length <= 10)).toBe(true);
  });

  it('gives no line for empty text', () => {
    expect(wrapText('', 10, measure)).toEqual([]);
  });
});
