// What the reader derives from a deck, kept per server: one promise per deck, used while the
// deck's version (its text, its notes' stamp…) is the one it was made for, least recently used
// first out, a failed one forgotten so the next reader tries again. Readers of one deck arriving
// together wait for one promise. Losing an entry costs time, never correctness.
import 'server-only';

export function deckCache<T>(maxDecks: number) {
  const entries = new Map<string, { version: string; value: Promise<T> }>();
  return function get(deckId: string, version: string, make: () => Promise<T>): Promise<T> {
    const hit = entries.get(deckId);
    if (hit && hit.version === version) {
      entries.delete(deckId);
      entries.set(deckId, hit);
      return hit.value;
    }
    const entry = { version, value: make() };
    entry.value.catch(() => {
      if (entries.get(deckId) === entry) entries.delete(deckId);
    });
    entries.set(deckId, entry);
    while (entries.size > maxDecks) entries.delete(entries.keys().next().value!);
    return entry.value;
  };
}
