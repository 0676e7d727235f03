import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PlayButton } from '@/components/audio/play-button';
import { DataTable } from '@/components/data-table';
import { Kk } from '@/components/preferences';
import { Meaning, resolveGloss } from '@/components/meaning';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/routing';
import { requireUser } from '@/server/auth/require-user';
import { getDeckWords } from '@/server/decks/get-deck-words';

export const dynamic = 'force-dynamic';

const POS = ['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'PRON', 'DET', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'INTJ', 'X'] as const;

export default async function DeckPage({ params, searchParams }: { params: Promise<{ locale: string; deckId: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const locale = await localeParam(params);
  const { deckId } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/decks/${encodeURIComponent(deckId)}`);
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const data = await getDeckWords(user.id, deckId.slice(0, 200), q.slice(0, 100));
  if (!data) notFound();
  const gloss = resolveGloss(data.gloss, locale);
  const t = await getTranslations({ locale, namespace: 'deck' });
  const tp = await getTranslations({ locale, namespace: 'pos' });
  const ta = await getTranslations({ locale, namespace: 'audio' });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold"><Kk text={data.deck.title} /></h1>
        <Link href={`/study/${data.deck.id}`} className="btn-primary">{t('study')}</Link>
      </div>
      <form role="search" className="flex gap-2" method="get">
        <label className="sr-only" htmlFor="deck-search">{t('search')}</label>
        <input id="deck-search" name="q" type="search" defaultValue={q} maxLength={100} placeholder={t('searchPlaceholder')} className="field" />
        <button type="submit" className="btn-secondary">{t('searchButton')}</button>
      </form>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t('shown', { shown: data.words.length, total: data.total })}</p>
      <DataTable
        caption={t('words')}
        rowClassName="border-b border-stone-300 dark:border-stone-700"
        cellClassName="py-2 pr-3"
        columns={[{ label: <span className="sr-only">{ta('column')}</span> }, { label: t('headword') }, { label: t('pos') }, { label: t('meaning') }, { label: t('frequency'), numeric: true }, { label: t('state') }]}
      >
        {data.words.map((w) => (
          <tr key={w.noteId} className="border-b border-stone-200 align-top dark:border-stone-800">
            <td className="w-10 py-1 pr-1"><PlayButton size="sm" text={w.headword} /></td>
            <td className="py-2 pr-3 font-semibold"><Kk text={w.headword} /></td>
            <td className="py-2 pr-3 italic text-stone-600 dark:text-stone-400">{w.upos && (POS as readonly string[]).includes(w.upos) ? tp(w.upos as (typeof POS)[number]) : ''}</td>
            <td className="py-2 pr-3"><Meaning as="span" ru={w.ru} en={w.en} gloss={gloss} /></td>
            <td className="py-2 pr-3 text-right tabular-nums">{w.frequency}</td>
            <td className="py-2">{t(`states.${w.state}`)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
