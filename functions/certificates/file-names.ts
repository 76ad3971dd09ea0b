// Characters Windows refuses in a file name, and the C0 control characters.
// eslint-disable-next-line no-control-regex
const REFUSED = /[<>:"/\\|?*\u0000-\u001f]/g;
// Latin letters that do not decompose into a base letter and a mark.
const LETTERS: Record<string, string> = {
  Đ: 'D',
  đ: 'd',
  Ø: 'O',
  ø: 'o',
  Ł: 'L',
  ł: 'l',
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe',
  Þ: 'Th',
  þ: 'th',
  ı: 'i',
};
const UNDECOMPOSED = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
// Device names Windows reserves, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;

/**
 * The start of a file name people can save on Windows and read the same in every ZIP tool; the caller appends
 * the rest and the extension, so a trailing dot (of "S.Sos.") can stay. Latin letters are written without their
 * diacritics (é → e, Đ → D), white space as one space, then anything outside printable ASCII and every character
 * Windows refuses is dropped, no leading dot or space, at most `max` characters, never a reserved device name.
 * ASCII only, because Windows Explorer before Windows 10 and older ZIP tools ignore the UTF-8 flag of an entry
 * and would show "Ã©" for "é"; the exact name is in the archive's list. `fallback` when nothing is left.
 */
export function fileNamePart(text: string, max: number, fallback: string): string {
  const part = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(UNDECOMPOSED, (letter) => LETTERS[letter]!)
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(REFUSED, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^[ .]+/, '')
    .slice(0, max)
    .trimEnd();
  if (!part) return fallback;
  return RESERVED.test(part) ? `_${part}` : part;
}
