// The rows of a CSV file as notes: every row checked (issues with the line of each bad one)
// and every good one analysed by the engine. Comma-, semicolon- or tab-separated (detected),
// a header row naming the columns in any order: kk and ru or en required, pos, example_kk,
// example_ru, example_en optional. Pure CPU work on the file's text: it runs in the engine
// worker (server/engine), never on the server's event loop.
import 'server-only';
import { fromCsvCell } from '@/lib/csv';
import { MAX_CSV_ROWS } from '@/lib/decks/csv-limits';
import type { Issue, IssueField } from '@/lib/errors';
import { detectDelimiter, parseCsv } from './csv';
import { newSentenceNoteId, wordNote, type NoteContent } from './note-content';
import { MAX_GLOSS_CHARS, MAX_SENTENCE_CHARS, MAX_WORD_CHARS, UPOS_VALUES } from './schemas';

/** The columns a CSV may have (the export writes all of them, in this order). */
export const CSV_HEADER = ['kk', 'ru', 'en', 'pos', 'example_kk', 'example_ru', 'example_en'] as const;
type Column = (typeof CSV_HEADER)[number];

export type CsvNotes = { ok: true; notes: NoteContent[] } | { ok: false; issues: Issue[] };

/** Which field holds each column, or the header's problem. */
function readHeader(fields: string[]): Map<Column, number> | 'csv-header' | 'csv-header-required' {
  const at = new Map<Column, number>();
  for (const [i, raw] of fields.entries()) {
    const name = fromCsvCell(raw).trim().toLowerCase();
    if (!name && i === fields.length - 1) continue; // a trailing delimiter
    if (!(CSV_HEADER as readonly string[]).includes(name) || at.has(name as Column)) return 'csv-header';
    at.set(name as Column, i);
  }
  return at.has('kk') && (at.has('ru') || at.has('en')) ? at : 'csv-header-required';
}

export function csvNotes(deckId: string, text: string): CsvNotes {
  const csv = parseCsv(text, detectDelimiter(text));
  if (!csv.ok) return { ok: false, issues: [{ code: `csv-${csv.error}`, line: csv.line }] };
  const [header, ...rows] = csv.records;
  const columns = header ? readHeader(header.fields) : 'csv-header-required';
  if (typeof columns === 'string') return { ok: false, issues: [{ code: columns, line: header?.line ?? 1 }] };
  if (rows.length > MAX_CSV_ROWS) return { ok: false, issues: [{ code: 'csv-too-many', line: rows[MAX_CSV_ROWS]!.line, limit: MAX_CSV_ROWS }] };
  const width = header!.fields.length;

  const errors: Issue[] = [];
  const notes: NoteContent[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    // Shorter rows are fine (spreadsheets drop trailing empty cells); longer ones are not.
    if (fields.length > width && fields.slice(width).some((f) => f.trim())) {
      errors.push({ code: 'csv-columns', line });
      continue;
    }
    const get = (c: Column) => {
      const i = columns.get(c);
      return i === undefined ? '' : fromCsvCell(fields[i] ?? '').trim();
    };
    const [kk, ru, en, pos, exKk, exRu, exEn] = CSV_HEADER.map(get) as [string, string, string, string, string, string, string];
    const isSentence = pos === '' && /\s/.test(kk) && /[.!?…]$/.test(kk);
    const lengths: [IssueField, string, number][] = [
      ['kk', kk, isSentence ? MAX_SENTENCE_CHARS : MAX_WORD_CHARS], ['ru', ru, MAX_GLOSS_CHARS], ['en', en, MAX_GLOSS_CHARS],
      ['exampleKk', exKk, MAX_SENTENCE_CHARS], ['exampleRu', exRu, MAX_SENTENCE_CHARS], ['exampleEn', exEn, MAX_SENTENCE_CHARS],
    ];
    const tooLong = lengths.find(([, value, max]) => value.length > max);
    if (!kk) errors.push({ code: 'required', field: 'kk', line });
    else if (tooLong) errors.push({ code: 'too-long', field: tooLong[0], limit: tooLong[2], line });
    else if (!ru && !en) errors.push({ code: 'meaning-required', line });
    else if (pos && !(UPOS_VALUES as readonly string[]).includes(pos)) errors.push({ code: 'unknown-pos', line });
    else {
      const note: NoteContent = isSentence
        ? { id: newSentenceNoteId(deckId, kk), kind: 'sentence', kk, lemma: null, headword: null, upos: null, ru, en, examples: [], frequency: 1, sortOrder: 0 }
        : { ...wordNote(deckId, { kk, upos: pos || null, ru, en, exampleKk: exKk, exampleRu: exRu, exampleEn: exEn }), frequency: 0, sortOrder: 0 };
      const first = seen.get(note.id);
      if (first !== undefined) errors.push({ code: 'csv-duplicate', line });
      else {
        seen.set(note.id, line);
        notes.push(note);
      }
    }
  }
  return errors.length ? { ok: false, issues: errors } : { ok: true, notes };
}
