// How far this study session has come: cards answered since the page opened, and what is
// left today, as a bar and in words.
import { useTranslations } from 'next-intl';
import { useFormatter } from '../use-formatter';

export function SessionProgress({ done, left }: { done: number; left: number }) {
  const t = useTranslations('study');
  const format = useFormatter();
  const total = done + left;
  const text = t('sessionProgress', { done: format.number(done), left: format.number(left) });
  return (
    <div className="flex items-center gap-3 text-xs text-stone-600 dark:text-stone-400">
      <progress
        className="h-1.5 flex-1 overflow-hidden rounded-full bg-stone-200 accent-teal-700 dark:bg-stone-800 [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-teal-700 dark:[&::-webkit-progress-bar]:bg-stone-800 dark:[&::-webkit-progress-value]:bg-teal-400"
        value={done}
        max={Math.max(total, 1)}
        aria-label={t('sessionProgressLabel')}
        aria-valuetext={text}
      />
      <span data-testid="session-progress" className="tabular-nums">{text}</span>
    </div>
  );
}
