import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../functions/certificates/csv';

describe('CSV fields: a spreadsheet never runs a cell as a formula (OWASP CSV injection)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+62 812 3456', "'+62 812 3456"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tTAB', "'\tTAB"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x.test","klik")', `"'=HYPERLINK(""http://x.test"",""klik"")"`],
    ['=1,2', `"'=1,2"`],
    ['-', "'-"],
  ])(
    'text %j is neutralised with a leading apostrophe, then quoted as RFC 4180 requires: %s',
    (value, field) => {
      expect(csvField(value)).toBe(field);
    },
  );

  it.each([
    ['Pelatihan Manajemen ASN', 'Pelatihan Manajemen ASN'],
    ['Dewi Lestari, S.Sos.', '"Dewi Lestari, S.Sos."'],
    ['Pelatihan "Manajemen" ASN', '"Pelatihan ""Manajemen"" ASN"'],
    ['baris\nkedua', '"baris\nkedua"'],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ['2027-07-30', '2027-07-30'],
    ['', ''],
  ])('text %j that does not begin a formula is kept: %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it.each([
    [-8, '-8'],
    [0, '0'],
    [21, '21'],
    [1.5, '1.5'],
  ])('number %d is written as a number, a negative one too: %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes the header and one CRLF-ended line per row', () => {
    expect(
      toCsv(
        ['nama', 'jp'],
        [
          ['=cmd', -1],
          ['Dewi, S.Sos.', 21],
        ],
      ),
    ).toBe(`nama,jp\r\n'=cmd,-1\r\n"Dewi, S.Sos.",21\r\n`);
    expect(toCsv(['nama'], [])).toBe('nama\r\n');
  });
});
