'use client';
// The deck-from-text review: the normaliser's repairs (accept or reject each), the
// extracted vocabulary (select rows, fill in or fix meanings), sentences to make sentence
// cards of, then "Create the deck". The server holds the draft and sends one page of each
// list at a time (server/teach/draft-view.ts); every edit is sent to it as the teacher works
// (draft-edit-queue.ts), so a closed tab loses nothing and two tabs both keep their work.
import { useState, useTransition } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { hasMeaning, selectsRow, type DraftEdit } from '@/lib/drafts';
import type { EditAnswer, TeachFormState } from '../form-states';
import type { DraftCounts, DraftView, DraftViewQuery } from '@/server/teach/draft-view';
import type { Locale } from '@/i18n/routing';
import { DataTable } from '../data-table';
import { useFormatter } from '../use-formatter';
import { ConfirmButton } from './confirm-button';
import { useDraftEditQueue } from './draft-edit-queue';
import { Busy, FormStatus } from './form-bits';
import { RowPager } from './page-of-rows';

const POS = ['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'PRON', 'DET', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'INTJ', 'X'] as const;

/** The draft's server actions, passed down by the page. */
export interface DraftActions {
  draftViewAction: (query: DraftViewQuery) => Promise<DraftView | null>;
  editDraftAction: (draftId: string, batch: { edits: DraftEdit[] }) => Promise<EditAnswer<DraftCounts>>;
  createDeckFromDraftAction: (locale: Locale, draftId: string, title: string, description: string) => Promise<TeachFormState>;
  deleteDraftAction: (form: FormData) => Promise<void>;
}

type Lang = 'ru' | 'en';

export function DraftEditor({ initialView, actions }: { initialView: DraftView; actions: DraftActions }) {
  const { draftViewAction, editDraftAction, createDeckFromDraftAction, deleteDraftAction } = actions;
  const t = useTranslations('teach.draft');
  const tp = useTranslations('pos');
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const draftId = initialView.id;
  const [view, setView] = useState(initialView);
  const [counts, setCounts] = useState(initialView.counts);
  const [title, setTitle] = useState(initialView.title);
  const [description, setDescription] = useState(initialView.description);
  const [loadFailed, setLoadFailed] = useState(false);
  const [result, setResult] = useState<TeachFormState>({});
  const untranslated = (result.issues ?? []).flatMap((i) => (i.code === 'sentence-untranslated' && i.sentence ? [i.sentence] : []));
  const [analysing, startAnalysis] = useTransition();
  const [loading, startLoading] = useTransition();
  const [creating, startCreate] = useTransition();
  const { status: save, push, sendAlone, flush } = useDraftEditQueue((edits) => editDraftAction(draftId, { edits }), setCounts);

  const query = (over: Partial<DraftViewQuery> = {}): DraftViewQuery => ({
    draftId, changes: view.changes.page, words: view.words.page, sentences: view.sentences.page, missing: view.missingOnly, ...over,
  });
  /** Everything sent first, so the page shows what the server now holds. */
  async function reload(over: Partial<DraftViewQuery> = {}) {
    await flush();
    const fresh = await draftViewAction(query(over)).catch(() => null);
    setLoadFailed(!fresh);
    if (fresh) {
      setView(fresh);
      setCounts(fresh.counts);
    }
  }
  const turn = (over: Partial<DraftViewQuery>) => startLoading(() => reload(over));

  function toggleChange(key: string, accept: boolean) {
    setView((v) => ({ ...v, changes: { ...v.changes, items: v.changes.items.map((c) => (c.key === key ? { ...c, accepted: accept } : c)) } }));
    startAnalysis(async () => {
      await sendAlone({ kind: 'change', key, accept });
      await reload();
    });
  }

  function selectWhere(kind: 'select-all' | 'select-none' | 'select-glossed') {
    startLoading(async () => {
      await sendAlone({ kind });
      await reload();
    });
  }

  function setRowSelected(key: string, on: boolean) {
    setView((v) => ({ ...v, words: { ...v.words, items: v.words.items.map((r) => (r.key === key ? { ...r, selected: on } : r)) } }));
    const row = view.words.items.find((r) => r.key === key);
    if (row && row.selected !== on) setCounts((c) => ({ ...c, selected: c.selected + (on ? 1 : -1) }));
    push({ kind: 'select', key, on });
  }

  function editGloss(key: string, lang: Lang, value: string) {
    const row = view.words.items.find((r) => r.key === key);
    if (!row) return;
    const gloss = { ...row.gloss, [lang]: value };
    const selected = row.selected || selectsRow(value);
    setView((v) => ({ ...v, words: { ...v.words, items: v.words.items.map((r) => (r.key === key ? { ...r, gloss, selected } : r)) } }));
    setCounts((c) => ({
      ...c,
      selected: c.selected + (selected && !row.selected ? 1 : 0),
      missing: c.missing + (hasMeaning(row.gloss) ? 0 : -1) + (hasMeaning(gloss) ? 0 : 1),
    }));
    push({ kind: 'gloss', key, lang, value });
  }

  function setSentence(key: string, translation: { ru: string; en: string } | null, edit: DraftEdit) {
    setView((v) => ({ ...v, sentences: { ...v.sentences, items: v.sentences.items.map((s) => (s.key === key ? { ...s, translation } : s)) } }));
    push(edit);
  }

  function create() {
    startCreate(async () => {
      await flush();
      setResult(await createDeckFromDraftAction(locale, draftId, title, description));
    });
  }

  const muted = 'text-sm text-stone-600 dark:text-stone-400';
  const posName = (upos: string) => ((POS as readonly string[]).includes(upos) ? tp(upos as (typeof POS)[number]) : upos);
  const words = view.words;

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className={muted} aria-live="polite" data-testid="save-status">{save === 'saving' ? t('saving') : save === 'failed' ? t('saveFailed') : t('saved')}</p>
      </div>
      {loadFailed ? <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200">{t('loadFailed')}</p> : null}
      <p className={muted}>{t('analysedIn', { chars: format.number(view.chars), ms: format.number(view.ms) })}</p>

      <section aria-labelledby="changes-h" className="flex flex-col gap-2">
        <h2 id="changes-h" className="text-xl font-semibold">{t('changes')}</h2>
        <p className={muted}>{t('changesHint')}</p>
        {analysing ? <Busy label={t('reanalysing')} /> : null}
        {view.changes.total === 0 ? <p>{t('noChanges')}</p> : (
          <>
            <ol className="flex flex-col gap-1" start={(view.changes.page - 1) * view.changes.perPage + 1}>
              {view.changes.items.map((c, i) => (
                <li key={c.key} className="flex items-start gap-3 border-b border-stone-200 py-1.5 text-sm dark:border-stone-800">
                  <input
                    type="checkbox" className="mt-1" checked={c.accepted} disabled={analysing}
                    aria-label={t('acceptChange', { n: (view.changes.page - 1) * view.changes.perPage + i + 1, before: JSON.stringify(c.before), after: JSON.stringify(c.after) })}
                    onChange={(e) => toggleChange(c.key, e.target.checked)}
                  />
                  <span className="flex min-w-0 flex-col">
                    <span lang="kk" className="[overflow-wrap:anywhere]">
                      …{c.contextBefore}
                      <del className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200">{c.before.replace(/ /g, '␣') || '∅'}</del>
                      <ins className="bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-950 dark:text-emerald-200">{c.after.replace(/ /g, '␣') || '∅'}</ins>
                      {c.contextAfter}…
                    </span>
                    <span className="text-xs text-stone-600 dark:text-stone-400">{t(`reasons.${c.reason}`)}</span>
                  </span>
                </li>
              ))}
            </ol>
            <RowPager label={t('changePages')} at={view.changes} busy={loading || analysing} onPage={(p) => turn({ changes: p })} />
          </>
        )}
      </section>

      <section aria-labelledby="vocab-h" className="flex flex-col gap-3">
        <h2 id="vocab-h" className="text-xl font-semibold">{t('vocabulary')}</h2>
        <p className={muted}>{t('vocabularyHint')}</p>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium" aria-live="polite">{t('selectedCount', { selected: format.number(counts.selected), total: format.number(counts.words) })}</span>
          <button type="button" className="btn-secondary px-2 py-1 text-sm" disabled={loading} onClick={() => selectWhere('select-all')}>{t('selectAll')}</button>
          <button type="button" className="btn-secondary px-2 py-1 text-sm" disabled={loading} onClick={() => selectWhere('select-none')}>{t('selectNone')}</button>
          <button type="button" className="btn-secondary px-2 py-1 text-sm" disabled={loading} onClick={() => selectWhere('select-glossed')}>{t('selectGlossed')}</button>
          <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={view.missingOnly} disabled={loading} onChange={(e) => { const missing = e.target.checked; setView((v) => ({ ...v, missingOnly: missing })); turn({ missing, words: 1 }); }} />{t('onlyMissing', { count: format.number(counts.missing) })}</label>
        </div>
        {counts.words === 0 ? <p>{t('noWords')}</p> : (
          <>
            {/* Locked while a fresh page is on its way: it would overwrite what is typed meanwhile. */}
            <fieldset disabled={loading || analysing} className="m-0 min-w-0 border-0 p-0">
            <DataTable
              className="rounded-lg border border-stone-200 dark:border-stone-800"
              caption={t('vocabulary')}
              headClassName="bg-stone-100 max-sm:sr-only dark:bg-stone-900"
              cellClassName="p-2"
              columns={[
                { label: t('colSelect') }, { label: t('colWord') }, { label: t('colPos') }, { label: t('colCount'), numeric: true },
                { label: t('colRu') }, { label: t('colEn') },
              ]}
            >
              {words.items.map((r) => {
                const missing = !hasMeaning(r.gloss);
                const word = r.headword;
                return (
                  // The forms and the example sit under the word, so the meanings the teacher edits fit the column.
                  // Below 640 px a row is a card: the word and its checkbox, then the two meanings, full width.
                  <tr key={r.key} className="border-t border-stone-200 align-top max-sm:grid max-sm:grid-cols-[auto_1fr] max-sm:gap-x-1 max-sm:py-2 dark:border-stone-800" data-row={r.key}>
                    <td className="p-2"><input type="checkbox" className="h-5 w-5" checked={r.selected} onChange={(e) => setRowSelected(r.key, e.target.checked)} aria-label={t('selectWord', { word })} /></td>
                    <td className="p-2 sm:w-1/3">
                      <span className="font-semibold" lang="kk">{word}</span>
                      {r.lemma !== word ? <span className="text-stone-600 dark:text-stone-400" lang="kk"> ({r.lemma})</span> : null}
                      <span className="text-stone-600 italic sm:hidden dark:text-stone-400"> · {posName(r.upos)} · {t('countShort', { count: r.count })}</span>
                      {missing ? <span className="mt-1 block w-max rounded bg-amber-100 px-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">{t('needsGloss')}</span> : null}
                      <span className="mt-1 block text-xs text-stone-600 dark:text-stone-400" lang="kk" data-forms>{r.forms.join(', ')}</span>
                      <span className="mt-1 line-clamp-2 text-xs text-stone-700 dark:text-stone-300" lang="kk">{r.example}</span>
                    </td>
                    <td className="p-2 italic max-sm:hidden">{posName(r.upos)}</td>
                    <td className="p-2 text-right tabular-nums max-sm:hidden">{r.count}</td>
                    {(['ru', 'en'] as const).map((lang) => (
                      <td key={lang} className="p-2 max-sm:col-span-2 max-sm:py-1 sm:w-1/4">
                        <span aria-hidden className="block text-xs text-stone-600 sm:hidden dark:text-stone-400">{t(lang === 'ru' ? 'colRu' : 'colEn')}</span>
                        <input className="field w-full px-2 py-1 text-sm" lang={lang} value={r.gloss[lang]} maxLength={500} onChange={(e) => editGloss(r.key, lang, e.target.value)} aria-label={t(lang === 'ru' ? 'ruFor' : 'enFor', { word })} />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </DataTable>
            </fieldset>
            {words.total === 0 ? <p>{t('noneMissing')}</p> : null}
            <RowPager label={t('wordPages')} at={words} busy={loading} onPage={(p) => turn({ words: p })} />
          </>
        )}
      </section>

      <section aria-labelledby="sentences-h" className="flex flex-col gap-2">
        <h2 id="sentences-h" className="text-xl font-semibold">{t('sentences')}</h2>
        <p className={muted}>{t('sentencesHint')}</p>
        <fieldset disabled={loading || analysing} className="m-0 min-w-0 border-0 p-0">
        <ol className="flex flex-col gap-2">
          {view.sentences.items.map((s) => {
            const tr = s.translation;
            return (
              <li key={s.key} className="flex flex-col gap-2 border-b border-stone-200 pb-2 dark:border-stone-800" data-sentence={s.key}>
                <label className="flex items-start gap-3">
                  <input type="checkbox" className="mt-1" checked={!!tr} onChange={(e) => setSentence(s.key, e.target.checked ? (tr ?? { ru: '', en: '' }) : null, { kind: 'sentence', key: s.key, on: e.target.checked })} aria-label={t('addSentence', { sentence: s.kk })} />
                  <span lang="kk" className="[overflow-wrap:anywhere]">{s.kk}</span>
                </label>
                {tr && !hasMeaning(tr) ? <span className="ml-7 w-max rounded bg-amber-100 px-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">{t('needsTranslation')}</span> : null}
                {tr ? (
                  <div className="grid gap-2 pl-7 sm:grid-cols-2">
                    {(['ru', 'en'] as const).map((lang) => {
                      const label = t(lang === 'ru' ? 'sentenceRu' : 'sentenceEn');
                      return <input key={lang} className="field px-2 py-1 text-sm" lang={lang} placeholder={label} aria-label={`${label}: ${s.kk}`} maxLength={1000} value={tr[lang]} onChange={(e) => setSentence(s.key, { ...tr, [lang]: e.target.value }, { kind: 'translation', key: s.key, lang, value: e.target.value })} />;
                    })}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
        </fieldset>
        <RowPager label={t('sentencePages')} at={view.sentences} busy={loading} onPage={(p) => turn({ sentences: p })} />
      </section>

      <section className="card-surface flex flex-col gap-3 p-6" aria-labelledby="create-h">
        <h2 id="create-h" className="text-xl font-semibold">{t('create')}</h2>
        <label className="flex flex-col gap-1"><span className="font-medium">{t('deckTitle')}</span><input className="field" value={title} maxLength={120} onChange={(e) => { setTitle(e.target.value); push({ kind: 'title', value: e.target.value }); }} required /></label>
        <label className="flex flex-col gap-1"><span className="font-medium">{t('deckDescription')}</span><textarea className="field" rows={2} value={description} maxLength={1000} onChange={(e) => { setDescription(e.target.value); push({ kind: 'description', value: e.target.value }); }} /></label>
        <FormStatus state={result} />
        {untranslated.length ? (
          <ul className="list-disc pl-6 text-sm text-red-700 dark:text-red-300" aria-label={t('untranslatedList')}>
            {untranslated.map((kk, i) => <li key={i} lang="kk">{kk}</li>)}
          </ul>
        ) : null}
        {creating ? <Busy label={t('creating')} /> : null}
        {/* A disabled button says nothing by itself: the reason stands beside it. */}
        {title.trim() ? null : <p id="create-needs-title" className="text-sm text-stone-600 dark:text-stone-400">{t('needsTitle')}</p>}
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" className="btn-primary" disabled={creating || analysing || !title.trim()} aria-describedby={title.trim() ? undefined : 'create-needs-title'} onClick={create}>{t('create')}</button>
          <ConfirmButton action={deleteDraftAction} fields={{ draftId, locale }} label={t('discard')} question={t('discardConfirm')} confirmLabel={t('discard')} cancelLabel={t('cancel')} />
        </div>
      </section>
    </div>
  );
}
