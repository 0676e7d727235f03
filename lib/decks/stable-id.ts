// Stable ids: the same lemma or sentence always gets the same id, so rebuilding a deck
// updates notes in place and learners keep their progress. FNV-1a (64-bit) is enough to
// tell a deck's few thousand keys apart and needs no crypto import in the pure core.
export function stableHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const ch of text) {
    h ^= BigInt(ch.codePointAt(0) ?? 0);
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return h.toString(36).padStart(13, '0');
}

export function wordNoteId(deckId: string, lemma: string, upos: string): string {
  return `${deckId}-w-${stableHash(`${lemma}\u0000${upos}`)}`;
}

export function sentenceNoteId(deckId: string, sentenceKey: string): string {
  return `${deckId}-s-${stableHash(sentenceKey)}`;
}

export function cardId(noteId: string, type: string): string {
  return `${noteId}-${type[0]}`;
}
