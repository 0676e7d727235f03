'use client';
// Settings: the learner's scheduler fit (docs/decisions/028): when it last ran, on how many
// reviews, what it changed, in plain words and only what the numbers show, or when the learner
// went back to the defaults; whether fits run by themselves; a button that asks for one now,
// and one that goes back to the default parameters (asked first, as the app's other
// destructive buttons are). While a fit waits or runs, the page refreshes itself until it is done.
import { useActionState, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import type { FitStatus } from '@/server/scheduler-fit/get-fit-status';
import type { FitFormState } from '../form-states';
import { useFormatter } from '../use-formatter';

/** What the page passes: server/scheduler-fit/get-fit-status's answer. */
export type SchedulerFitView = FitStatus;

interface Props {
  status: SchedulerFitView;
  timeZone: string;
  action: (state: FitFormState, form: FormData) => Promise<FitFormState>;
}

const REFRESH_MS = 2_000;

export function SchedulerFit({ status, timeZone, action }: Props) {
  const t = useTranslations('settings.fit');
  const format = useFormatter();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  // The pressed button goes away as the question appears (and back): focus follows, so a
  // keyboard or screen-reader user stays where they were.
  const cancelButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asking) cancelButton.current?.focus();
    else if (asked.current) resetButton.current?.focus();
    asked.current = asking;
  }, [asking]);
  const [state, formAction, sending] = useActionState(async (prev: FitFormState, form: FormData) => {
    const next = await action(prev, form);
    setAsking(false);
    return next;
  }, {});
  const waiting = status.pending !== null || (state.status === 'requested' && sending);
  useEffect(() => {
    if (!status.pending) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [status.pending, router]);

  const error = (x: number | null) => format.number(x ?? 0, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const days = (n: number) => Math.round(n);
  const last = status.last;
  const change = (before: number, after: number) => (Math.round(after) > Math.round(before) ? 'longer' : Math.round(after) < Math.round(before) ? 'shorter' : 'same');

  return (
    <section aria-labelledby="scheduler-fit-title" className="flex flex-col gap-2">
      <h2 id="scheduler-fit-title" className="text-lg font-semibold">{t('title')}</h2>
      <p className="text-sm">{t('intro', { min: status.minReviews })}</p>
      <div role="status" aria-live="polite" className="flex flex-col gap-1">
        {last?.outcome === 'reset' ? (
          <p>{t('reset', { date: format.date(last.at, 'long', timeZone) })}</p>
        ) : last ? (
          <>
            <p>{t('lastRun', format.args({ date: format.date(last.at, 'dateTime', timeZone), reviews: last.reviews }))}</p>
            {last.outcome === 'adopted' && <p>{t('adopted', { before: error(last.logLossBefore), after: error(last.logLossAfter) })}</p>}
            {last.outcome === 'kept' && <p>{t('kept', { before: error(last.logLossBefore), after: error(last.logLossAfter) })}</p>}
            {last.outcome === 'too-few' && <p>{t('tooFew')}</p>}
            {last.intervals && (
              <p>
                {t(`good.${change(last.intervals.before.good, last.intervals.after.good)}`, { before: days(last.intervals.before.good), after: days(last.intervals.after.good) })}{' '}
                {t(`easy.${change(last.intervals.before.easy, last.intervals.after.easy)}`, { before: days(last.intervals.before.easy), after: days(last.intervals.after.easy) })}
              </p>
            )}
          </>
        ) : status.reviews < status.minReviews ? (
          <p>{t('notEnough', { reviews: status.reviews, min: status.minReviews })}</p>
        ) : status.autoFit ? (
          <p>{t('noneYet')}</p>
        ) : null}
        {!status.autoFit && <p>{t('autoOff')}</p>}
        {status.pending && <p>{status.pending.running ? t('running') : t('waiting')}</p>}
        {state.status === 'already-default' && <p>{t('alreadyDefault')}</p>}
        {state.status === 'up-to-date' && !status.pending && <p>{t('upToDate')}</p>}
        {(state.status === 'invalid' || state.status === 'signed-out') && (
          <p className="text-red-700 dark:text-red-400">{t(state.intent === 'reset' ? 'resetRefused' : 'refused')}</p>
        )}
      </div>
      <form action={formAction} className="flex flex-wrap items-center gap-2">
        {asking ? (
          <span role="group" aria-labelledby="fit-reset-question" className="flex flex-wrap items-center gap-2">
            <span id="fit-reset-question" className="text-sm">{t('resetQuestion')}</span>
            <button type="submit" name="intent" value="reset" className="btn bg-red-700 text-white hover:bg-red-800" disabled={sending}>{t('resetYes')}</button>
            <button ref={cancelButton} type="button" className="btn-secondary" onClick={() => setAsking(false)}>{t('cancel')}</button>
          </span>
        ) : (
          <>
            {/* below the optimiser's minimum a fit finds too little: the line above says how many reviews there are */}
            <button type="submit" name="intent" value="fit" className="btn-primary" disabled={waiting || status.reviews < status.minReviews}>{t('fitNow')}</button>
            {status.fittedInUse && (
              <button ref={resetButton} type="button" className="btn-secondary text-red-700 dark:text-red-300" onClick={() => setAsking(true)}>{t('resetButton')}</button>
            )}
          </>
        )}
      </form>
    </section>
  );
}
