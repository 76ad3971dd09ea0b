import { describe, expect, it } from 'vitest';
import { csvField, keptAsText, toCsv } from '../../../services/exports/csv';
import { bytesOf, excelCell, openInExcel, parseStrict } from './spreadsheet';

const NIP = '198503102010011002';

describe('CSV fields: a spreadsheet never runs a cell as a formula (OWASP CSV injection)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+62 812 3456', "'+62 812 3456"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tTAB', "'\tTAB"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x.test","klik")', `"'=HYPERLINK(""http://x.test"",""klik"")"`],
    ['=1;2', `"'=1;2"`],
    ['-', "'-"],
  ])(
    'text %j is neutralised with a leading apostrophe, then quoted as RFC 4180 requires: %s',
    (value, field) => {
      expect(csvField(value)).toBe(field);
      expect(excelCell(parseStrict(`${field}\r\n`)[0]![0]!).type).toBe('text');
    },
  );

  it.each([
    ['Pelatihan Manajemen ASN', 'Pelatihan Manajemen ASN'],
    ['Dewi Lestari, S.Sos.', 'Dewi Lestari, S.Sos.'],
    ['Bidang A; Bidang B', '"Bidang A; Bidang B"'],
    ['Pelatihan "Manajemen" ASN', '"Pelatihan ""Manajemen"" ASN"'],
    ['baris\nkedua', '"baris\nkedua"'],
    ['baris\r\nkedua', '"baris\r\nkedua"'],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ['2027-07-30', '2027-07-30'],
    ['', ''],
  ])(
    'text %j that does not begin a formula is kept, quoted only when it holds ; " CR or LF: %s',
    (value, field) => {
      expect(csvField(value)).toBe(field);
    },
  );

  it.each([
    [-8, '-8'],
    [0, '0'],
    [21, '21'],
    [1.5, '1,5'],
  ])(
    'number %d is written as a number with the Indonesian decimal comma, a negative one too: %s',
    (value, field) => {
      expect(csvField(value)).toBe(field);
      expect(excelCell(field)).toStrictEqual({ type: 'number', value });
    },
  );
});

describe('identifiers kept as text: Excel does not turn a NIP into 1,98503E+17', () => {
  it('a NIP is written ="…", which Excel shows as the 18 digits themselves', () => {
    expect(csvField(keptAsText(NIP))).toBe(`"=""${NIP}"""`);
    expect(excelCell(`="${NIP}"`)).toStrictEqual({ type: 'text', value: NIP });
  });

  it('a bare NIP would be a number of 15 significant digits, its last three lost (why the protection)', () => {
    const bare = excelCell(NIP);
    expect(bare.type).toBe('number');
    expect(String(bare.value)).not.toBe(NIP);
  });

  it.each([['0401'], ['12E3'], ['3201']])(
    'an instansi code %s stays text, neither losing a leading zero nor read as 12000',
    (code) => {
      expect(excelCell(parseStrict(`${csvField(keptAsText(code))}\r\n`)[0]![0]!)).toStrictEqual({
        type: 'text',
        value: code,
      });
    },
  );

  it.each([['19850310-2010'], ['a"b'], ['1;2'], ['']])(
    'refuses %j: only letters and digits can be kept as text without ending the formula',
    (value) => {
      expect(() => keptAsText(value)).toThrow('not an identifier');
    },
  );
});

describe('the document, as Excel with Indonesian settings opens it', () => {
  const document = toCsv(
    ['nip', 'nama', 'judul', 'tanggal_selesai', 'jp'],
    [
      [
        keptAsText(NIP),
        'Sêno Ñúñez Đặng, S.Sos.',
        'Pelatihan "A"; angkatan 1\r\nbaris kedua',
        '2027-07-30',
        21,
      ],
      [keptAsText('199001152015032001'), '=cmd|"/c calc"!A0', 'Pelatihan', '2028-01-05', 3],
    ],
  );

  it('begins with the UTF-8 byte-order mark and separates fields by ; and records by CRLF', () => {
    const bytes = bytesOf(document);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(document.slice(1, document.indexOf('\r\n'))).toBe('nip;nama;judul;tanggal_selesai;jp');
    expect(document.endsWith('\r\n')).toBe(true);
  });

  it('opens with every cell as written: NIP as text, names with diacritics, quoted ; " and line break, dates as dates, JP as numbers, no formula', () => {
    const sheet = openInExcel(bytesOf(document));
    expect(sheet.header).toEqual(['nip', 'nama', 'judul', 'tanggal_selesai', 'jp']);
    expect(sheet.rows).toStrictEqual([
      {
        nip: { type: 'text', value: NIP },
        nama: { type: 'text', value: 'Sêno Ñúñez Đặng, S.Sos.' },
        judul: { type: 'text', value: 'Pelatihan "A"; angkatan 1\r\nbaris kedua' },
        tanggal_selesai: { type: 'date', value: '2027-07-30' },
        jp: { type: 'number', value: 21 },
      },
      {
        nip: { type: 'text', value: '199001152015032001' },
        nama: { type: 'text', value: `'=cmd|"/c calc"!A0` },
        judul: { type: 'text', value: 'Pelatihan' },
        tanggal_selesai: { type: 'date', value: '2028-01-05' },
        jp: { type: 'number', value: 3 },
      },
    ]);
  });

  it('a name keeps its diacritics as UTF-8 bytes (ê is C3 AA), which the mark tells Excel to read as UTF-8', () => {
    expect(
      Buffer.from(bytesOf(document)).indexOf(Buffer.from([0x53, 0xc3, 0xaa, 0x6e, 0x6f])),
    ).toBeGreaterThan(3);
  });

  it('a header alone is a file of one line', () => {
    expect(toCsv(['nama'], [])).toBe('\uFEFFnama\r\n');
  });

  it('the strict reading refuses what Excel would split wrongly: no byte-order mark, a bare quote, a record without CRLF', () => {
    expect(() => openInExcel(bytesOf('nip;nama\r\n'))).toThrow('no UTF-8 byte-order mark');
    expect(() => parseStrict('a"b;c\r\n')).toThrow('quote inside a bare field');
    expect(() => parseStrict('a;b')).toThrow('record not ended by CRLF');
    expect(() => parseStrict('"a;b\r\n')).toThrow('unterminated quoted field');
  });
});
