/** A CSV field: text, or a number the export computed itself. */
export type CsvValue = string | number;

// OWASP "CSV Injection": a spreadsheet runs a cell that begins with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field, safe to open in a spreadsheet. Text that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading apostrophe, so Excel or LibreOffice shows it as text instead of running it;
 * then a field with a comma, a quote or a line break is quoted and its quotes doubled. Numbers are written as
 * they are: a number cannot carry a formula, and a negative one must stay a number for whoever sums the column.
 */
export function csvField(value: CsvValue): string {
  const text = typeof value === 'number' ? String(value) : value.replace(FORMULA_START, "'$&");
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** An RFC 4180 document: the header, then one line per row, every line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
