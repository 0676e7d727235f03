// The engine's reading of a deck's text, kept per process: analysing the essay takes about
// 0.3 s (2-3 s while the engine builds its lexicon), and a teacher's 200,000-character text
// more than 10 s, so it runs in the engine worker (docs/decisions/017), never on the thread
// that answers requests; reading it back from memory costs nothing. Keyed by deck and checked
// against the stored text (and whether it is stored normalised: Deck.sourceNormalised), so an
// edited text is read again; a few decks at most, least
// recently read first out. Readers of one deck arriving together wait for one analysis. A cache
// of derived content, per server: losing it costs one analysis, never correctness
// (docs/decisions/023).
import 'server-only';
import type { Reading } from '@/lib/kazakh';
import { runInEngine } from '../engine/engine';

const MAX_DECKS = 16;
const cache = new Map<string, { text: string; normalised: boolean; reading: Promise<Reading> }>();

export function readingOf(deckId: string, text: string, normalised: boolean): Promise<Reading> {
  const hit = cache.get(deckId);
  if (hit && hit.text === text && hit.normalised === normalised) {
    cache.delete(deckId);
    cache.set(deckId, hit);
    return hit.reading;
  }
  const entry = { text, normalised, reading: runInEngine('read', { text, normalised }) };
  // a failed analysis (the worker lost, a timeout) is not kept: the next reader tries again
  entry.reading.catch(() => {
    if (cache.get(deckId) === entry) cache.delete(deckId);
  });
  cache.set(deckId, entry);
  while (cache.size > MAX_DECKS) cache.delete(cache.keys().next().value!);
  return entry.reading;
}
