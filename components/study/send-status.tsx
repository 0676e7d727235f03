'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { LoopProblem, UndoResult } from './use-study-loop';

/** Whether the page's ratings have reached the server, said where the learner looks. */
export function SendStatus({ pending, outboxRead, problem, answeredElsewhere, refused, undoResult }: { pending: number; outboxRead: boolean; problem: LoopProblem; answeredElsewhere: boolean; refused: number; undoResult: UndoResult }) {
  const t = useTranslations('study');
  const lines: React.ReactNode[] = [];
  if (undoResult === 'undone') lines.push(<span key="undo">{t('undone')}</span>);
  if (undoResult === 'failed') lines.push(<span key="undo">{t('undoFailed')}</span>);
  if (undoResult === 'not-last') lines.push(<span key="undo">{t('undoNotLast')}</span>);
  if (answeredElsewhere) lines.push(<span key="elsewhere">{t('answeredElsewhere')}</span>);
  if (refused > 0) lines.push(<span key="refused" data-refused={refused}>{t('refused', { count: refused })}</span>);
  if (problem === 'signed-out' || problem === 'other-learner') {
    lines.push(
      <span key="signed-out">
        {t(problem === 'signed-out' ? 'signedOut' : 'otherLearner')} <Link href="/sign-in" className="underline">{t('signIn')}</Link>
      </span>,
    );
  } else if (problem === 'offline' && pending > 0) lines.push(<span key="offline">{t('offline')}</span>);
  if (pending > 0) lines.push(<span key="pending" data-pending={pending}>{t('pending', { count: pending })}</span>);
  return (
    // data-outbox: tests (and anyone debugging) can tell "nothing waiting" from "not read yet".
    <div role="status" aria-live="polite" data-outbox={outboxRead ? 'read' : 'reading'} className="mb-2 flex flex-col gap-1 text-sm text-stone-700 empty:hidden dark:text-stone-300">
      {lines}
    </div>
  );
}
