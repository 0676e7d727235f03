'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { intervalParts, type Rating } from '@/lib/srs';
import { Link } from '@/i18n/navigation';
import type { StudyStep } from '@/server/study/get-study-step';
import { resolveGloss } from '../meaning';
// The app's own formatter, so Kazakh prints the same on server and client.
import { useFormatter } from '../use-formatter';
import { CardFace } from './card-face';
import { LearnAheadNotice } from './learn-ahead-notice';
import { SessionProgress } from './session-progress';
import { StudyCounts } from './study-counts';
import { SendStatus } from './send-status';
import { useStudyLoop } from './use-study-loop';
import { Kk, usePreferences } from '../preferences';
import { TypedAnswer } from './typed-answer';
import { typedAnswerTarget } from './typed-answer-target';

const RATINGS: { rating: Rating; key: 'again' | 'hard' | 'good' | 'easy'; tone: string }[] = [
  { rating: 1, key: 'again', tone: 'border-red-300 text-red-800 dark:border-red-800 dark:text-red-200' },
  { rating: 2, key: 'hard', tone: 'border-amber-300 text-amber-900 dark:border-amber-800 dark:text-amber-200' },
  { rating: 3, key: 'good', tone: 'border-emerald-300 text-emerald-800 dark:border-emerald-800 dark:text-emerald-200' },
  { rating: 4, key: 'easy', tone: 'border-sky-300 text-sky-800 dark:border-sky-800 dark:text-sky-200' },
];

// The rating a typed answer suggests.
const SUGGESTED_RATING_CLASS = 'ring-4 ring-brand-600 ring-offset-2 dark:ring-offset-stone-950';

export function StudySession({ deckId, initial, learnerId }: { deckId: string; initial: StudyStep; learnerId: string }) {
  const t = useTranslations('study');
  const ti = useTranslations('interval');
  const ta = useTranslations('answer');
  const format = useFormatter();
  const locale = useLocale();
  const loop = useStudyLoop(deckId, initial, learnerId);
  const { card } = loop;
  const showButton = useRef<HTMLButtonElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const cardKey = card ? `${card.content.cardId}@${card.shownAt}` : null;
  // The answer shows for the card it was revealed on: a new card starts hidden.
  const [revealedFor, setRevealedFor] = useState<string | null>(null);
  const revealed = cardKey !== null && revealedFor === cardKey;
  const setRevealed = (on: boolean) => setRevealedFor(on ? cardKey : null);

  // Production and cloze cards can be answered by typing (a learner setting): the typing field
  // then takes the focus, and the check suggests a rating (1-4 still override it).
  const { answerTyping } = usePreferences();
  const typedTarget = card && answerTyping ? typedAnswerTarget(card.content) : null;
  const typing = typedTarget !== null;
  const [suggestion, setSuggestion] = useState<{ for: string; rating: Rating } | null>(null);
  const suggested = suggestion && suggestion.for === cardKey ? suggestion.rating : null;
  const suggestedButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (revealed && suggested) suggestedButton.current?.focus();
  }, [revealed, suggested]);

  // A learning card offered before it is due (nothing else left today) waits behind a notice,
  // and opens by itself when due, or now if the learner asks.
  const [earlyOk, setEarlyOk] = useState<string | null>(null);
  const waitingEarly = !!card && card.earlyBy !== null && earlyOk !== cardKey;
  const studyEarly = useCallback(() => setEarlyOk(cardKey), [cardKey]);

  // A new card: focus on "Show answer" (keys work from then on), unless the learner types.
  useEffect(() => {
    if (!cardKey || waitingEarly) return;
    if (!typing) showButton.current?.focus();
    performance.mark('jatta:card-shown');
  }, [cardKey, typing, waitingEarly]);

  // The last card answered: focus moves to "Done for today", not to the page (the focused
  // button went away with the card), so a keyboard or screen-reader user hears where they are.
  const finished = !card && !loop.waiting;
  const hadCard = useRef(false);
  useEffect(() => {
    if (!finished) hadCard.current = true;
    else if (hadCard.current) doneHeading.current?.focus();
  }, [finished]);

  const gloss = resolveGloss(initial.gloss, locale);
  // Cards answered on this page, for the session's progress.
  const [done, setDone] = useState(0);
  const { rate: rateCard } = loop;
  const rate = useCallback((rating: Rating) => {
    setDone((d) => d + 1);
    rateCard(rating);
  }, [rateCard]);

  const { undo: undoRating, canUndo } = loop;
  // A rating taken back is no longer done: the card is here again.
  const undo = useCallback(async () => {
    if (await undoRating()) setDone((d) => Math.max(0, d - 1));
  }, [undoRating]);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      // Ctrl+Z (⌘Z): take back the last rating, except in a field with text in it (the field's
      // own undo). An empty answer field (a typed card just shown) has nothing to take back.
      const target0 = e.target as HTMLElement | null;
      const inField = target0 && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target0.tagName);
      const fieldText = inField && (target0.tagName === 'SELECT' || (target0 as HTMLInputElement).value !== '');
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'z' && !fieldText && canUndo) {
        e.preventDefault();
        void undo();
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey || waitingEarly) return;
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (!card) return;
      if (!revealed && (e.key === ' ' || e.key === 'Enter')) {
        e.preventDefault();
        setRevealedFor(cardKey);
        return;
      }
      if (revealed && ['1', '2', '3', '4'].includes(e.key)) {
        e.preventDefault();
        performance.mark('jatta:rated');
        rate(Number(e.key) as Rating);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [card, cardKey, revealed, rate, undo, canUndo, waitingEarly]);

  const intervalLabel = (ms: number) => {
    const { value, unit } = intervalParts(ms);
    return ti(unit, { value: format.number(value, { maximumFractionDigits: 1 }) });
  };

  const status = (
    <>
      <SendStatus pending={loop.pending} outboxRead={loop.outboxRead} problem={loop.problem} answeredElsewhere={loop.answeredElsewhere} refused={loop.refused} undoResult={loop.undoResult} />
      {loop.undoOffered ? (
        <button type="button" className="btn-secondary mb-2 py-1" onClick={() => void undo()} aria-keyshortcuts="Control+Z">
          {t('undo')}
        </button>
      ) : null}
    </>
  );

  if (!card) {
    if (loop.waiting) {
      return (
        <section className="card-surface flex flex-col items-start gap-3 p-6">
          <p role="status">{t('waiting')}</p>
          {status}
        </section>
      );
    }
    return (
      <section className="card-surface flex flex-col items-start gap-3 p-6" aria-live="polite">
        <h1 ref={doneHeading} tabIndex={-1} className="text-2xl font-semibold focus:outline-none">{t('doneTitle')}</h1>
        {loop.nextDueAt ? <p>{t('doneNext', { when: format.relativeTime(new Date(Date.parse(loop.nextDueAt) - loop.clockOffsetMs), new Date()) })}</p>
          : loop.newHeldBack ? null : <p>{t('doneNothing')}</p>}
        {loop.newHeldBack ? (
          <p>
            {t('newHeldBack', { perDay: loop.newHeldBack.perDay })}{' '}
            <Link href={loop.newHeldBack.limit === 'deck' ? `/decks/${initial.deck.id}` : '/settings'} className="text-brand-700 underline dark:text-brand-100">
              {t('changeNewLimit')}
            </Link>
          </p>
        ) : null}
        {status}
        <Link href="/decks" className="btn-secondary">{t('backToDecks')}</Link>
      </section>
    );
  }

  const header = (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 text-sm">
        <h1 className="font-semibold"><Kk text={initial.deck.title} /></h1>
        <StudyCounts counts={loop.counts} />
      </div>
      <SessionProgress done={done} left={loop.counts.new + loop.counts.learning + loop.counts.review} />
    </div>
  );

  if (waitingEarly) {
    return (
      <div className="flex flex-col gap-4">
        {header}
        {status}
        <LearnAheadNotice dueAt={new Date(card.shownAt + (card.earlyBy ?? 0) - loop.clockOffsetMs).toISOString()} onGo={studyEarly} />
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      {header}

      <CardFace key={`card-${cardKey}`} card={card.content} revealed={revealed} gloss={gloss} typed={!!typedTarget} />
      {typedTarget ? (
        <TypedAnswer
          key={`typed-${cardKey}`}
          target={typedTarget}
          revealed={revealed}
          onChecked={(check) => {
            setSuggestion(cardKey ? { for: cardKey, rating: check.suggestedRating } : null);
            setRevealedFor(cardKey);
          }}
        />
      ) : null}

      <div className="sticky bottom-0 border-t border-stone-200 bg-stone-50 pb-[max(0.75rem,env(safe-area-inset-bottom))] pt-2 dark:border-stone-800 dark:bg-stone-950">
        {status}
        {!revealed ? (
          <button ref={showButton} type="button" className="btn-primary w-full py-4 text-lg" onClick={() => setRevealed(true)}>
            {t('show')}
          </button>
        ) : (
          <div role="group" aria-label={t('ratingsLabel')} className="grid grid-cols-4 gap-2">
            {RATINGS.map(({ rating, key, tone }) => (
              <button
                key={rating}
                ref={rating === suggested ? suggestedButton : undefined}
                type="button"
                onClick={() => rate(rating)}
                aria-keyshortcuts={String(rating)}
                data-suggested={rating === suggested || undefined}
                className={`btn flex-col gap-0 border-2 bg-white py-3 dark:bg-stone-900 ${tone} ${rating === suggested ? SUGGESTED_RATING_CLASS : ''}`}
              >
                <span className="font-semibold">{t(key)}</span>
                {rating === suggested ? <span className="sr-only">({ta('suggestedMark')})</span> : null}
                <span className="text-xs opacity-80">{loop.intervals ? intervalLabel(loop.intervals[rating]) : ''}</span>
              </button>
            ))}
          </div>
        )}
        {/* contrast ≥ 4.5:1 in dark mode too */}
        <p className="mt-2 hidden text-center text-xs text-stone-600 sm:block dark:text-stone-400">{t('keyboardHelp')}</p>
      </div>
    </div>
  );
}
