import { describe, expect, it } from 'vitest';
import { applyDraftEdits, changesAnalysis, glossOf, hasMeaning, selectionOf, type DraftChoices, type DraftFacts } from '@/lib/drafts';

const rows = [
  { key: 'мектеп|NOUN', ru: 'школа', en: 'school', glossed: true },
  { key: 'шағала|NOUN', ru: '', en: '', glossed: false },
  { key: 'бар|VERB', ru: 'идти', en: 'go', glossed: true },
];
const facts: DraftFacts = { rows, sentenceKeys: new Set(['s1', 's2']) };
const empty: DraftChoices = { rejected: [], glosses: {}, sentences: {}, description: '' };
const start = { title: 'Ауыл', choices: empty };

describe('draft choices', () => {
  it('selects the glossary\'s words until the teacher changes the selection', () => {
    expect([...selectionOf(empty, rows)]).toEqual(['мектеп|NOUN', 'бар|VERB']);
    const after = applyDraftEdits(start, [{ kind: 'select', key: 'бар|VERB', on: false }], facts);
    expect(after.choices.selected).toEqual(['мектеп|NOUN']);
    expect(applyDraftEdits(start, [{ kind: 'select-none' }], facts).choices.selected).toEqual([]);
    expect(applyDraftEdits(start, [{ kind: 'select-all' }], facts).choices.selected).toEqual(rows.map((r) => r.key));
  });

  it('a meaning typed into a row selects it and keeps the other language\'s meaning', () => {
    const after = applyDraftEdits(start, [{ kind: 'select-none' }, { kind: 'gloss', key: 'шағала|NOUN', lang: 'ru', value: 'чайка' }, { kind: 'gloss', key: 'мектеп|NOUN', lang: 'en', value: '' }], facts);
    expect(after.choices.selected).toEqual(['шағала|NOUN']);
    expect(glossOf(after.choices, rows[0]!)).toEqual({ ru: 'школа', en: '' });
    expect(glossOf(after.choices, rows[1]!)).toEqual({ ru: 'чайка', en: '' });
    expect(applyDraftEdits(after, [{ kind: 'select-glossed' }], facts).choices.selected).toEqual(['мектеп|NOUN', 'шағала|NOUN', 'бар|VERB']);
    expect(hasMeaning({ ru: ' ', en: '' })).toBe(false);
  });

  it('drops edits of rows and sentences the text does not have', () => {
    const after = applyDraftEdits(start, [{ kind: 'gloss', key: 'жоқ|NOUN', lang: 'ru', value: 'нет' }, { kind: 'select', key: 'жоқ|NOUN', on: true }, { kind: 'sentence', key: 's9', on: true }, { kind: 'translation', key: 's1', lang: 'ru', value: 'x' }], facts);
    expect(after.choices).toEqual(empty);
  });

  it('keeps sentences, their translations, the title, the description and rejected changes', () => {
    const after = applyDraftEdits(start, [
      { kind: 'sentence', key: 's1', on: true }, { kind: 'translation', key: 's1', lang: 'en', value: 'Our village.' },
      { kind: 'sentence', key: 's2', on: true }, { kind: 'sentence', key: 's2', on: false },
      { kind: 'title', value: 'Біздің ауыл' }, { kind: 'description', value: '5-сынып' },
      { kind: 'change', key: '0:1', accept: false }, { kind: 'change', key: '9:2', accept: false }, { kind: 'change', key: '9:2', accept: true },
    ], facts);
    expect(after).toEqual({ title: 'Біздің ауыл', choices: { rejected: ['0:1'], glosses: {}, sentences: { s1: { ru: '', en: 'Our village.' } }, description: '5-сынып' } });
    // Ticking a chosen sentence again keeps its translation.
    expect(applyDraftEdits(after, [{ kind: 'sentence', key: 's1', on: true }], facts).choices.sentences.s1).toEqual({ ru: '', en: 'Our village.' });
    expect(changesAnalysis([{ kind: 'title', value: 'x' }])).toBe(false);
    expect(changesAnalysis([{ kind: 'change', key: '0:1', accept: true }])).toBe(true);
    // The decisions given are not changed in place.
    expect(start.choices).toEqual(empty);
  });
});
