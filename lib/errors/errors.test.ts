import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesFromSchema } from './index';

const schema = z.object({
  title: z.string().trim().min(1).max(5),
  newCardsPerDay: z.coerce.number().int().min(0).max(500),
  timeZone: z.string().refine((v) => v === 'Asia/Almaty', 'unknown-time-zone'),
  deckId: z.string().min(1),
  ru: z.string(),
}).refine((v) => v.ru !== '', { message: 'meaning-required', path: ['ru'] });

const issues = (input: unknown) => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('parsed');
  return issuesFromSchema(r.error);
};

describe('issuesFromSchema', () => {
  it('turns bounds, refinements and hidden values into codes with details', () => {
    expect(issues({ title: ' ', newCardsPerDay: '-1', timeZone: 'Mars/Olympus', deckId: 'd', ru: 'x' })).toEqual([
      { code: 'required', field: 'title' },
      { code: 'too-small', field: 'newCardsPerDay', limit: 0 },
      { code: 'unknown-time-zone', field: 'timeZone' },
    ]);
    expect(issues({ title: 'abcdef', newCardsPerDay: '501', timeZone: 'Asia/Almaty', deckId: 'd', ru: '' })).toEqual([
      { code: 'too-long', field: 'title', limit: 5 },
      { code: 'too-big', field: 'newCardsPerDay', limit: 500 },
      { code: 'meaning-required', field: 'ru' },
    ]);
  });

  it('says "malformed", once, for values no form field shows and for shapes no form sends', () => {
    expect(issues({ title: 'a', newCardsPerDay: 1, timeZone: 'Asia/Almaty', deckId: '', ru: 'x', extra: 1 })).toEqual([{ code: 'malformed' }]);
    expect(issues('nonsense')).toEqual([{ code: 'malformed' }]);
    expect(issues({ title: 3, newCardsPerDay: 'x', timeZone: 'Asia/Almaty', ru: 'x' })).toEqual([
      { code: 'invalid', field: 'title' }, { code: 'invalid', field: 'newCardsPerDay' }, { code: 'malformed' },
    ]);
  });
});
