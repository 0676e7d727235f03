import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PlayButton } from '@/components/audio/play-button';
import { DataTable } from '@/components/data-table';
import { Kk } from '@/components/preferences';
import { DeckNewLimitForm } from '@/components/decks/deck-new-limit-form';
import { WordSearch } from '@/components/decks/word-search';
import { Meaning, resolveGloss } from '@/components/meaning';
import { PageNav } from '@/components/page-nav';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/routing';
import { createFormatter } from '@/lib/format';
import { requireUser } from '@/app/_guards/require-user';
import { getDeckLimits } from '@/server/decks/get-deck-limits';
import { getDeckWords } from '@/server/decks/get-deck-words';
import { decksWithText } from '@/server/reader/decks-with-text';
import { saveDeckNewLimitAction } from './actions';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

const POS = ['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'PRON', 'DET', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'INTJ', 'X'] as const;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export const generateMetadata = titled('deck');

export default async function DeckPage({ params, searchParams }: { params: Promise<{ locale: string; deckId: string }>; searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }) {
  const locale = await localeParam(params);
  const { deckId } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/decks/${encodeURIComponent(deckId)}`);
  const sp = await searchParams;
  const q = first(sp.q).slice(0, 100);
  const data = await getDeckWords(user.id, deckId.slice(0, 200), q, Number(first(sp.page)) || 1);
  if (!data) notFound();
  const [readable, limits] = await Promise.all([decksWithText([data.deck.id]), getDeckLimits(user.id, data.deck.id)]);
  const gloss = resolveGloss(data.gloss, locale);
  const t = await getTranslations({ locale, namespace: 'deck' });
  const tp = await getTranslations({ locale, namespace: 'pos' });
  const ta = await getTranslations({ locale, namespace: 'audio' });
  const format = createFormatter(locale);
  const from = data.matched ? (data.page - 1) * data.pageSize + 1 : 0;
  const to = Math.min(data.page * data.pageSize, data.matched);
  const pageHref = (page: number) => ({ pathname: `/decks/${data.deck.id}`, query: { ...(q ? { q } : {}), ...(page > 1 ? { page: String(page) } : {}) } });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold"><Kk text={data.deck.title} /></h1>
        <div className="flex gap-2">
          <Link href={`/study/${data.deck.id}`} className="btn-primary">{t('study')}</Link>
          {readable.has(data.deck.id) ? <Link href={`/read/${data.deck.id}`} className="btn-secondary">{t('read')}</Link> : null}
        </div>
      </div>
      {limits ? <DeckNewLimitForm action={saveDeckNewLimitAction} deckId={data.deck.id} deckNewPerDay={limits.deckNewPerDay} overall={limits.newCardsPerDay} /> : null}
      <WordSearch initial={q} label={t('search')} placeholder={t('searchPlaceholder')} hint={t('searchHint')} button={t('searchButton')} searching={t('searching')} />
      <p className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite" data-testid="word-count">
        {q && data.matched === 0 ? t('noMatch', { q }) : t('shown', { shown: format.number(data.matched), total: format.number(data.total), count: data.total })}
        {data.pageCount > 1 ? <> · {t('pageRange', { from: format.number(from), to: format.number(to) })}</> : null}
      </p>
      {data.words.length ? (
        <DataTable
          caption={t('words')}
          rowClassName="border-b border-stone-300 dark:border-stone-700"
          cellClassName="py-2 pr-2 last:pr-0 sm:pr-3"
          columns={[{ label: <span className="sr-only">{ta('column')}</span> }, { label: t('headword') }, { label: t('meaning') }, { label: t('frequency'), numeric: true, className: 'max-sm:hidden' }, { label: t('state') }]}
        >
          {data.words.map((w) => (
            <tr key={w.noteId} className="border-b border-stone-200 align-top dark:border-stone-800">
              <td className="w-10 py-1 pr-1"><PlayButton size="sm" text={w.headword} /></td>
              <td className="py-2 pr-2 break-words sm:pr-3">
                <Kk text={w.headword} className="font-semibold" />
                {w.upos && (POS as readonly string[]).includes(w.upos) ? <span className="block text-sm italic text-stone-600 dark:text-stone-400">{tp(w.upos as (typeof POS)[number])}</span> : null}
                {w.match.kind === 'form' && w.match.form !== w.headword ? (
                  <span className="block text-sm text-stone-700 dark:text-stone-300" data-testid="matched-form">
                    {t.rich('matchedForm', { form: w.match.form, mark: (chunks) => <mark lang="kk" className="rounded bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60">{chunks}</mark> })}
                  </span>
                ) : null}
              </td>
              <td className="py-2 pr-2 [overflow-wrap:anywhere] sm:pr-3"><Meaning as="span" ru={w.ru} en={w.en} gloss={gloss} /></td>
              <td className="py-2 pr-2 text-right tabular-nums max-sm:hidden sm:pr-3">{format.number(w.frequency)}</td>
              <td className="py-2">{t(`states.${w.state}`)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <PageNav page={data.page} pageCount={data.pageCount} href={pageHref} />
    </div>
  );
}
