// One note as the card browser opens it: its text, meanings, comment and examples, and every
// live card of it with the learner's progress. Only for a note in a deck the learner may study
// (the browser's own query, filtered to the note); null otherwise.
import 'server-only';
import { parseExamples, type Example } from '../study/card-content';
import { store, type BrowsedCard } from '../store';
import { browseCards, browseCardsInput } from './browse-cards';

export interface NoteCards {
  note: { id: string; deckId: string; deckTitle: string; kk: string; headword: string | null; ru: string; en: string; comment: string | null; commentEn: string | null; examples: Example[] };
  cards: BrowsedCard[];
  gloss: 'ru' | 'en' | 'both' | null;
}

export async function getNoteCards(userId: string, noteId: string, now: Date): Promise<NoteCards | null> {
  const page = await browseCards(userId, browseCardsInput.parse({ note: noteId.slice(0, 200) }), now);
  const firstCard = page?.cards[0];
  if (!page || !firstCard) return null;
  const [content] = await store().study.contents([firstCard.cardId]);
  return {
    note: {
      id: firstCard.noteId, deckId: firstCard.deckId, deckTitle: firstCard.deckTitle, kk: firstCard.kk, headword: firstCard.headword,
      ru: firstCard.ru, en: firstCard.en, comment: content?.comment ?? null, commentEn: content?.commentEn ?? null,
      examples: content ? parseExamples(content.examples) : [],
    },
    cards: page.cards,
    gloss: page.gloss,
  };
}
