'use client';
// The deck-from-text review: the normaliser's repairs (accept or reject each), the
// extracted vocabulary (select rows, fill in or fix meanings), sentences to make sentence
// cards of, then "Create the deck". Everything the teacher does is saved to the draft as
// they go, so a closed tab loses nothing.
import { useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TeachFormState } from '../form-states';
import type { DraftAnalysis } from '@/server/teach/analyse-text';
import type { DraftState } from '@/server/teach/draft-state';
import type { Locale } from '@/i18n/routing';
import { DataTable } from '../data-table';
import { useFormatter } from '../use-formatter';
import { ConfirmButton } from './confirm-button';
import { Busy, FormStatus } from './form-bits';
import { pageOf, RowPager } from './page-of-rows';

const POS = ['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'PRON', 'DET', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'INTJ', 'X'] as const;
type Gloss = { ru: string; en: string };

/** The draft's server actions, passed down by the page. */
export interface DraftActions {
  saveDraftAction: (draftId: string, title: string, state: DraftState) => Promise<boolean>;
  reanalyseDraftAction: (draftId: string, title: string, state: DraftState) => Promise<DraftAnalysis | null>;
  createDeckFromDraftAction: (locale: Locale, draftId: string, title: string, description: string, state: DraftState) => Promise<TeachFormState>;
  deleteDraftAction: (form: FormData) => Promise<void>;
}

interface Props {
  draftId: string;
  initialTitle: string;
  initialState: DraftState;
  initialAnalysis: DraftAnalysis;
  actions: DraftActions;
}

export function DraftEditor({ draftId, initialTitle, initialState, initialAnalysis, actions }: Props) {
  const { saveDraftAction, reanalyseDraftAction, createDeckFromDraftAction, deleteDraftAction } = actions;
  const t = useTranslations('teach.draft');
  const tp = useTranslations('pos');
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const [analysis, setAnalysis] = useState(initialAnalysis);
  const [title, setTitle] = useState(initialTitle);
  const [description, setDescription] = useState(initialState.description);
  const [rejected, setRejected] = useState(() => new Set(initialState.rejected));
  const [selected, setSelected] = useState<Set<string> | null>(() => (initialState.selected ? new Set(initialState.selected) : null));
  const [glosses, setGlosses] = useState<Record<string, Gloss>>(initialState.glosses);
  const [sentences, setSentences] = useState<Record<string, Gloss>>(initialState.sentences);
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [wordPage, setWordPage] = useState(0);
  const [sentencePage, setSentencePage] = useState(0);
  const [save, setSave] = useState<'saved' | 'saving' | 'failed'>('saved');
  const [result, setResult] = useState<TeachFormState>({});
  // Ticked sentences without a translation, named by the answer to "Create the deck".
  const untranslated = (result.issues ?? []).flatMap((i) => (i.code === 'sentence-untranslated' && i.sentence ? [i.sentence] : []));
  const [analysing, startAnalysis] = useTransition();
  const [creating, startCreate] = useTransition();

  const effectiveSelected = useMemo(() => selected ?? new Set(analysis.rows.filter((r) => r.glossed).map((r) => r.key)), [selected, analysis.rows]);
  const state = useMemo<DraftState>(() => ({
    rejected: [...rejected], selected: selected ? [...selected] : undefined, glosses, sentences, description,
  }), [rejected, selected, glosses, sentences, description]);

  // Autosave, debounced; the first render is what the server already has.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setSave('saving');
    const timer = setTimeout(() => {
      saveDraftAction(draftId, title, state).then((ok) => setSave(ok ? 'saved' : 'failed'), () => setSave('failed'));
    }, 600);
    return () => clearTimeout(timer);
  }, [draftId, title, state, saveDraftAction]);

  const glossOf = (key: string, row: { ru: string; en: string }): Gloss => glosses[key] ?? { ru: row.ru, en: row.en };

  function toggleChange(key: string, accept: boolean) {
    const next = new Set(rejected);
    if (accept) next.delete(key);
    else next.add(key);
    setRejected(next);
    startAnalysis(async () => {
      const fresh = await reanalyseDraftAction(draftId, title, { ...state, rejected: [...next] });
      if (fresh) setAnalysis(fresh);
    });
  }

  function setRowSelected(key: string, on: boolean) {
    const next = new Set(effectiveSelected);
    if (on) next.add(key);
    else next.delete(key);
    setSelected(next);
  }

  function editGloss(key: string, row: { ru: string; en: string }, lang: 'ru' | 'en', value: string) {
    const g = { ...glossOf(key, row), [lang]: value };
    setGlosses({ ...glosses, [key]: g });
    if (value.trim() && !effectiveSelected.has(key)) setRowSelected(key, true);
  }

  function toggleSentence(key: string, on: boolean) {
    const next = { ...sentences };
    if (on) next[key] = next[key] ?? { ru: '', en: '' };
    else delete next[key];
    setSentences(next);
  }

  function create() {
    startCreate(async () => {
      setResult(await createDeckFromDraftAction(locale, draftId, title, description, state));
    });
  }

  const rows = onlyMissing ? analysis.rows.filter((r) => { const g = glossOf(r.key, r); return !g.ru.trim() && !g.en.trim(); }) : analysis.rows;
  const words = pageOf(rows, wordPage);
  const sentencesShown = pageOf(analysis.sentences, sentencePage);
  const muted = 'text-sm text-stone-600 dark:text-stone-400';

  return (
    <div className="relative left-1/2 flex w-[min(calc(100vw-2rem),80rem)] -translate-x-1/2 flex-col gap-8">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className={muted} aria-live="polite" data-testid="save-status">{save === 'saving' ? t('saving') : save === 'failed' ? t('saveFailed') : t('saved')}</p>
      </div>
      <p className={muted}>{t('analysedIn', { chars: format.number(analysis.chars), ms: format.number(analysis.ms) })}</p>

      <section aria-labelledby="changes-h" className="flex flex-col gap-2">
        <h2 id="changes-h" className="text-xl font-semibold">{t('changes')}</h2>
        <p className={muted}>{t('changesHint')}</p>
        {analysing ? <Busy label={t('reanalysing')} /> : null}
        {analysis.changes.length === 0 ? <p>{t('noChanges')}</p> : (
          <ol className="flex max-h-96 flex-col gap-1 overflow-y-auto">
            {analysis.changes.map((c, i) => (
              <li key={c.key} className="flex items-start gap-3 border-b border-stone-200 py-1.5 text-sm dark:border-stone-800">
                <input
                  type="checkbox" className="mt-1" checked={!rejected.has(c.key)} disabled={analysing}
                  aria-label={t('acceptChange', { n: i + 1, before: JSON.stringify(c.before), after: JSON.stringify(c.after) })}
                  onChange={(e) => toggleChange(c.key, e.target.checked)}
                />
                <span className="flex flex-col">
                  <span lang="kk" className="break-all">
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
        )}
      </section>

      <section aria-labelledby="vocab-h" className="flex flex-col gap-3">
        <h2 id="vocab-h" className="text-xl font-semibold">{t('vocabulary')}</h2>
        <p className={muted}>{t('vocabularyHint')}</p>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium" aria-live="polite">{t('selectedCount', { selected: format.number(analysis.rows.filter((r) => effectiveSelected.has(r.key)).length), total: format.number(analysis.rows.length) })}</span>
          <button type="button" className="btn-secondary px-2 py-1 text-sm" onClick={() => setSelected(new Set(analysis.rows.map((r) => r.key)))}>{t('selectAll')}</button>
          <button type="button" className="btn-secondary px-2 py-1 text-sm" onClick={() => setSelected(new Set())}>{t('selectNone')}</button>
          <button type="button" className="btn-secondary px-2 py-1 text-sm" onClick={() => setSelected(new Set(analysis.rows.filter((r) => { const g = glossOf(r.key, r); return g.ru.trim() || g.en.trim(); }).map((r) => r.key)))}>{t('selectGlossed')}</button>
          <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={onlyMissing} onChange={(e) => { setOnlyMissing(e.target.checked); setWordPage(0); }} />{t('onlyMissing')}</label>
        </div>
        {analysis.rows.length === 0 ? <p>{t('noWords')}</p> : (
          <>
          <DataTable
            className="overflow-x-auto rounded-lg border border-stone-200 dark:border-stone-800"
            caption={t('vocabulary')}
            scrollRegion={t('vocabularyTable')}
            headClassName="sticky top-0 bg-stone-100 dark:bg-stone-900"
            cellClassName="p-2"
            columns={[
            { label: t('colSelect') }, { label: t('colWord') }, { label: t('colPos') }, { label: t('colCount'), numeric: true },
            { label: t('colForms') }, { label: t('colExample') }, { label: t('colRu') }, { label: t('colEn') },
            ]}
          >
            {words.rows.map((r) => {
              const g = glossOf(r.key, r);
              const missing = !g.ru.trim() && !g.en.trim();
              const word = r.headword;
              return (
                <tr key={r.key} className="border-t border-stone-200 align-top dark:border-stone-800" data-row={r.key}>
                  <td className="p-2"><input type="checkbox" checked={effectiveSelected.has(r.key)} onChange={(e) => setRowSelected(r.key, e.target.checked)} aria-label={t('selectWord', { word })} /></td>
                  <td className="p-2">
                    <span className="font-semibold" lang="kk">{word}</span>
                    {r.lemma !== word ? <span className="block text-xs text-stone-600 dark:text-stone-400" lang="kk">{r.lemma}</span> : null}
                    {missing ? <span className="mt-1 block w-max rounded bg-amber-100 px-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">{t('needsGloss')}</span> : null}
                  </td>
                  <td className="p-2 italic">{(POS as readonly string[]).includes(r.upos) ? tp(r.upos as (typeof POS)[number]) : r.upos}</td>
                  <td className="p-2 text-right tabular-nums">{r.count}</td>
                  <td className="p-2" lang="kk">{r.forms.join(', ')}</td>
                  <td className="min-w-48 max-w-80 p-2 text-stone-700 dark:text-stone-300" lang="kk">{r.example}</td>
                  <td className="p-2"><input className="field min-w-44 px-2 py-1 text-sm" lang="ru" value={g.ru} maxLength={500} onChange={(e) => editGloss(r.key, r, 'ru', e.target.value)} aria-label={t('ruFor', { word })} /></td>
                  <td className="p-2"><input className="field min-w-44 px-2 py-1 text-sm" lang="en" value={g.en} maxLength={500} onChange={(e) => editGloss(r.key, r, 'en', e.target.value)} aria-label={t('enFor', { word })} /></td>
                </tr>
              );
            })}
          </DataTable>
          <RowPager label={t('wordPages')} page={words.page} pages={words.pages} total={rows.length} onPage={setWordPage} />
          </>
        )}
      </section>

      <section aria-labelledby="sentences-h" className="flex flex-col gap-2">
        <h2 id="sentences-h" className="text-xl font-semibold">{t('sentences')}</h2>
        <p className={muted}>{t('sentencesHint')}</p>
        <ol className="flex flex-col gap-2">
          {sentencesShown.rows.map((s) => {
            const tr = sentences[s.key];
            const untranslated = !!tr && !tr.ru.trim() && !tr.en.trim();
            return (
              <li key={s.key} className="flex flex-col gap-2 border-b border-stone-200 pb-2 dark:border-stone-800" data-sentence={s.key}>
                <label className="flex items-start gap-3">
                  <input type="checkbox" className="mt-1" checked={!!tr} onChange={(e) => toggleSentence(s.key, e.target.checked)} aria-label={t('addSentence', { sentence: s.kk })} />
                  <span lang="kk">{s.kk}</span>
                </label>
                {untranslated ? <span className="ml-7 w-max rounded bg-amber-100 px-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">{t('needsTranslation')}</span> : null}
                {tr ? (
                  <div className="grid gap-2 pl-7 sm:grid-cols-2">
                    <input className="field px-2 py-1 text-sm" lang="ru" placeholder={t('sentenceRu')} aria-label={`${t('sentenceRu')}: ${s.kk}`} maxLength={1000} value={tr.ru} onChange={(e) => setSentences({ ...sentences, [s.key]: { ...tr, ru: e.target.value } })} />
                    <input className="field px-2 py-1 text-sm" lang="en" placeholder={t('sentenceEn')} aria-label={`${t('sentenceEn')}: ${s.kk}`} maxLength={1000} value={tr.en} onChange={(e) => setSentences({ ...sentences, [s.key]: { ...tr, en: e.target.value } })} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
        <RowPager label={t('sentencePages')} page={sentencesShown.page} pages={sentencesShown.pages} total={analysis.sentences.length} onPage={setSentencePage} />
      </section>

      <section className="card-surface flex flex-col gap-3 p-6" aria-labelledby="create-h">
        <h2 id="create-h" className="text-xl font-semibold">{t('create')}</h2>
        <label className="flex flex-col gap-1"><span className="font-medium">{t('deckTitle')}</span><input className="field" value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} required /></label>
        <label className="flex flex-col gap-1"><span className="font-medium">{t('deckDescription')}</span><textarea className="field" rows={2} value={description} maxLength={1000} onChange={(e) => setDescription(e.target.value)} /></label>
        <FormStatus state={result} />
        {untranslated.length ? (
          <ul className="list-disc pl-6 text-sm text-red-700 dark:text-red-300" aria-label={t('untranslatedList')}>
            {untranslated.map((key) => {
              const s = analysis.sentences.find((x) => x.key === key);
              return s ? <li key={key} lang="kk">{s.kk}</li> : null;
            })}
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
