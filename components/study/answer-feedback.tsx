'use client';
// The result of a typed answer: verdict, near misses and diagnosis (announced: the parent
// renders this inside a live region), the letter diff, and the suggested rating.
import { useTranslations } from 'next-intl';
import type { AnswerCheck } from '@/lib/answers';
import { useKazakh } from '../preferences';
import { useAnswerTexts } from './diagnosis-text';

const TONE: Record<AnswerCheck['verdict'], string> = {
  correct: 'text-emerald-800 dark:text-emerald-200',
  'near-miss': 'text-amber-900 dark:text-amber-200',
  'wrong-form': 'text-amber-900 dark:text-amber-200',
  'other-word': 'text-red-800 dark:text-red-200',
  wrong: 'text-red-800 dark:text-red-200',
  empty: 'text-red-800 dark:text-red-200',
};

export function AnswerFeedback({ check, where }: { check: AnswerCheck; where: 'word' | 'form' }) {
  const t = useTranslations('answer');
  const ts = useTranslations('study');
  const { lang } = useKazakh();
  const texts = useAnswerTexts();
  const ratingName = ts((['again', 'hard', 'good', 'easy'] as const)[check.suggestedRating - 1]!);
  return (
    <div className="flex flex-col gap-2" data-testid="answer-feedback" data-verdict={check.verdict}>
      <p className={`text-lg font-semibold ${TONE[check.verdict]}`}>{texts.verdict(check)}</p>
      {texts.lines(check, where).map((line, i) => <p key={i} className="text-stone-800 dark:text-stone-200">{line}</p>)}
      {check.verdict !== 'correct' && check.verdict !== 'empty' ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-lg">
          <dt className="text-sm leading-7 text-stone-600 dark:text-stone-400">{t('typed')}</dt>
          <dd lang={lang} className="break-words" data-testid="diff-typed">
            {check.diff.map((p, i) =>
              p.kind === 'same' ? <span key={i}>{p.typed}</span>
                : p.typed ? <del key={i} className="rounded bg-red-100 text-red-900 decoration-2 dark:bg-red-950 dark:text-red-100">{p.typed}</del>
                  : <span key={i} className="mx-px inline-block w-2 border-b-2 border-red-700 dark:border-red-300" aria-hidden="true" />,
            )}
          </dd>
          <dt className="text-sm leading-7 text-stone-600 dark:text-stone-400">{t('expected')}</dt>
          <dd lang={lang} className="break-words" data-testid="diff-expected">
            {check.diff.map((p, i) =>
              p.kind === 'same' ? <span key={i}>{p.expected}</span>
                : p.expected ? <ins key={i} className="rounded bg-emerald-100 font-semibold text-emerald-900 no-underline dark:bg-emerald-950 dark:text-emerald-100">{p.expected}</ins>
                  : null,
            )}
          </dd>
        </dl>
      ) : null}
      {/* Keys only where the keyboard help is shown too (study-session.tsx): a phone has no 1–4 keys. */}
      <p className="text-sm text-stone-700 dark:text-stone-300">
        {t('suggested', { rating: ratingName })} <span className="hidden sm:inline">{t('suggestedKeys')}</span>
        <span className="sm:hidden">{t('suggestedTap')}</span>
      </p>
    </div>
  );
}
