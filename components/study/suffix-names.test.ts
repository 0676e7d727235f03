import { describe, expect, it } from 'vitest';
import { buildEssayDeck } from '@/server/decks/essay-deck';
import { hasSuffixName, suffixName } from './suffix-names';

// Every suffix label the shipped deck shows a learner, from its examples and cloze cards.
function essayLabels(): string[] {
  const { build } = buildEssayDeck();
  const labels = new Set<string>();
  const add = (segments: { label: string | null }[] | undefined) => segments?.forEach((s) => s.label && labels.add(s.label));
  for (const n of build.notes) n.examples.forEach((e) => add(e.segments));
  for (const c of build.cards) add((c.data as { segments?: { label: string | null }[] }).segments);
  return [...labels].sort();
}

describe('suffix names', () => {
  const labels = essayLabels();

  it('exist for every label on the essay deck’s cards', () => {
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((l) => !hasSuffixName(l))).toEqual([]);
  });

  it('are written in each UI language, not as the engine’s codes', () => {
    for (const label of labels) {
      const kk = suffixName(label, 'kk');
      const ru = suffixName(label, 'ru');
      const en = suffixName(label, 'en');
      expect(kk.full, label).not.toBe(label);
      expect(kk.full, label).not.toBe(en.full);
      expect(ru.full, label).not.toBe(en.full);
      expect(kk.full, label).toMatch(/[а-яәғқңөұүһі]/i);
    }
  });

  it('name the landing page’s example in Kazakh: түбір + тәуелдік жалғау + барыс септік', () => {
    expect(suffixName('POSS.3', 'kk').full).toBe('тәуелдік жалғау, 3-жақ');
    expect(suffixName('DAT', 'kk').full).toBe('барыс септік');
    expect(suffixName('DAT', 'ru')).toEqual({ short: 'дат. п.', full: 'дательный падеж' });
    expect(suffixName('PL', 'en')).toEqual({ short: 'pl.', full: 'plural' });
  });

  it('name stacked derivations part by part and show unknown labels as they are', () => {
    expect(suffixName('DER.DAS+DER.LYQ', 'en').short).toBe('-дас + -лық');
    expect(suffixName('NEW.LABEL', 'kk')).toEqual({ short: 'NEW.LABEL', full: 'NEW.LABEL' });
  });
});
