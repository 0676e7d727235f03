// Finds the lexicon entry for an analysed lemma: exact lemma + part of speech first, then
// the same lemma under another part of speech (the analyser and the glossary may tag a
// word like тұрақты as ADJ or ADV), preferring content entries.
import type { LexiconEntry } from './types';

const entryKey = (e: LexiconEntry) => `${e.lemma}\u0000${e.upos}`;

/**
 * Several glossaries as one, in order of authority: an entry of a later glossary is kept
 * only where no earlier one has the same lemma + part of speech, and earlier entries come
 * first, so they also win the fall-back to the lemma under another part of speech.
 */
export function mergeLexicons(...layers: readonly (readonly LexiconEntry[])[]): LexiconEntry[] {
  const seen = new Set<string>();
  const out: LexiconEntry[] = [];
  for (const layer of layers) {
    const added: string[] = [];
    for (const e of layer) {
      if (seen.has(entryKey(e))) continue;
      out.push(e);
      added.push(entryKey(e));
    }
    for (const k of added) seen.add(k);
  }
  return out;
}

export interface LexiconIndex {
  find(lemma: string, upos: string): LexiconEntry | undefined;
  multiWord(): LexiconEntry[];
}

const KIND_PREFERENCE: Record<LexiconEntry['kind'], number> = { content: 0, name: 1, abbr: 2, mwe: 3, function: 4, typo: 5 };

export function indexLexicon(entries: readonly LexiconEntry[]): LexiconIndex {
  const exact = new Map<string, LexiconEntry>();
  const byLemma = new Map<string, LexiconEntry[]>();
  for (const e of entries) {
    exact.set(entryKey(e), e);
    const key = e.lemma.toLocaleLowerCase('kk');
    const list = byLemma.get(key) ?? [];
    list.push(e);
    byLemma.set(key, list);
  }
  for (const list of byLemma.values()) list.sort((a, b) => KIND_PREFERENCE[a.kind] - KIND_PREFERENCE[b.kind]);
  return {
    find(lemma, upos) {
      const hit = exact.get(`${lemma}\u0000${upos}`);
      if (hit) return hit;
      const list = byLemma.get(lemma.toLocaleLowerCase('kk'));
      if (!list) return undefined;
      return list.find((e) => e.upos === upos) ?? list[0];
    },
    multiWord: () => entries.filter((e) => e.kind === 'mwe' && /\s/.test(e.lemma.trim())),
  };
}
