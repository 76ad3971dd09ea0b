/**
 * Names and the other text printed on letters and certificates. The regulations require the person's name,
 * position and unit, and the signer's name and position, on the training certificate (Peraturan LAN 6/2022
 * Pasal 34(1), seed 004) and on the notification letter (Perka BKN 11/2008 Anak Lampiran (5), (10), (11)); the
 * public verification page shows the same name. So that the PDF and the page always show the same text:
 *
 * - text is kept in Unicode NFC: "é" typed as e + combining acute (NFD) becomes the one character é, which the
 *   PDF's standard fonts can print (a lone combining accent would come out as "?");
 * - characters that change how text is shown without being seen are refused: bidirectional controls (a
 *   right-to-left override makes "Dewi" read as "iweD" on the page while the PDF prints it as stored),
 *   zero-width and other invisible characters (two names that look alike but differ), control characters, and
 *   code points no font has a glyph for (surrogates, private use, unassigned).
 *
 * Letters with diacritics, apostrophes, dots, commas, hyphens and spaces (degrees such as "S.Sos., M.Si.") are
 * ordinary text and stay allowed.
 */
import { decide, defineRules, violation, type Decision } from '../shared/rule';

export const NAME_RULES = /* @__PURE__ */ defineRules({
  'NAMA-KARAKTER-KENDALI': {
    article: 'Peraturan LAN 6/2022 Pasal 34(1); Perka BKN 11/2008 Anak Lampiran (5), (11)',
    summary:
      'Nama orang, instansi, program dan TUK disimpan dalam Unicode NFC dan tidak memuat pengarah teks dua arah, karakter lebar-nol/tak terlihat atau karakter kendali.',
  },
  'TEKS-KARAKTER-KENDALI': {
    article: 'Peraturan LAN 6/2022 Pasal 34(1); Perka BKN 11/2008 Anak Lampiran (5), (10)',
    summary:
      'Teks lain yang dicetak pada surat dan sertifikat (jabatan, unit kerja, tempat) disimpan dalam Unicode NFC dan tidak memuat pengarah teks dua arah, karakter lebar-nol/tak terlihat atau karakter kendali.',
  },
});

/** Which rule a text falls under: a name, or other printed text. */
export type PrintedTextKind = 'NAMA' | 'TEKS';

// Codes, not the rules: a member read at module level would keep the catalogue in bundles that never use it.
const RULE_OF: Record<PrintedTextKind, keyof typeof NAME_RULES> = {
  NAMA: 'NAMA-KARAKTER-KENDALI',
  TEKS: 'TEKS-KARAKTER-KENDALI',
};

const WHAT: Record<PrintedTextKind, string> = { NAMA: 'Nama', TEKS: 'Teks' };

type Ranges = readonly (readonly [number, number])[];

/** Whether a character lies in one of the ranges. */
const inRanges = (ranges: Ranges) => (c: string) => {
  const cp = c.codePointAt(0)!;
  return ranges.some(([from, to]) => cp >= from && cp <= to);
};

const BIDI_CONTROLS: Ranges = [
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

/** Invisible characters that are not format characters: grapheme joiner, fillers, variation selectors. */
const OTHER_INVISIBLE: Ranges = [
  [0x034f, 0x034f],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xffa0, 0xffa0],
  [0xe0100, 0xe01ef],
];

const isBidiControl = inRanges(BIDI_CONTROLS);
const isOtherInvisible = inRanges(OTHER_INVISIBLE);
const FORMAT = /^\p{Cf}$/u;
const CONTROL = /^[\p{Cc}\p{Zl}\p{Zp}]$/u;
const NO_GLYPH = /^[\p{Cs}\p{Co}\p{Cn}]$/u;

/** The kinds of forbidden character, as the message names them; the first that matches names it. */
const CLASSES: readonly { is: (c: string) => boolean; label: string }[] = [
  // Before the format characters, which include them.
  { is: isBidiControl, label: 'pengarah teks dua arah' },
  // Soft hyphen, zero-width space and joiners, word joiner, BOM, tags ...
  {
    is: (c) => FORMAT.test(c) || isOtherInvisible(c),
    label: 'karakter lebar-nol atau tak terlihat',
  },
  { is: (c) => CONTROL.test(c), label: 'karakter kendali' },
  { is: (c) => NO_GLYPH.test(c), label: 'karakter tanpa glif' },
];

/** A character a printed text must not contain: its 1-based position in the text and what it is. */
export interface ForbiddenCharacter {
  position: number;
  /** e.g. `U+202E`. */
  codePoint: string;
  label: string;
}

const codePointOf = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every forbidden character of `text`, in order; positions count characters (code points), from 1. */
export function forbiddenCharacters(text: string): ForbiddenCharacter[] {
  return [...text].flatMap((c, i) => {
    const kind = CLASSES.find(({ is }) => is(c));
    return kind ? [{ position: i + 1, codePoint: codePointOf(c), label: kind.label }] : [];
  });
}

/**
 * `text` in NFC, or a violation that names every forbidden character with its position (counted in `text` as
 * given, before normalisation, since that is the text the sender has).
 */
export function printedText(text: string, kind: PrintedTextKind, field?: string): Decision<string> {
  const found = forbiddenCharacters(text);
  const listed = found.map((f) => `${f.codePoint} (${f.label}) pada posisi ${f.position}`).join('; ');
  return decide(
    text.normalize('NFC'),
    found.length === 0
      ? []
      : [
          violation(
            NAME_RULES[RULE_OF[kind]],
            `${WHAT[kind]} tidak boleh memuat karakter kendali atau tak terlihat: ${listed}.`,
            field,
          ),
        ],
  );
}
