// The card browser's filters, search and sort: a plain GET form, so every view is a link and
// the form works without JavaScript.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';

export interface CardFilterValues {
  deck?: string; type?: string; state?: string; due?: string; lapses?: number; leech?: string; suspended?: string;
  q?: string; sort: string; dir: string;
}

interface Props {
  locale: Locale;
  values: CardFilterValues;
  decks: { id: string; title: string }[];
  types: readonly string[];
  states: readonly string[];
  dues: readonly string[];
  sorts: readonly string[];
}

function Select({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: [string, string][] }) {
  return (
    <label className="flex min-w-0 flex-col gap-1 text-sm font-medium">
      {label}
      <select name={name} defaultValue={value ?? ''} className="field font-normal">
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
}

export async function CardFilters({ locale, values, decks, types, states, dues, sorts }: Props) {
  const t = await getTranslations({ locale, namespace: 'cards' });
  const tc = await getTranslations({ locale, namespace: 'cardTypes' });
  const flag: [string, string][] = [['', t('any')], ['yes', t('yes')], ['no', t('no')]];
  return (
    <form method="get" role="search" aria-label={t('search')} className="card-surface flex flex-col gap-3 p-4">
      <label className="flex flex-col gap-1 text-sm font-medium" htmlFor="cards-q">{t('search')}</label>
      <div className="flex gap-2">
        <input id="cards-q" name="q" type="search" defaultValue={values.q ?? ''} maxLength={100} placeholder={t('searchPlaceholder')} className="field" autoComplete="off" lang="kk" aria-describedby="cards-q-hint" />
        <button type="submit" className="btn-primary">{t('searchButton')}</button>
      </div>
      {/* the placeholder is short, to fit a phone: what can be typed is said here */}
      <p id="cards-q-hint" className="-mt-2 text-sm text-stone-600 dark:text-stone-400">{t('searchHint')}</p>
      <details className="group" open={Boolean(values.deck || values.type || values.state || values.due || values.lapses || values.leech || values.suspended)}>
        <summary className="cursor-pointer text-sm font-medium text-brand-700 dark:text-brand-100">{t('filters')}</summary>
        <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
          <Select name="deck" label={t('deck')} value={values.deck} options={[['', t('anyDeck')], ...decks.map((d): [string, string] => [d.id, d.title])]} />
          <Select name="type" label={t('type')} value={values.type} options={[['', t('anyType')], ...types.map((v): [string, string] => [v, tc(v as 'recognition')])]} />
          <Select name="state" label={t('state')} value={values.state} options={[['', t('anyState')], ...states.map((v): [string, string] => [v, t(`states.${v as 'new'}`)])]} />
          <Select name="due" label={t('due')} value={values.due} options={[['', t('anyDue')], ...dues.map((v): [string, string] => [v, t(`dues.${v as 'today'}`)])]} />
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t('lapses')}
            <input name="lapses" type="number" min={1} max={1000} inputMode="numeric" defaultValue={values.lapses ?? ''} className="field font-normal" />
          </label>
          <Select name="leech" label={t('leech')} value={values.leech} options={flag} />
          <Select name="suspended" label={t('suspended')} value={values.suspended} options={flag} />
          <Select name="sort" label={t('sort')} value={values.sort} options={sorts.map((v): [string, string] => [v, t(`sorts.${v as 'deck'}`)])} />
          <Select name="dir" label={t('dir')} value={values.dir} options={[['asc', t('asc')], ['desc', t('desc')]]} />
        </div>
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="submit" className="btn-secondary">{t('apply')}</button>
          <Link href="/cards" className="btn-secondary">{t('clear')}</Link>
        </div>
      </details>
    </form>
  );
}
