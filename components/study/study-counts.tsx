// What is left today on the study screen, each number with its visible label
// (New 16 · Learning 4 · Due 0), in the colours of the deck list.
import { useTranslations } from 'next-intl';
import { useFormatter } from '../use-formatter';

export function StudyCounts({ counts }: { counts: { new: number; learning: number; review: number } }) {
  const t = useTranslations('study');
  const td = useTranslations('decks');
  const format = useFormatter();
  const items = [
    { key: 'new', label: td('new'), value: counts.new, tone: 'text-sky-700 dark:text-sky-300' },
    { key: 'learning', label: td('learning'), value: counts.learning, tone: 'text-orange-700 dark:text-orange-300' },
    { key: 'review', label: td('due'), value: counts.review, tone: 'text-emerald-700 dark:text-emerald-300' },
  ];
  return (
    <div role="group" aria-label={t('remaining')}>
      <dl className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {items.map((i) => (
          <div key={i.key} className="flex items-baseline gap-1">
            <dt className="text-stone-600 dark:text-stone-400">{i.label}</dt>
            <dd className={`font-semibold tabular-nums ${i.tone}`} data-count={i.key}>{format.number(i.value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
