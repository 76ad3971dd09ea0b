/** Cuts a word wider than `width` into pieces that fit, so no unbroken text runs past a margin. */
function fitWord(word: string, width: number, measure: (s: string) => number): string[] {
  if (measure(word) <= width) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const c of word) {
    if (piece && measure(piece + c) > width) {
      pieces.push(piece);
      piece = c;
    } else piece += c;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * Splits text into lines no wider than `width`, measured with the font in use (for pdf-lib pages); a single word
 * wider than a line is cut.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).flatMap((w) => fitWord(w, width, measure))) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** "20 Agustus 2027", without the host's locale data so the bytes never depend on it. */
export function tanggal(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${BULAN[month! - 1]} ${year}`;
}

/** "6-7 Mei 2019", "31 Juli-1 Agustus 2019", "30 Desember 2019-2 Januari 2020": a period from `start` to `end`. */
export function rentangTanggal(start: string, end: string): string {
  if (start === end) return tanggal(start);
  const [from, to] = [tanggal(start).split(' '), tanggal(end).split(' ')] as [string[], string[]];
  if (from[2] !== to[2]) return `${tanggal(start)}-${tanggal(end)}`;
  if (from[1] !== to[1]) return `${from[0]} ${from[1]}-${tanggal(end)}`;
  return `${from[0]}-${tanggal(end)}`;
}
