import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forbiddenCharacters, printedText } from '../../../domain/identity/name';
import { codesOf, valueOf, violationsOf } from '../shared/helpers';

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

describe('NAMA-KARAKTER-KENDALI / TEKS-KARAKTER-KENDALI: printed text in NFC, without hidden characters', () => {
  it.each([
    ['José (e + combining acute)', 'Jose\u0301', 'José'],
    ['Nguyễn (two combining marks)', 'Nguye\u0302\u0303n', 'Nguyễn'],
    ['Ångström (A + ring, o + diaeresis)', 'A\u030Angstro\u0308m', 'Ångström'],
  ])('NAMA-KARAKTER-KENDALI: %s given in NFD is stored in NFC', (_case, nfd, nfc) => {
    expect(nfd).not.toBe(nfc);
    expect(valueOf(printedText(nfd, 'NAMA'))).toBe(nfc);
  });

  it.each([
    ['Dewi Lestari, S.Sos., M.Si.'],
    ['Prof. Dr. Zudan Arif Fakrulloh, S.H., M.H.'],
    ["Ni Luh Putu Ayu Ma'ruf"],
    ['I Gusti Ngurah Agung-Wirawan, S.E.Ak.'],
    ['Régine Sianturi, Dipl.-Ing.'],
    ['Siti Aisyah binti Abdullah (Kab. Pesisir Selatan)'],
    ['Pemerintah Kabupaten Bogor'],
    ['Kepala Bidang Pengembangan Pegawai / BKPSDM'],
    ['Tempat: Jl. M.T. Haryono Kav. 52–53, Jakarta'],
    ['André Müller-Sæther Øresund Ångström Çelik Ñúñez'],
    ['Dewi\u00a0Lestari (spasi tak terputus)'],
  ])('accepts %j: letters with diacritics, apostrophes, dots, commas, hyphens and degrees', (text) => {
    expect(forbiddenCharacters(text)).toEqual([]);
    expect(printedText(text, 'NAMA').ok).toBe(true);
  });

  const FORBIDDEN: readonly [string, number][] = [
    ['ARABIC LETTER MARK', 0x061c],
    ['LEFT-TO-RIGHT MARK', 0x200e],
    ['RIGHT-TO-LEFT MARK', 0x200f],
    ['LEFT-TO-RIGHT EMBEDDING', 0x202a],
    ['RIGHT-TO-LEFT EMBEDDING', 0x202b],
    ['POP DIRECTIONAL FORMATTING', 0x202c],
    ['LEFT-TO-RIGHT OVERRIDE', 0x202d],
    ['RIGHT-TO-LEFT OVERRIDE', 0x202e],
    ['LEFT-TO-RIGHT ISOLATE', 0x2066],
    ['RIGHT-TO-LEFT ISOLATE', 0x2067],
    ['FIRST STRONG ISOLATE', 0x2068],
    ['POP DIRECTIONAL ISOLATE', 0x2069],
    ['ZERO WIDTH SPACE', 0x200b],
    ['ZERO WIDTH NON-JOINER', 0x200c],
    ['ZERO WIDTH JOINER', 0x200d],
    ['WORD JOINER', 0x2060],
    ['INVISIBLE TIMES', 0x2062],
    ['ZERO WIDTH NO-BREAK SPACE (BOM)', 0xfeff],
    ['SOFT HYPHEN', 0x00ad],
    ['COMBINING GRAPHEME JOINER', 0x034f],
    ['HANGUL FILLER', 0x3164],
    ['VARIATION SELECTOR-16', 0xfe0f],
    ['TAG LATIN SMALL LETTER A', 0xe0061],
    ['NULL', 0x0000],
    ['TAB', 0x0009],
    ['LINE FEED', 0x000a],
    ['ESCAPE', 0x001b],
    ['DELETE', 0x007f],
    ['C1 NEXT LINE', 0x0085],
    ['C1 CONTROL 0x9F', 0x009f],
    ['LINE SEPARATOR', 0x2028],
    ['PARAGRAPH SEPARATOR', 0x2029],
    ['PRIVATE USE', 0xe000],
    ['UNASSIGNED', 0x0378],
  ];

  it.each(FORBIDDEN)(
    'NAMA-KARAKTER-KENDALI: refuses %s inside a name, naming its code point and position',
    (_name, cp) => {
      const text = `Dewi${String.fromCodePoint(cp)} Lestari`;
      const decision = printedText(text, 'NAMA', 'name');
      expect(codesOf(decision)).toEqual(['NAMA-KARAKTER-KENDALI']);
      const [v] = violationsOf(decision);
      expect(v!.field).toBe('name');
      expect(v!.message).toContain(`${hex(cp)} (`);
      expect(v!.message).toContain('pada posisi 5');
    },
  );

  it('refuses a lone surrogate (no character at all)', () => {
    expect(forbiddenCharacters('Dewi\ud800')).toEqual([
      { position: 5, codePoint: 'U+D800', label: 'karakter tanpa glif' },
    ]);
  });

  it('TEKS-KARAKTER-KENDALI: names every forbidden character with its position, counted in characters as given', () => {
    const text = '\u{1F600}a\u202Eb\u200Bc\u0301';
    expect(forbiddenCharacters(text)).toEqual([
      { position: 3, codePoint: 'U+202E', label: 'pengarah teks dua arah' },
      { position: 5, codePoint: 'U+200B', label: 'karakter lebar-nol atau tak terlihat' },
    ]);
    expect(violationsOf(printedText(text, 'TEKS'))).toEqual([
      {
        code: 'TEKS-KARAKTER-KENDALI',
        article: 'Peraturan LAN 6/2022 Pasal 34(1); Perka BKN 11/2008 Anak Lampiran (5), (10)',
        message:
          'Teks tidak boleh memuat karakter kendali atau tak terlihat: U+202E (pengarah teks dua arah) pada posisi 3; ' +
          'U+200B (karakter lebar-nol atau tak terlihat) pada posisi 5.',
      },
    ]);
  });

  // The Hangul fillers are letters (Lo) that show nothing: refused as invisible.
  const ordinary = fc
    .stringMatching(/^[\p{L}\p{N} .,'()\-/]*$/u)
    .filter((text) => !/[\u115F\u1160\u3164\uFFA0]/u.test(text));

  it('any text of ordinary letters, digits, spaces and punctuation passes, in NFC', () => {
    fc.assert(
      fc.property(ordinary, (text) => {
        const nfc = text.normalize('NFC');
        expect(valueOf(printedText(nfc, 'NAMA'))).toBe(nfc);
      }),
    );
  });
});
