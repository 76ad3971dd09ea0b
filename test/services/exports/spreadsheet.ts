/*
 * How a CSV file is read by Microsoft Excel with Indonesian regional settings when a person double-clicks it,
 * as far as the exports depend on it (no spreadsheet program or parser is installed here, so the rules are
 * written down and the files are parsed strictly against them):
 *  - the bytes are UTF-8 only when they begin with the byte-order mark EF BB BF;
 *  - fields are split at `;` (the locale's list separator) and records at CRLF, a quoted field may hold `;`,
 *    line breaks and doubled quotes (RFC 4180 with `;`);
 *  - a cell is then typed: ="…" shows the text between the quotes; one beginning with =, +, - or @ is a formula;
 *    digits (with a decimal comma) are a number, of which Excel keeps 15 significant digits; YYYY-MM-DD is a date;
 *    anything else is text, shown as written.
 */

export type Cell =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'date'; value: string }
  | { type: 'formula'; value: string };

/** The text of a UTF-8 CSV file with its byte-order mark; throws when the mark is missing or a byte is invalid. */
export function decodeForExcel(bytes: Uint8Array): string {
  if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) {
    throw new Error('no UTF-8 byte-order mark: Excel would read the file in the ANSI code page');
  }
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3));
}

/**
 * The records of a CSV text, strictly: fields separated by `;`, every record ended by CRLF, a field either bare
 * (no quote, `;`, CR or LF in it) or quoted (its quotes doubled). Anything else throws, with where.
 */
export function parseStrict(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`${why} at character ${i} (record ${records.length + 1})`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ';' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('quote inside a bare field');
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ';') {
      i++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2;
      records.push(record);
      record = [];
      continue;
    }
    fail(i >= text.length ? 'record not ended by CRLF' : `unexpected ${JSON.stringify(text[i])}`);
  }
  return records;
}

/** What Excel makes of one field's text. */
export function excelCell(field: string): Cell {
  const kept = /^="([^"]*)"$/.exec(field);
  if (kept) return { type: 'text', value: kept[1]! };
  if (/^[=+\-@]/.test(field) && !/^-\d+(,\d+)?$/.test(field)) return { type: 'formula', value: field };
  if (/^-?\d+(,\d+)?$/.test(field)) {
    return { type: 'number', value: Number(Number(field.replace(',', '.')).toPrecision(15)) };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(field)) return { type: 'date', value: field };
  return { type: 'text', value: field };
}

/** The sheet Excel shows for a CSV file: its header and each row as cells by column name. */
export function openInExcel(bytes: Uint8Array): { header: string[]; rows: Record<string, Cell>[] } {
  const [header, ...records] = parseStrict(decodeForExcel(bytes));
  if (!header) throw new Error('an empty file');
  return {
    header,
    rows: records.map((record) => {
      if (record.length !== header.length) {
        throw new Error(`a row of ${record.length} fields under a header of ${header.length}`);
      }
      return Object.fromEntries(header.map((name, i) => [name, excelCell(record[i]!)]));
    }),
  };
}

/** The bytes a CSV answer's string body is sent as (API Gateway sends a string body as UTF-8). */
export const bytesOf = (body: string) => new TextEncoder().encode(body);
