// A note's meaning in the learner's gloss language: Russian, English, or both (Russian
// first). Used by the study card and the deck's word list.
export type Gloss = 'ru' | 'en' | 'both';

/** The learner's choice, or by default the UI language (Kazakh UI → both). */
export function resolveGloss(setting: Gloss | null | undefined, locale: string): Gloss {
  return setting ?? (locale === 'ru' ? 'ru' : locale === 'en' ? 'en' : 'both');
}

export function Meaning({ ru, en, gloss, className, as = 'div' }: { ru: string; en: string; gloss: Gloss; className?: string; as?: 'div' | 'span' }) {
  const Line = as === 'div' ? 'p' : 'span';
  const Wrap = as;
  return (
    <Wrap className={className}>
      {gloss !== 'en' && ru ? <Line lang="ru" className={as === 'span' ? 'block' : undefined}>{ru}</Line> : null}
      {gloss !== 'ru' && en ? (
        <Line lang="en" className={[as === 'span' ? 'block' : '', gloss === 'both' ? 'text-stone-600 dark:text-stone-400' : ''].join(' ').trim() || undefined}>{en}</Line>
      ) : null}
    </Wrap>
  );
}
