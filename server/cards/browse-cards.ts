// The card browser: one page of the learner's cards across the decks they may study, filtered,
// searched (lib/decks cardSearchTerms, in the engine worker: any inflected form, Latin or a meaning) and sorted by the
// store, so the cost follows the page, not the learner's 50,000 cards.
import 'server-only';
import { z } from 'zod';
import { nextStudyDayStart, studyDayStart } from '@/lib/srs';
import { db } from '../db';
import { runInEngine } from '../engine/engine';
import { store, type BrowsedCard, type CardDueFilter, type CardSortKey, type CardStateFilter } from '../store';
import { getLearnerSettings } from '../users/learner-settings';

export const CARD_TYPES = ['recognition', 'production', 'cloze', 'sentence'] as const;
export const CARD_SORT_KEYS = ['deck', 'due', 'word', 'lapses', 'reps', 'interval'] as const satisfies readonly CardSortKey[];
export const CARD_STATE_FILTERS = ['new', 'learning', 'review', 'relearning'] as const satisfies readonly CardStateFilter[];
export const CARD_DUE_FILTERS = ['overdue', 'today', 'week'] as const satisfies readonly CardDueFilter[];
export const CARDS_PER_PAGE = 50;
const DAY_MS = 86_400_000;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === undefined ? undefined : v), schema.optional());
const yesNo = optional(z.enum(['yes', 'no']));

/** The browser's URL query; anything unknown or out of range falls back to "no filter". */
export const browseCardsInput = z.object({
  deck: optional(z.string().max(200)).catch(undefined),
  note: optional(z.string().max(200)).catch(undefined),
  type: optional(z.enum(CARD_TYPES)).catch(undefined),
  state: optional(z.enum(CARD_STATE_FILTERS)).catch(undefined),
  due: optional(z.enum(CARD_DUE_FILTERS)).catch(undefined),
  lapses: optional(z.coerce.number().int().min(1).max(1000)).catch(undefined),
  leech: yesNo.catch(undefined),
  suspended: yesNo.catch(undefined),
  q: optional(z.string().transform((s) => s.slice(0, 100))).catch(undefined),
  sort: z.enum(CARD_SORT_KEYS).catch('deck'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type BrowseCardsInput = z.infer<typeof browseCardsInput>;

export interface CardBrowserPage {
  cards: BrowsedCard[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** the learner's leeches, whatever the filters */
  leeches: number;
  decks: { id: string; title: string }[];
  gloss: 'ru' | 'en' | 'both' | null;
}

const flag = (v: 'yes' | 'no' | undefined) => (v === undefined ? null : v === 'yes');

export async function browseCards(userId: string, input: BrowseCardsInput, now: Date): Promise<CardBrowserPage | null> {
  const settings = await getLearnerSettings(db, userId);
  if (!settings) return null;
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartHour);
  const dayEnd = nextStudyDayStart(now, settings.timeZone, settings.dayStartHour);
  const query = {
    deckId: input.deck ?? null, noteId: input.note ?? null, type: input.type ?? null, state: input.state ?? null, due: input.due ?? null,
    minLapses: input.lapses ?? null, leech: flag(input.leech), suspended: flag(input.suspended),
    search: input.q ? await runInEngine('cardSearch', { q: input.q }) : null,
    sort: input.sort, desc: input.dir === 'desc', limit: CARDS_PER_PAGE,
    dayStart, dayEnd, weekEnd: new Date(dayEnd.getTime() + 6 * DAY_MS),
  };
  const cards = store().cards;
  let page = input.page;
  let found = await cards.browse(userId, { ...query, offset: (page - 1) * CARDS_PER_PAGE });
  const pageCount = Math.max(1, Math.ceil(found.total / CARDS_PER_PAGE));
  if (page > pageCount) {
    // a page past the end (cards changed since the link was made) shows the last one
    page = pageCount;
    found = await cards.browse(userId, { ...query, offset: (page - 1) * CARDS_PER_PAGE });
  }
  const [leeches, decks] = await Promise.all([cards.leeches(userId), cards.decks(userId)]);
  return { cards: found.rows, total: found.total, page, pageCount, pageSize: CARDS_PER_PAGE, leeches, decks, gloss: settings.glossLanguage };
}
