// The glossaries the teacher's tools pre-fill from, indexed once per process: the essay's
// (data/lexicon) and the general one (data/glossary); the essay's entry wins where both
// have the same lemma and part of speech.
import 'server-only';
import { indexLexicon, mergeLexicons, type LexiconIndex } from '@/lib/decks';
import { loadLexicon } from '../content/content-files';
import { loadGeneralGlossary } from '../content/general-glossary';

let cached: LexiconIndex | null = null;

export function glossary(): LexiconIndex {
  cached ??= indexLexicon(mergeLexicons(loadLexicon(), loadGeneralGlossary()));
  return cached;
}
