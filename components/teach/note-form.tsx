'use client';
// Add or edit a note by hand. "Fill in from the engine" (also run when the Kazakh field
// is left with the meanings empty, or still holding what was filled in for another word)
// asks the server for lemma, part of speech, the build of the form and, when the glossary
// knows the word, its meanings. What it filled in belongs to that word: for a new word it
// is replaced, never kept as the new word's meaning.
import { useActionState, useEffect, useRef, useState, useTransition } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { FormAction, TeachFormState } from '../form-states';
import { Link } from '@/i18n/navigation';
import type { NotePrefill } from '@/server/teach/prefill-note';
import { FormStatus } from './form-bits';

const POS = ['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'PRON', 'DET', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'INTJ', 'X'] as const;

export interface NoteFormValues {
  noteId: string;
  kind: 'word' | 'sentence';
  kk: string;
  upos: string;
  ru: string;
  en: string;
  exampleKk: string;
  exampleRu: string;
  exampleEn: string;
}

const EMPTY: NoteFormValues = { noteId: '', kind: 'word', kk: '', upos: '', ru: '', en: '', exampleKk: '', exampleRu: '', exampleEn: '' };

export interface NoteFormActions {
  saveNoteAction: FormAction<TeachFormState>;
  prefillNoteAction: (kk: string) => Promise<NotePrefill | null>;
}

export function NoteForm({ deckId, initial, saveNoteAction, prefillNoteAction }: { deckId: string; initial?: NoteFormValues } & NoteFormActions) {
  const t = useTranslations('teach.deck');
  const tp = useTranslations('pos');
  const locale = useLocale();
  const [state, action, pending] = useActionState(saveNoteAction, {});
  const [v, setV] = useState<NoteFormValues>(initial ?? EMPTY);
  const [info, setInfo] = useState<NotePrefill | null>(null);
  const [looking, startLookup] = useTransition();
  const editing = !!initial?.noteId;
  const lastAt = useRef(state.at);
  // What the last look-up filled in, and for which word.
  const filled = useRef<{ kk: string; ru: string; en: string; upos: string } | null>(null);

  // After a successful add, clear the form for the next note.
  useEffect(() => {
    if (state.status === 'ok' && state.at !== lastAt.current && !editing) {
      lastAt.current = state.at;
      setV(EMPTY);
      setInfo(null);
      filled.current = null;
    }
  }, [state, editing]);

  const set = (k: keyof NoteFormValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setV({ ...v, [k]: e.target.value });

  // A field is the teacher's own unless it still holds what a look-up put there.
  const ownValue = (field: 'ru' | 'en' | 'upos', value: string) => !!value && value !== filled.current?.[field];

  function prefill(force: boolean) {
    const kk = v.kk.trim();
    if (!kk || v.kind !== 'word') return;
    if (!force && (ownValue('ru', v.ru) || ownValue('en', v.en) || filled.current?.kk === kk)) return;
    startLookup(async () => {
      const p = await prefillNoteAction(kk);
      if (!p) return;
      setInfo(p);
      setV((cur) => {
        // The button takes the engine's answer where it has one; the teacher's own text stays otherwise.
        const pick = (field: 'ru' | 'en' | 'upos', fresh: string) => (ownValue(field, cur[field]) && (!force || !fresh) ? cur[field] : fresh);
        const next = { ...cur, upos: pick('upos', p.upos), ru: pick('ru', p.ru), en: pick('en', p.en) };
        filled.current = { kk, ru: next.ru, en: next.en, upos: next.upos };
        return next;
      });
    });
  }

  const word = v.kind === 'word';
  return (
    <form action={action} noValidate className="flex flex-col gap-3" aria-label={editing ? t('editingNote') : t('addNote')}>
      <input type="hidden" name="deckId" value={deckId} />
      <input type="hidden" name="noteId" value={v.noteId} />
      <input type="hidden" name="locale" value={locale} />
      {!editing ? (
        <fieldset className="flex flex-wrap gap-4">
          <legend className="mb-1 font-medium">{t('kind')}</legend>
          <label className="flex items-center gap-2"><input type="radio" name="kind" value="word" checked={word} onChange={() => setV({ ...v, kind: 'word' })} />{t('kindWord')}</label>
          <label className="flex items-center gap-2"><input type="radio" name="kind" value="sentence" checked={!word} onChange={() => setV({ ...v, kind: 'sentence' })} />{t('kindSentence')}</label>
        </fieldset>
      ) : <input type="hidden" name="kind" value={v.kind} />}
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('kk')}</span>
        {word
          ? <input name="kk" value={v.kk} onChange={set('kk')} onBlur={() => prefill(false)} required maxLength={200} className="field" lang="kk" />
          : <textarea name="kk" value={v.kk} onChange={set('kk')} required maxLength={1000} rows={2} className="field" lang="kk" />}
      </label>
      {word ? (
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" className="btn-secondary px-3 py-1.5 text-sm" onClick={() => prefill(true)} disabled={looking || !v.kk.trim()}>{looking ? t('prefilling') : t('prefill')}</button>
          {info ? (
            <span className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
              <span lang="kk">{t('analysis', { lemma: info.lemma, build: info.segments.map((s) => s.text).join(' · ') })}</span>
              {' — '}{info.inGlossary ? t('inGlossary') : t('notInGlossary')}
            </span>
          ) : null}
        </div>
      ) : null}
      {word ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`upos-${deckId}`} className="font-medium">{t('pos')}</label>
          <select id={`upos-${deckId}`} name="upos" value={v.upos} onChange={set('upos')} className="field">
            <option value="">{t('posAuto')}</option>
            {POS.map((p) => <option key={p} value={p}>{tp(p)}</option>)}
          </select>
        </div>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1"><span className="font-medium">{word ? t('ru') : t('sentenceRu')}</span><input name="ru" value={v.ru} onChange={set('ru')} maxLength={500} className="field" lang="ru" /></label>
        <label className="flex flex-col gap-1"><span className="font-medium">{word ? t('en') : t('sentenceEn')}</span><input name="en" value={v.en} onChange={set('en')} maxLength={500} className="field" lang="en" /></label>
      </div>
      {word ? (
        <>
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t('example')}</span>
            <textarea name="exampleKk" value={v.exampleKk} onChange={set('exampleKk')} maxLength={1000} rows={2} className="field" lang="kk" aria-describedby="example-hint" />
            <span id="example-hint" className="text-sm text-stone-600 dark:text-stone-400">{t('exampleHint')}</span>
          </label>
          <div className="grid gap-3 sm:grid-cols-2">
            <label className="flex flex-col gap-1"><span className="font-medium">{t('exampleRu')}</span><input name="exampleRu" value={v.exampleRu} onChange={set('exampleRu')} maxLength={1000} className="field" lang="ru" /></label>
            <label className="flex flex-col gap-1"><span className="font-medium">{t('exampleEn')}</span><input name="exampleEn" value={v.exampleEn} onChange={set('exampleEn')} maxLength={1000} className="field" lang="en" /></label>
          </div>
        </>
      ) : null}
      <FormStatus state={state} okText={t('noteSaved')} />
      <div className="flex gap-3">
        <button type="submit" className="btn-primary" disabled={pending}>{editing ? t('saveNote') : t('addNoteButton')}</button>
        {editing ? <Link href={`/teach/decks/${deckId}`} className="btn-secondary">{t('cancelEdit')}</Link> : null}
      </div>
    </form>
  );
}
