'use client';
// The reader: the share of the text the learner knows, a legend, the text, and the panel of
// the word opened. The learner's lemma states live here, so acting on a word re-colours every
// form of its lemma and the share line at once.
import { useCallback, useMemo, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { summaryWith, unpackReaderView, wordSentence, type LemmaState, type PackedReaderView, type ReaderSummary } from '@/lib/reader';
import type { Gloss } from '../meaning';
import { useFormatter } from '../use-formatter';
import { OPEN_WORD, ReaderText, TEXT_ID } from './reader-text';
import { WordPanel, type PanelWord } from './word-panel';
import styles from './reader.module.css';

type MarkKnown = (deckId: string, noteId: string) => Promise<{ ok: true; due: string } | { ok: false; error: string }>;
type StudyWord = (deckId: string, noteId: string) => Promise<{ ok: true; cards: number } | { ok: false; error: string }>;
type AddToMyWords = (deckId: string, word: number) => Promise<{ ok: true; deckId: string; added: boolean } | { ok: false; error: string }>;

const DESCRIBED_BY: Record<LemmaState, string | undefined> = { unknown: 'rs-u', learning: 'rs-l', known: 'rs-k', none: undefined };
const HARD_ID = 'rs-h';

interface Props {
  deckId: string;
  /** the part of the text on this page (the whole text, unless it is long: lib/reader/part.ts) */
  packed: PackedReaderView;
  /** the text's index of the part's first word, the whole text's summary, and each lemma's running words in it */
  part: { firstWord: number; summary: ReaderSummary; running: number[] };
  gloss: Gloss;
  markKnown: MarkKnown;
  studyWord: StudyWord;
  addToMyWords: AddToMyWords;
  /** for a teacher reading a class's deck: the words that class finds hardest, to mark, and how many of them the whole text has */
  hardest?: { className: string; noteIds: string[]; inText: number } | null;
}

export function Reader({ deckId, packed, part, gloss, markKnown, studyWord, addToMyWords, hardest }: Props) {
  const view = useMemo(() => unpackReaderView(packed), [packed]);
  const t = useTranslations('reader');
  const format = useFormatter();
  const initial = useMemo(() => view.lemmas.map((l) => l.state), [view]);
  const [states, setStates] = useState<LemmaState[]>(initial);
  const [dues, setDues] = useState<Record<number, string>>({});
  const [failed, setFailed] = useState(false);
  // lemmas whose cards the learner asked to study next (kept by the server)
  const [asked, setAsked] = useState<ReadonlySet<number>>(() => new Set(view.lemmas.flatMap((l, i) => (l.asked ? [i] : []))));
  // lemmas added to the learner's own deck on this page, with that deck's id
  const [added, setAdded] = useState<Record<number, { deckId: string; added: boolean }>>({});
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState<number | null>(null);
  const summary = useMemo(() => summaryWith(part.summary, part.running, initial, states), [part, initial, states]);
  const hard = useMemo(() => {
    const notes = new Set(hardest?.noteIds ?? []);
    return new Set(view.lemmas.flatMap((l, i) => (l.noteId && notes.has(l.noteId) ? [i] : [])));
  }, [view, hardest]);
  const onOpen = useCallback((w: number) => setOpen(w), []);

  const panelWord = useMemo((): PanelWord | null => {
    if (open === null) return null;
    const start = view.words[open * 3]!;
    const end = view.words[open * 3 + 1]!;
    const form = view.forms[view.words[open * 3 + 2]!]!;
    const sentence = wordSentence(view, open)!;
    const lemma = view.lemmas[form.lemma]!;
    return {
      lemmaIndex: form.lemma,
      form: view.text.slice(start, end),
      lemma: dues[form.lemma] ? { ...lemma, due: dues[form.lemma]! } : lemma,
      state: states[form.lemma] ?? 'none',
      segments: form.segments,
      sentence: sentence.text,
      translation: view.translations[sentence.index] ?? null,
    };
  }, [open, view, states, dues]);

  const close = useCallback(() => {
    const w = open;
    setOpen(null);
    document.querySelector(`#${TEXT_ID} [${OPEN_WORD}]`)?.removeAttribute(OPEN_WORD);
    // focus back on the word the panel was opened from
    if (w !== null) requestAnimationFrame(() => document.querySelectorAll<HTMLButtonElement>(`#${TEXT_ID} button`)[w]?.focus());
  }, [open]);

  /** One of the panel's actions: the server's answer, or "that did not work". */
  function act<R extends { ok: boolean }>(call: () => Promise<R>, done: (res: R) => void) {
    setFailed(false);
    startTransition(async () => {
      const res = await call().catch(() => null);
      if (!res?.ok) return setFailed(true);
      done(res);
    });
  }
  function actOn<R extends { ok: boolean }>(w: PanelWord, call: (deckId: string, noteId: string) => Promise<R>, done: (res: R) => void) {
    const noteId = w.lemma.noteId;
    if (noteId) act(() => call(deckId, noteId), done);
  }
  const onAdd = (w: PanelWord, word: number) =>
    act(() => addToMyWords(deckId, part.firstWord + word), (res) => {
      if (res.ok) setAdded((prev) => ({ ...prev, [w.lemmaIndex]: { deckId: res.deckId, added: res.added } }));
    });
  const onKnown = (w: PanelWord) =>
    actOn(w, markKnown, (res) => {
      if (!res.ok) return;
      setStates((prev) => prev.map((s, i) => (i === w.lemmaIndex ? 'known' : s)));
      setDues((prev) => ({ ...prev, [w.lemmaIndex]: res.due }));
    });
  const onStudy = (w: PanelWord) => actOn(w, studyWord, () => setAsked((prev) => new Set(prev).add(w.lemmaIndex)));

  const share = summary.studyRunning ? summary.known / summary.studyRunning : 0;
  return (
    <div className="flex flex-col gap-4">
      <p data-testid="reader-summary" aria-live="polite" className="text-stone-700 dark:text-stone-300">
        {summary.studyRunning === 0 ? t('nothingToStudy') : <>
          {t('summary', { share: format.percent(share, 0), known: format.number(summary.known), total: format.number(summary.studyRunning) })}
          {' · '}
          {t('newLemmas', { count: summary.newLemmas })}
        </>}
      </p>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700 dark:text-stone-300" aria-label={t('legend')}>
        <li id="rs-u"><span aria-hidden="true" className={styles.swatchU} />{t('legendUnknown')}</li>
        <li id="rs-l"><span aria-hidden="true" className={styles.swatchL} />{t('legendLearning')}</li>
        <li id="rs-k"><span aria-hidden="true" className={styles.swatchK} />{t('legendKnown')}</li>
        {hardest ? <li id={HARD_ID}><span aria-hidden="true" className={styles.swatchH} />{t('legendHardest', { className: hardest.className })}</li> : null}
      </ul>
      {hardest ? (
        <p data-testid="reader-hardest" className="text-stone-700 dark:text-stone-300">
          {hardest.noteIds.length ? t('hardestLine', format.args({ className: hardest.className, count: hardest.inText })) : t('hardestNone', { className: hardest.className })}
        </p>
      ) : null}
      {/* keys are for a keyboard: not on a phone's screen */}
      <p className="hidden text-sm text-stone-600 sm:block dark:text-stone-400">{t('keyboardHelp')}</p>
      <ReaderText view={view} states={states} hard={hard} hardId={HARD_ID} label={t('textLabel')} describedBy={DESCRIBED_BY} onOpen={onOpen} />
      {panelWord ? (
        <WordPanel key={open} word={panelWord} gloss={gloss} onClose={close}>
          {panelWord.lemma.noteId && panelWord.state !== 'none' && panelWord.state !== 'known' ? (
            <div className="flex flex-wrap items-center gap-2">
              {panelWord.state === 'unknown' ? (
                asked.has(panelWord.lemmaIndex) ? (
                  <p role="status" className="w-full">
                    {t('studyAsked')} <Link href={`/study/${deckId}`} className="underline">{t('studyNow')}</Link>
                  </p>
                ) : (
                  <button type="button" className="btn-primary" disabled={pending} onClick={() => onStudy(panelWord)}>{t('studyThisWord')}</button>
                )
              ) : null}
              <button type="button" className={panelWord.state === 'unknown' ? 'btn-secondary' : 'btn-primary'} disabled={pending} onClick={() => onKnown(panelWord)}>{t('iKnowIt')}</button>
              {failed ? <span role="alert" className="text-sm text-red-800 dark:text-red-200">{t('actionFailed')}</span> : null}
            </div>
          ) : null}
          {/* nothing of this deck to study for it (no note, or a note without cards): the learner's own deck */}
          {panelWord.state === 'none' && (panelWord.lemma.ru || panelWord.lemma.en) && open !== null ? (
            <div className="flex flex-wrap items-center gap-2">
              {added[panelWord.lemmaIndex] ? (
                <p role="status" className="w-full">
                  {t(added[panelWord.lemmaIndex]!.added ? 'addedToMyWords' : 'alreadyInMyWords')}{' '}
                  <Link href={`/study/${added[panelWord.lemmaIndex]!.deckId}`} className="underline">{t('studyMyWords')}</Link>
                </p>
              ) : (
                <button type="button" className="btn-primary" disabled={pending} onClick={() => onAdd(panelWord, open)}>{t('addToMyWords')}</button>
              )}
              {failed ? <span role="alert" className="text-sm text-red-800 dark:text-red-200">{t('actionFailed')}</span> : null}
            </div>
          ) : null}
        </WordPanel>
      ) : null}
    </div>
  );
}
