// Finding words in a deck's word list by what a learner types: the headword itself (or a
// part of it, as they type), any inflected form (the engine finds its lemma), the start of
// a form the deck's examples use, or a Russian or English meaning. Each hit says how it
// matched, so the list can show the form that was found.
import { analyze } from '../kazakh';

export interface SearchableWord {
  headword: string;
  lemma: string;
  ru: string;
  en: string;
  /** Forms of the word in the deck's examples (интеграциясына, интеграцияның …). */
  forms: readonly string[];
}

export type WordMatch =
  | { kind: 'all' }
  | { kind: 'word' }
  | { kind: 'form'; form: string }
  | { kind: 'meaning'; lang: 'ru' | 'en' };

const fold = (s: string) => s.toLocaleLowerCase('kk').normalize('NFC').trim();

const term = (query: string) => fold(query).slice(0, 100);

/** The query as the analyser should see it, or null: empty, or a phrase (not one word form). */
export function analysableTerm(query: string): string | null {
  const q = term(query);
  return q && !/\s/.test(q) ? q : null;
}

/**
 * A matcher for one query; null from it means "not a hit". `formLemmas`: the lemmas the
 * query can be a form of, when the caller analysed analysableTerm(query) elsewhere (the
 * server does it in its engine worker, off the event loop); otherwise analysed here.
 */
export function wordMatcher(query: string, formLemmas?: readonly string[]): (word: SearchableWord) => WordMatch | null {
  const q = term(query);
  if (!q) return () => ({ kind: 'all' });
  const analysable = analysableTerm(query);
  const lemmas = new Set((formLemmas ?? (analysable ? analyze(analysable).map((a) => a.lemma) : [])).map(fold));
  return (w) => {
    if (fold(w.headword).includes(q) || fold(w.lemma).includes(q)) return { kind: 'word' };
    if (lemmas.has(fold(w.lemma))) return { kind: 'form', form: q };
    const form = w.forms.find((f) => fold(f).startsWith(q));
    if (form) return { kind: 'form', form: fold(form) };
    if (fold(w.ru).includes(q)) return { kind: 'meaning', lang: 'ru' };
    if (fold(w.en).includes(q)) return { kind: 'meaning', lang: 'en' };
    return null;
  };
}

/** Page `page` (1-based, clamped) of `items`, `size` at a time. */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, Math.floor(Number.isFinite(page) ? page : 1)), pageCount);
  return { items: items.slice((p - 1) * size, p * size), page: p, pageCount };
}
