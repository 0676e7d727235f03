// The order a note's cards are introduced in: recognition first (a learner meets a word by
// reading it), then production, then cloze; sentences have one card. Each note owns a block
// of sort positions, so a deck's new-card order is its notes' order with this order inside
// each note. Built decks and teachers' decks both take card positions from here.
import type { BuiltCardType } from './types';

export const CARD_TYPE_ORDER: readonly BuiltCardType[] = ['recognition', 'production', 'cloze', 'sentence'];

const SLOTS = CARD_TYPE_ORDER.length;

/** The sort position of a card of type `type` in the note at position `noteSortOrder`. */
export function cardSortOrder(noteSortOrder: number, type: BuiltCardType): number {
  return noteSortOrder * SLOTS + CARD_TYPE_ORDER.indexOf(type);
}
