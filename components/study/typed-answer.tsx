'use client';
// Typing the answer of a production or cloze card: the input, the Kazakh letter bar, Alt
// shortcuts, Enter to check, and the check's result in a live region. The check itself
// (lib/answers with the Kazakh analyser) is loaded on first use, off the page's first load.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { AnswerCheck, AnswerTarget } from '@/lib/answers';
import { useKazakh } from '../preferences';
import { AnswerFeedback } from './answer-feedback';
import { barLetters, letterForKey, shortcutHelp } from './kazakh-keys';

type Checker = typeof import('@/lib/answers');
let checker: Promise<Checker> | null = null;
function loadChecker(): Promise<Checker> {
  checker ??= import('@/lib/answers');
  return checker;
}

interface Props {
  target: AnswerTarget;
  /** the answer is shown (by a check, or by "Show answer") */
  revealed: boolean;
  onChecked: (check: AnswerCheck) => void;
}

export function TypedAnswer({ target, revealed, onChecked }: Props) {
  const t = useTranslations('answer');
  const { script, lang } = useKazakh();
  const [value, setValue] = useState('');
  const [check, setCheck] = useState<AnswerCheck | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const inputId = useId();

  useEffect(() => {
    void loadChecker();
    input.current?.focus();
  }, []);

  useEffect(() => {
    if (caret.current === null || !input.current) return;
    input.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [value]);

  const insert = (letter: string) => {
    const el = input.current;
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    setValue(value.slice(0, start) + letter + value.slice(end));
    caret.current = start + letter.length;
    el?.focus();
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (check || revealed) return;
    const { checkAnswer } = await loadChecker();
    const result = checkAnswer(value, target, script);
    setCheck(result);
    onChecked(result);
    // the result sits below the card: bring it into view above the rating bar
    requestAnimationFrame(() => feedback.current?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
  };

  const locked = check !== null || revealed;
  return (
    <div className="card-surface flex flex-col gap-3 p-4">
      <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-3">
        <label htmlFor={inputId} className="font-medium">{t('label')}</label>
        <div className="flex gap-2">
          <input
            ref={input}
            id={inputId}
            lang={lang}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => {
              const letter = letterForKey(e, script);
              if (letter) {
                e.preventDefault();
                insert(letter);
              }
            }}
            readOnly={locked}
            maxLength={500}
            autoComplete="off"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="done"
            placeholder={t('placeholder')}
            className="field min-w-0 flex-1 text-xl"
          />
          <button type="submit" className="btn-primary shrink-0 px-4" disabled={locked}>{t('check')}</button>
        </div>
      </form>
      {!locked ? (
        <div role="group" aria-label={t('letterBar')} className="grid grid-cols-9 gap-1" lang={lang}>
          {barLetters(script).map((letter) => (
            <button
              key={letter}
              type="button"
              className="btn min-h-11 min-w-0 border border-stone-300 bg-white px-0 text-xl dark:border-stone-700 dark:bg-stone-900"
              aria-label={t('insert', { letter })}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => insert(letter)}
            >
              {letter}
            </button>
          ))}
        </div>
      ) : null}
      {/* Alt+key shortcuts are for a keyboard: not on a phone's screen, where the letter bar is */}
      <details className="hidden text-sm text-stone-700 sm:block dark:text-stone-300">
        <summary className="cursor-pointer">{t('shortcutsTitle')}</summary>
        <p className="mt-1">{t('shortcutsHelp')}</p>
        <ul className="mt-1 grid grid-cols-1 gap-x-4 sm:grid-cols-2">
          {shortcutHelp(script).map((row) => (
            <li key={row.letter}><span lang={lang} className="font-semibold">{row.letter}</span> — <kbd>{row.keys}</kbd></li>
          ))}
        </ul>
      </details>
      <div ref={feedback} aria-live="polite" aria-atomic="true">
        {check ? <AnswerFeedback check={check} where={target.tests} /> : null}
      </div>
    </div>
  );
}
