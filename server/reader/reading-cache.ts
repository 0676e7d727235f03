// The engine's reading of a deck's text, kept per process: analysing the essay takes about
// 0.3 s (2-3 s while the engine builds its lexicon), reading it back from memory nothing.
// Keyed by deck and checked against the stored text, so an edited text is read again; a few
// decks at most, least recently read first out. A cache of derived content, per server: losing
// it costs one analysis, never correctness (docs/decisions/023).
import 'server-only';
import { readText, type Reading } from '@/lib/kazakh';

const MAX_DECKS = 16;
const cache = new Map<string, { text: string; reading: Reading }>();

export function readingOf(deckId: string, text: string): Reading {
  const hit = cache.get(deckId);
  if (hit && hit.text === text) {
    cache.delete(deckId);
    cache.set(deckId, hit);
    return hit.reading;
  }
  const reading = readText(text);
  cache.set(deckId, { text, reading });
  while (cache.size > MAX_DECKS) cache.delete(cache.keys().next().value!);
  return reading;
}
