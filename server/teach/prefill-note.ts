// What the engine knows about a word a teacher is typing: lemma, headword, part of speech,
// the build of the form and, when the glossary has the word, its glosses.
import 'server-only';
import { z } from 'zod';
import type { Segment } from '@/lib/kazakh';
import { runInEngine } from '../engine/engine';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';

export const prefillNoteInput = z.object({ kk: z.string().trim().min(1).max(200) });

export interface NotePrefill {
  lemma: string;
  headword: string;
  upos: string;
  segments: Segment[];
  ru: string;
  en: string;
  inGlossary: boolean;
}

export async function prefillNote(actor: Actor | null, raw: unknown): Promise<TeachResult<NotePrefill>> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = prefillNoteInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const { analysis: a, entry } = await runInEngine('prefill', { kk: parsed.data.kk });
  return ok({
    lemma: a.lemma,
    headword: entry?.headword || a.headword,
    upos: entry && entry.kind !== 'mwe' ? entry.upos : a.upos,
    segments: a.segments,
    ru: entry?.ru ?? '',
    en: entry?.en ?? '',
    inGlossary: !!entry,
  });
}
