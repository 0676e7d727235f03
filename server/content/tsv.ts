// Tab-separated content files (reviewable in any editor or spreadsheet): the first line
// names the columns; each row is validated with zod and reported by file and line.
import { readFileSync } from 'node:fs';
import type { ZodType } from 'zod';

export class ContentFileError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid content files:\n${problems.slice(0, 50).join('\n')}`);
  }
}

/** A validated row and where it came from, for messages that name the file and line. */
export interface TsvRow<T> {
  file: string;
  line: number;
  value: T;
}

export function readTsvRows<T>(file: string, schema: ZodType<T>): TsvRow<T>[] {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim());
  const rows: TsvRow<T>[] = [];
  const problems: string[] = [];
  lines.slice(1).forEach((text, i) => {
    if (!text.trim()) return;
    const line = i + 2;
    const cells = text.split('\t');
    const record = Object.fromEntries(header.map((h, k) => [h, (cells[k] ?? '').trim()]));
    const parsed = schema.safeParse(record);
    if (parsed.success) rows.push({ file, line, value: parsed.data });
    else problems.push(`${file}:${line}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
  });
  if (problems.length) throw new ContentFileError(problems);
  return rows;
}

export function readTsv<T>(file: string, schema: ZodType<T>): T[] {
  return readTsvRows(file, schema).map((r) => r.value);
}
