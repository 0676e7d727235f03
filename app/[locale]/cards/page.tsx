import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CardActionsForm } from '@/components/cards/card-actions-form';
import { CardFilters } from '@/components/cards/card-filters';
import { CardRow } from '@/components/cards/card-row';
import { LeechNotice } from '@/components/cards/leech-notice';
import { resolveGloss } from '@/components/meaning';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/routing';
import { createFormatter } from '@/lib/format';
import { requireUser } from '@/app/_guards/require-user';
import { browseCards, browseCardsInput, CARD_DUE_FILTERS, CARD_SORT_KEYS, CARD_STATE_FILTERS, CARD_TYPES } from '@/server/cards/browse-cards';
import { cardAction } from './actions';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

type Search = Record<string, string | string[] | undefined>;
const first = (sp: Search) => Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));

export const generateMetadata = titled('cards');

export default async function CardsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const user = await requireUser(locale, '/cards');
  const input = browseCardsInput.parse(first(await searchParams));
  const now = new Date();
  const data = await browseCards(user.id, input, now);
  const t = await getTranslations({ locale, namespace: 'cards' });
  const td = await getTranslations({ locale, namespace: 'deck' });
  const format = createFormatter(locale);
  if (!data) return null;
  const gloss = resolveGloss(data.gloss, locale);
  // the links keep the filters and leave out what is the default anyway
  const defaults: Record<string, unknown> = { page: input.page, sort: 'deck', dir: 'asc' };
  const query = Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && defaults[k] !== v).map(([k, v]) => [k, String(v)]));
  // a search word or any filter (sorting narrows nothing)
  const narrowed = Object.keys(query).some((k) => k !== 'sort' && k !== 'dir' && k !== 'page');
  const pageHref = (page: number) => ({ pathname: '/cards', query: { ...query, ...(page > 1 ? { page: String(page) } : {}) } });
  const from = data.total ? (data.page - 1) * data.pageSize + 1 : 0;
  const to = Math.min(data.page * data.pageSize, data.total);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t('intro')}</p>
      <LeechNotice locale={locale} count={data.leeches} filtered={input.leech === 'yes'} />
      <CardFilters
        locale={locale} values={input} decks={data.decks}
        types={CARD_TYPES} states={CARD_STATE_FILTERS} dues={CARD_DUE_FILTERS} sorts={CARD_SORT_KEYS}
      />
      <p className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite" data-testid="card-count">
        {data.total ? t('count', { total: data.total }) : t('noMatch')}
        {data.pageCount > 1 ? <> · {t('pageRange', { from: format.number(from), to: format.number(to) })}</> : null}
      </p>
      {!data.total && narrowed ? <p><Link href="/cards" className="text-brand-700 underline dark:text-brand-100">{t('clearAll')}</Link></p> : null}
      {data.cards.length ? (
        <CardActionsForm action={cardAction} caption={t('list')}>
          {data.cards.map((card) => <CardRow key={card.cardId} card={card} locale={locale} gloss={gloss} now={now} />)}
        </CardActionsForm>
      ) : null}
      {data.pageCount > 1 ? (
        <nav aria-label={td('pages')} className="flex flex-wrap items-center justify-between gap-3">
          {data.page > 1 ? <Link href={pageHref(data.page - 1)} className="btn-secondary" rel="prev">{td('previous')}</Link> : <span />}
          <span className="text-sm text-stone-600 dark:text-stone-400">{td('pageOf', { page: format.number(data.page), count: format.number(data.pageCount) })}</span>
          {data.page < data.pageCount ? <Link href={pageHref(data.page + 1)} className="btn-secondary" rel="next">{td('next')}</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
