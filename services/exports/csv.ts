/*
 * The CSV files people download (the development record, the list of certificates in an instansi's archive, the Monev report),
 * written for where they are opened: Microsoft Excel with Indonesian regional settings, by double-click.
 * docs/exports.md gives the reasons at length:
 *  - UTF-8 with a byte-order mark: without it Excel reads the file in the Windows ANSI code page, and a name
 *    with a diacritic prints garbled.
 *  - `;` between fields, the list separator of the Indonesian locale, by which Excel splits a CSV it opens (a
 *    `,` file opens as one column). No `sep=;` first line: Excel ignores the byte-order mark when there is one.
 *  - CRLF line ends; a field holding `;`, `"`, CR or LF is quoted and its quotes doubled (RFC 4180, with `;`).
 *  - An 18-digit NIP would become the number 1,98503E+17, its last digits lost (and a code such as 0401 or 12E3
 *    a number too): identifiers that must stay text are written as the formula ="…", which Excel shows as the
 *    text itself.
 *  - Numbers with the Indonesian decimal comma; dates as ISO YYYY-MM-DD, which Excel reads as a date in every
 *    locale and shows in the local form.
 */

/** An identifier Excel must keep as written (a NIP, an instansi code), not read as a number. */
export interface KeptAsText {
  kept: string;
}

/** A CSV field: text, a number the export computed itself, or an identifier kept as text. */
export type CsvValue = string | number | KeptAsText;

export const CSV_SEPARATOR = ';';
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * An identifier of letters and digits, written so that a spreadsheet keeps it as text. Anything else is refused:
 * inside the formula it could end the string and run what follows.
 */
export function keptAsText(identifier: string): KeptAsText {
  if (!/^[0-9A-Za-z]+$/.test(identifier)) throw new Error(`not an identifier: ${JSON.stringify(identifier)}`);
  return { kept: identifier };
}

// OWASP "CSV Injection": a spreadsheet runs a cell that begins with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";\r\n]/;

function fieldText(value: CsvValue): string {
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'object') return `="${value.kept}"`;
  return value.replace(FORMULA_START, "'$&");
}

/**
 * One field, safe to open in a spreadsheet. Text that begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading apostrophe, so Excel or LibreOffice shows it as text instead of running it; then a
 * field with a `;`, a quote or a line break is quoted and its quotes doubled. Numbers are written as they are,
 * with a decimal comma: a number cannot carry a formula, and a negative one must stay a number for whoever sums
 * the column.
 */
export function csvField(value: CsvValue): string {
  const text = fieldText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The document: the byte-order mark, the header, then one line per row, every line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return (
    BYTE_ORDER_MARK + [header, ...rows].map((row) => `${row.map(csvField).join(CSV_SEPARATOR)}\r\n`).join('')
  );
}

/** The Content-Type of these files: the charset tells the browser, the byte-order mark tells Excel. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** An API answer carrying a CSV file to download under `fileName`. */
export const csvAnswer = (fileName: string, body: string) => ({
  statusCode: 200,
  headers: {
    'content-type': CSV_CONTENT_TYPE,
    'content-disposition': `attachment; filename="${fileName}"`,
  },
  body,
});
