'use client';

import { useRef } from 'react';
import { useTranslations } from 'next-intl';
import type { StudyCardContent } from '@/server/study/card-content';
import { PlayButton, type PlayHandle } from '../audio/play-button';
import { Meaning, type Gloss } from '../meaning';
import { useKazakh, usePreferences } from '../preferences';
import { usePlayShortcut } from './card-speech';
import { Highlighted } from './highlighted';
import { WordBuild } from './word-build';

/** `typed`: an answer field follows the card, so the card takes less room (the field stays clear of the bar below). */
export function CardFace({ card, revealed, gloss, typed = false }: { card: StudyCardContent; revealed: boolean; gloss: Gloss; typed?: boolean }) {
  const t = useTranslations('study');
  const tp = useTranslations('pos');
  const tc = useTranslations('cardTypes');
  const { audioAutoplay } = usePreferences();
  const { kk, lang } = useKazakh();
  const player = useRef<PlayHandle>(null);
  usePlayShortcut(player);
  /** The card's main Kazakh text, once it is on screen (never before the answer on production and cloze). */
  const listen = (text: string) => (
    <PlayButton ref={player} text={text} autoPlay={audioAutoplay} keyShortcut="P" />
  );
  const headword = card.headword ?? card.kk;
  const pos = card.upos && ['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'PRON', 'DET', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'INTJ', 'X'].includes(card.upos)
    ? tp(card.upos as 'NOUN')
    : null;
  const example = card.examples[0];
  const prompt = {
    recognition: t('promptRecognition'),
    production: t('promptProduction'),
    cloze: t('promptCloze'),
    sentence: t('promptSentence'),
  }[card.type];

  return (
    <article className={`card-surface flex ${typed ? 'min-h-40' : 'min-h-72'} flex-col gap-5 p-6`} aria-live="polite" data-card-type={card.type}>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs uppercase tracking-wide dark:bg-stone-800">{tc(card.type)}</span>{' '}
        {prompt}
      </p>

      {/* Front */}
      {card.type === 'recognition' ? (
        <p className="flex items-center justify-center gap-3 text-center text-4xl font-semibold" lang={lang} data-testid="card-headword">{kk(headword)}{listen(headword)}</p>
      ) : null}
      {card.type === 'production' ? (
        <Meaning ru={card.ru} en={card.en} gloss={gloss} className="text-center text-2xl font-semibold" />
      ) : null}
      {card.type === 'cloze' && card.cloze ? (
        <>
          <p className="text-xl leading-relaxed" lang={lang}>
            <Highlighted text={card.cloze.sentence} start={card.cloze.start} end={card.cloze.end} blank={!revealed} />
            {/* the sentence is heard only once its blank is filled */}
            {revealed ? <> {listen(card.cloze.sentence)}</> : null}
          </p>
          <p className="text-sm"><span className="text-stone-600 dark:text-stone-400">{t('hint')}: </span><span lang={lang} className="font-semibold">{kk(headword)}</span> — {gloss === 'en' ? card.en : card.ru}{gloss === 'both' && card.en ? ` / ${card.en}` : ''}</p>
        </>
      ) : null}
      {card.type === 'sentence' ? (
        <p className="text-xl leading-relaxed" lang={lang}>{kk(card.kk)} {listen(card.kk)}</p>
      ) : null}

      {/* Back */}
      {revealed ? (
        <div className="flex flex-col gap-4 border-t border-stone-200 pt-4 dark:border-stone-800" data-testid="answer">
          {card.type === 'recognition' ? (
            <Meaning ru={card.ru} en={card.en} gloss={gloss} className="text-center text-2xl" />
          ) : null}
          {card.type === 'production' ? (
            <p className="flex items-center justify-center gap-3 text-center text-4xl font-semibold" lang={lang} data-testid="card-headword">{kk(headword)}{listen(headword)}</p>
          ) : null}
          {card.type === 'cloze' && card.cloze ? (
            <Meaning ru={card.cloze.ru} en={card.cloze.en} gloss={gloss} className="text-lg" />
          ) : null}
          {card.type === 'sentence' ? (
            <Meaning ru={card.ru} en={card.en} gloss={gloss} className="text-lg" />
          ) : null}
          {pos && card.type !== 'sentence' ? <p className="text-center text-sm italic text-stone-600 dark:text-stone-400">{pos}</p> : null}
          {/* The comment in the gloss language: a Russian note never shows alone in an English UI. */}
          <Meaning ru={card.comment ?? ''} en={card.commentEn ?? ''} gloss={gloss} className="text-sm text-stone-700 dark:text-stone-300" />
          {card.type === 'cloze' && card.cloze?.segments ? <WordBuild segments={card.cloze.segments} label={t('build')} /> : null}
          {(card.type === 'recognition' || card.type === 'production') && example ? (
            <div className="flex flex-col gap-2">
              <p className="text-sm text-stone-600 dark:text-stone-400">{t('example')}</p>
              <p className="text-lg" lang={lang}><Highlighted text={example.kk} start={example.start} end={example.end} /> <PlayButton size="sm" text={example.kk} /></p>
              <Meaning ru={example.ru} en={example.en} gloss={gloss} className="text-stone-700 dark:text-stone-300" />
              {example.segments ? <WordBuild segments={example.segments} label={t('build')} /> : null}
            </div>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
