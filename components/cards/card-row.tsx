// One card of the browser: a checkbox for the selection, the word and its meaning, where the
// card stands (state, due, lapses, reviews, interval; suspended and leech marked), and its own
// actions. Rendered on the server inside CardActionsForm, whose form its buttons submit.
import { getTranslations } from 'next-intl/server';
import { Kk } from '@/components/preferences';
import { Meaning, type Gloss } from '@/components/meaning';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { createFormatter } from '@/lib/format';
import type { BrowsedCard } from '@/server/store';
import { RowResetButton } from './row-reset-button';

const STATE_KEYS = ['new', 'learning', 'review', 'relearning'] as const;

export async function CardRow({ card, locale, gloss, now, showNoteLink = true }: { card: BrowsedCard; locale: Locale; gloss: Gloss; now: Date; showNoteLink?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'cards' });
  const tc = await getTranslations({ locale, namespace: 'cardTypes' });
  const format = createFormatter(locale);
  const word = card.headword ?? card.kk;
  const type = tc(card.type as 'recognition');
  const seen = card.state !== 0 && card.due;
  const facts = [
    card.reps === 0 && !seen ? t('neverSeen') : t(`states.${STATE_KEYS[card.state] ?? 'new'}`),
    // an overdue card says so: "повторение 3 дня назад" read as "reviewed 3 days ago"
    seen ? t(card.due! < now ? 'overdueOn' : 'dueOn', { when: format.relativeTime(card.due!, now) }) : null,
    card.reps ? t('reviews', { count: card.reps }) : null,
    card.lapses ? t('lapsed', { count: card.lapses }) : null,
    card.scheduledDays ? t('interval', { days: card.scheduledDays }) : null,
  ].filter((x): x is string => x !== null);
  const checkboxId = `card-${card.cardId}`;
  return (
    <li className="card-surface flex flex-wrap items-start gap-2 p-3" data-testid="card-row" data-card-id={card.cardId}>
      <div className="flex min-w-0 flex-1 gap-3">
        <input id={checkboxId} type="checkbox" name="cardId" value={card.cardId} className="mt-1 size-5 shrink-0" aria-label={t('select', { word, type })} />
        <div className="min-w-0 flex-1">
          <label htmlFor={checkboxId} className="flex flex-wrap items-baseline gap-x-2">
            <Kk text={word} className="text-lg font-semibold break-words" />
            <span className="text-sm text-stone-600 dark:text-stone-400">{type}</span>
            {card.suspended ? <span className="rounded bg-stone-200 px-1.5 text-xs font-medium text-stone-800 dark:bg-stone-700 dark:text-stone-100">{t('suspendedBadge')}</span> : null}
            {card.leech ? <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">{t('leechBadge')}</span> : null}
          </label>
          <Meaning as="span" ru={card.ru} en={card.en} gloss={gloss} className="block text-sm [overflow-wrap:anywhere]" />
          <p className="text-sm text-stone-600 dark:text-stone-400">{facts.join(' · ')} · <Kk text={card.deckTitle} /></p>
        </div>
      </div>
      {/* open, the actions take a line of their own under the card */}
      <details className="shrink-0 open:basis-full">
        <summary className="btn-secondary ml-auto w-fit cursor-pointer px-3 py-1.5 text-sm" aria-label={t('rowActionsFor', { word, type })}>{t('rowActions')}</summary>
        <div className="mt-2 flex flex-wrap justify-end gap-2">
          {card.suspended
            ? <button type="submit" name="row" value={`unsuspend:${card.cardId}`} className="btn-secondary px-3 py-1.5 text-sm">{t('unsuspendAction')}</button>
            : <button type="submit" name="row" value={`suspend:${card.cardId}`} className="btn-secondary px-3 py-1.5 text-sm">{t('suspendAction')}</button>}
          <button type="submit" name="row" value={`known:${card.cardId}`} className="btn-secondary px-3 py-1.5 text-sm">{t('knownAction')}</button>
          {card.reps > 0 || card.state !== 0 ? <RowResetButton cardId={card.cardId} /> : null}
          {showNoteLink ? <Link href={`/cards/note/${encodeURIComponent(card.noteId)}`} className="btn-secondary px-3 py-1.5 text-sm">{t('openNote')}</Link> : null}
        </div>
      </details>
    </li>
  );
}
