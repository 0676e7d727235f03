// The engine's reading of a deck's text, kept per process: analysing the essay takes about
// 0.3 s (2-3 s while the engine builds its lexicon), and a teacher's 200,000-character text
// more than 10 s, so it runs in the engine worker (docs/decisions/017), never on the thread
// that answers requests; reading it back from memory costs nothing. Keyed by deck and checked
// against the stored text (and whether it is stored normalised: Deck.sourceNormalised), so an
// edited text is read again (./deck-cache.ts: a few decks, one analysis for readers arriving
// together; losing it costs one analysis, never correctness; docs/decisions/023).
import 'server-only';
import type { Reading } from '@/lib/kazakh';
import { runInEngine } from '../engine/engine';
import { deckCache } from './deck-cache';

const cache = deckCache<Reading>(16);

export function readingOf(deckId: string, text: string, normalised: boolean): Promise<Reading> {
  return cache(deckId, `${normalised ? 1 : 0}:${text}`, () => runInEngine('read', { text, normalised }));
}
