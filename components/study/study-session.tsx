'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { intervalParts, type Rating } from '@/lib/srs';
import { Link } from '@/i18n/navigation';
import type { StudyStep } from '@/server/study/get-study-step';
import { resolveGloss } from '../meaning';
// ux (issue 10 item 12): the app's own formatter, so Kazakh prints the same on server and client.
import { useFormatter } from '../use-formatter';
import { CardFace } from './card-face';
// ux (issue 10 items 9, 17): study-screen pieces kept in their own components.
import { LearnAheadNotice } from './learn-ahead-notice';
import { SessionProgress } from './session-progress';
import { StudyCounts } from './study-counts';

const RATINGS: { rating: Rating; key: 'again' | 'hard' | 'good' | 'easy'; tone: string }[] = [
  { rating: 1, key: 'again', tone: 'border-red-300 text-red-800 dark:border-red-800 dark:text-red-200' },
  { rating: 2, key: 'hard', tone: 'border-amber-300 text-amber-900 dark:border-amber-800 dark:text-amber-200' },
  { rating: 3, key: 'good', tone: 'border-emerald-300 text-emerald-800 dark:border-emerald-800 dark:text-emerald-200' },
  { rating: 4, key: 'easy', tone: 'border-sky-300 text-sky-800 dark:border-sky-800 dark:text-sky-200' },
];

interface PendingReview {
  id: string;
  cardId: string;
  rating: Rating;
  reviewedAt: string;
  durationMs: number;
}

export function StudySession({ deckId, initial }: { deckId: string; initial: StudyStep }) {
  const t = useTranslations('study');
  const ti = useTranslations('interval');
  const format = useFormatter();
  const locale = useLocale();
  const [step, setStep] = useState(initial);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<PendingReview | null>(null);
  const shownAt = useRef<number>(0);
  // ux: cards answered on this page (session progress), and the early card the learner chose to see.
  const [done, setDone] = useState(0);
  const [earlyOk, setEarlyOk] = useState<string | null>(null);
  const waiting = !!(step.card && step.aheadUntil && earlyOk !== step.card.cardId);
  const studyEarly = useCallback(() => setEarlyOk(step.card?.cardId ?? null), [step.card?.cardId]);
  const showButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    shownAt.current = Date.now();
    if (step.card && !waiting) showButton.current?.focus();
  }, [step.card?.cardId, step.card, waiting]);

  const gloss = resolveGloss(step.gloss, locale);

  const send = useCallback(
    async (review: PendingReview) => {
      setBusy(true);
      setFailed(null);
      try {
        const res = await fetch('/api/reviews', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(review),
        });
        if (!res.ok && res.status !== 404) throw new Error(`review ${res.status}`);
        const next = await fetch(`/api/study/${encodeURIComponent(deckId)}`, { cache: 'no-store' });
        if (!next.ok) throw new Error(`step ${next.status}`);
        setStep((await next.json()) as StudyStep);
        setRevealed(false);
        setDone((d) => d + 1);
      } catch {
        // Keep the same id: the server counts a retried review once.
        setFailed(review);
      } finally {
        setBusy(false);
      }
    },
    [deckId],
  );

  const rate = useCallback(
    (rating: Rating) => {
      if (!step.card || !revealed || busy) return;
      void send({
        id: crypto.randomUUID(),
        cardId: step.card.cardId,
        rating,
        reviewedAt: new Date().toISOString(),
        durationMs: Math.max(0, Math.min(Date.now() - shownAt.current, 24 * 3600_000)),
      });
    },
    [step.card, revealed, busy, send],
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey || waiting) return;
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (!revealed && (e.key === ' ' || e.key === 'Enter')) {
        e.preventDefault();
        setRevealed(true);
        return;
      }
      if (revealed && ['1', '2', '3', '4'].includes(e.key)) {
        e.preventDefault();
        rate(Number(e.key) as Rating);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [revealed, rate, waiting]);

  const intervalLabel = (ms: number) => {
    const { value, unit } = intervalParts(ms);
    return ti(unit, { value: format.number(value, { maximumFractionDigits: 1 }) });
  };

  if (!step.card) {
    return (
      <section className="card-surface flex flex-col items-start gap-3 p-6" aria-live="polite">
        <h1 className="text-2xl font-semibold">{t('doneTitle')}</h1>
        <p>
          {step.nextDueAt
            ? t('doneNext', { when: format.relativeTime(new Date(step.nextDueAt), new Date()) })
            : t('doneNothing')}
        </p>
        <Link href="/decks" className="btn-secondary">{t('backToDecks')}</Link>
      </section>
    );
  }

  const header = (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 text-sm">
        <h1 className="font-semibold" lang="kk">{step.deck.title}</h1>
        <StudyCounts counts={step.counts} />
      </div>
      <SessionProgress done={done} left={step.counts.new + step.counts.learning + step.counts.review} />
    </div>
  );

  // ux (issue 10 item 9): a learning card offered before it is due waits behind a notice.
  if (waiting && step.aheadUntil) {
    return (
      <div className="flex flex-col gap-4">
        {header}
        <LearnAheadNotice dueAt={step.aheadUntil} onGo={studyEarly} />
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      {header}

      <CardFace card={step.card} revealed={revealed} gloss={gloss} />

      <div className="sticky bottom-0 bg-stone-50/95 pb-3 pt-2 dark:bg-stone-950/95">
        {failed ? (
          <div role="alert" className="mb-2 flex items-center gap-3 rounded-lg bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200">
            <span>{t('submitError')}</span>
            <button type="button" className="btn-secondary py-1" onClick={() => void send(failed)} disabled={busy}>{t('retry')}</button>
          </div>
        ) : null}
        {!revealed ? (
          <button ref={showButton} type="button" className="btn-primary w-full py-4 text-lg" onClick={() => setRevealed(true)}>
            {t('show')}
          </button>
        ) : (
          <div role="group" aria-label={t('ratingsLabel')} className="grid grid-cols-4 gap-2">
            {RATINGS.map(({ rating, key, tone }) => (
              <button
                key={rating}
                type="button"
                disabled={busy}
                onClick={() => rate(rating)}
                aria-keyshortcuts={String(rating)}
                className={`btn flex-col gap-0 border-2 bg-white py-3 dark:bg-stone-900 ${tone}`}
              >
                <span className="font-semibold">{t(key)}</span>
                <span className="text-xs opacity-80">{step.intervals ? intervalLabel(step.intervals[rating]) : ''}</span>
              </button>
            ))}
          </div>
        )}
        <p className="mt-2 hidden text-center text-xs text-stone-600 sm:block dark:text-stone-400">{t('keyboardHelp')}</p>
      </div>
    </div>
  );
}
