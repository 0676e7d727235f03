// A teacher reopens one of their drafts, or turns a page of it: the title, counts, and one
// page each of the normaliser's changes, the vocabulary and the sentences, with the teacher's
// decisions applied. Only the pages shown are sent: a 200,000-character text has tens of
// thousands of rows, and sending them all made the page megabytes and held the server.
import 'server-only';
import { z } from 'zod';
import { glossOf, hasMeaning, selectionOf, type Gloss } from '@/lib/drafts';
import { pageOf } from '@/lib/decks';
import { db } from '../db';
import type { DraftAnalysis, DraftChange, DraftRow } from './analyse-text';
import { draftAnalysis } from './draft-analysis';
import { parseDraftState, type DraftState } from './draft-state';
import { fail, isTeacher, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export const DRAFT_ROWS_PER_PAGE = 100;

const page = z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1);
export const draftViewQuery = z.object({
  draftId: idSchema,
  changes: page,
  words: page,
  sentences: page,
  /** only the rows without a meaning */
  missing: z.boolean().catch(false).default(false),
});
export type DraftViewQuery = z.input<typeof draftViewQuery>;

export interface DraftPage<T> {
  items: T[];
  /** 1-based, clamped to the last page */
  page: number;
  pages: number;
  total: number;
  perPage: number;
}

/** A row of the vocabulary with the teacher's decisions: its meaning (theirs, else the glossary's) and whether it is selected. */
export type DraftWordRow = Omit<DraftRow, 'ru' | 'en' | 'glossed'> & { gloss: Gloss; selected: boolean };

export interface DraftSentenceRow {
  key: string;
  kk: string;
  /** present when the sentence is chosen as a sentence card */
  translation: Gloss | null;
}

/** The counts the review shows above its lists; every edit answers with them. */
export interface DraftCounts {
  words: number;
  selected: number;
  missing: number;
}

export interface DraftView {
  id: string;
  title: string;
  description: string;
  chars: number;
  ms: number;
  counts: DraftCounts;
  missingOnly: boolean;
  changes: DraftPage<DraftChange>;
  words: DraftPage<DraftWordRow>;
  sentences: DraftPage<DraftSentenceRow>;
}

function paged<T>(items: readonly T[], at: number): DraftPage<T> {
  const p = pageOf(items, at, DRAFT_ROWS_PER_PAGE);
  return { items: p.items, page: p.page, pages: p.pageCount, total: items.length, perPage: DRAFT_ROWS_PER_PAGE };
}

export function countsOf(analysis: DraftAnalysis, state: DraftState, selected = selectionOf(state, analysis.rows)): DraftCounts {
  return {
    words: analysis.rows.length,
    selected: analysis.rows.filter((r) => selected.has(r.key)).length,
    missing: analysis.rows.filter((r) => !hasMeaning(glossOf(state, r))).length,
  };
}

export async function getDraftView(actor: Actor | null, raw: unknown): Promise<TeachResult<DraftView>> {
  if (!isTeacher(actor)) return fail('not-found');
  const q = draftViewQuery.safeParse(raw);
  if (!q.success) return fail('not-found');
  const draft = await db.deckDraft.findFirst({ where: { id: q.data.draftId, ownerId: actor.id }, select: { id: true, title: true, text: true, state: true } });
  if (!draft) return fail('not-found');
  const state = parseDraftState(draft.state);
  const analysis = await draftAnalysis(draft, state.rejected);
  const selected = selectionOf(state, analysis.rows);
  const rows = q.data.missing ? analysis.rows.filter((r) => !hasMeaning(glossOf(state, r))) : analysis.rows;
  const words = paged(rows, q.data.words);
  return ok({
    id: draft.id,
    title: draft.title,
    description: state.description,
    chars: analysis.chars,
    ms: analysis.ms,
    counts: countsOf(analysis, state, selected),
    missingOnly: q.data.missing,
    changes: paged(analysis.changes, q.data.changes),
    words: {
      ...words,
      items: words.items.map((r) => ({ key: r.key, lemma: r.lemma, headword: r.headword, upos: r.upos, count: r.count, forms: r.forms, example: r.example, gloss: glossOf(state, r), selected: selected.has(r.key) })),
    },
    sentences: (() => {
      const s = paged(analysis.sentences, q.data.sentences);
      return { ...s, items: s.items.map((x) => ({ key: x.key, kk: x.kk, translation: state.sentences[x.key] ?? null })) };
    })(),
  });
}
