'use client';
// Shown instead of a learning card that is not due yet when nothing else is left today
// (lib/srs learn-ahead): says when it is due, opens it by itself at that moment, or now
// if the learner prefers.
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { learnAheadWaitMs } from '@/lib/srs';
import { useFormatter } from '../use-formatter';

export function LearnAheadNotice({ dueAt, onGo }: { dueAt: string; onGo: () => void }) {
  const t = useTranslations('study');
  const format = useFormatter();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setTimeout(onGo, learnAheadWaitMs(dueAt, new Date()));
    const tick = setInterval(() => setNow(new Date()), 15_000);
    return () => {
      clearTimeout(timer);
      clearInterval(tick);
    };
  }, [dueAt, onGo]);
  return (
    <section className="card-surface flex flex-col items-start gap-3 p-6" aria-live="polite" data-testid="learn-ahead">
      <h2 className="text-xl font-semibold">{t('aheadTitle')}</h2>
      {/* The time is counted on each side: the minute may differ by the time the page hydrates. */}
      <p suppressHydrationWarning>{t('aheadBody', { when: format.relativeTime(new Date(dueAt), now) })}</p>
      <div className="flex flex-wrap gap-3">
        {/* autoFocus: the one thing to do on this screen, as "Show answer" is on the card. */}
        <button type="button" className="btn-primary" onClick={onGo} autoFocus>{t('aheadStudyNow')}</button>
        <Link href="/decks" className="btn-secondary">{t('backToDecks')}</Link>
      </div>
    </section>
  );
}
