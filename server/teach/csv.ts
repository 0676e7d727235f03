// A small RFC 4180 reader: comma-separated (or semicolons, as Excel writes in ru and kk
// locales, or tabs: detectDelimiter), fields with commas, quotes or line breaks in double
// quotes, a quote inside a quoted field doubled. Each record carries the line it starts on,
// so errors can point at it. CRLF and LF both end a record; a UTF-8 BOM is ignored. The
// writer is lib/csv (it also keeps formulas out).

export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; error: 'unterminated-quote' | 'quote-in-field' };

export type CsvDelimiter = ',' | ';' | '\t';

/** The delimiter of a file, judged by its first line (outside quotes): the most frequent of , ; and tab. */
export function detectDelimiter(input: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of input.startsWith('\uFEFF') ? input.slice(1) : input) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as CsvDelimiter]++;
  }
  return (Object.entries(counts) as [CsvDelimiter, number][]).reduce((best, cur) => (cur[1] > best[1] ? cur : best), [',', 0] as [CsvDelimiter, number])[0];
}

export function parseCsv(input: string, delimiter: CsvDelimiter = ','): CsvParse {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  let afterQuote = false;
  const endField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (fieldStarted || afterQuote) return { ok: false, line, error: 'quote-in-field' };
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (afterQuote) return { ok: false, line, error: 'quote-in-field' };
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (quoted) return { ok: false, line: recordLine, error: 'unterminated-quote' };
  if (field !== '' || fields.length > 0 || afterQuote) endRecord();
  return { ok: true, records };
}
