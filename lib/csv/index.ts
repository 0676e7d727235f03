// CSV that Jatta writes (deck exports, a class's students): RFC 4180 quoting, CRLF line
// ends, and no cell a spreadsheet program would run as a formula. A text cell that starts
// with = + - @ (or their full-width forms), a tab or a carriage return gets a leading
// apostrophe, which spreadsheets show as text; the importer takes it off again, so an
// exported deck imports unchanged. Numbers are written as they are.

// A text that already starts with apostrophes before such a character gets one more, so that
// reading it back is exact.
const FORMULA_START = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEUTRALISED = /^'(?='*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/;

export type CsvValue = string | number | null;

/** One cell as written: neutralised, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A field read back from a file Jatta wrote: without the apostrophe csvCell added. */
export function fromCsvCell(field: string): string {
  return field.replace(NEUTRALISED, '');
}
