'use client';
// The signed-in learner's study preferences and Kazakh script, given once by the layout.
// Every Kazakh text on screen goes through useKazakh() / <Kk>, so the script applies
// everywhere from this one place.
import { createContext, useContext, useMemo } from 'react';
import { inScript, kazakhLang, type Script } from '@/lib/script';

export interface Preferences {
  answerTyping: boolean;
  audioAutoplay: boolean;
  kazakhScript: Script;
}

const DEFAULTS: Preferences = { answerTyping: true, audioAutoplay: false, kazakhScript: 'cyrl' };
const PreferencesContext = createContext<Preferences>(DEFAULTS);

export function PreferencesProvider({ value, children }: { value: Preferences; children: React.ReactNode }) {
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  return useContext(PreferencesContext);
}

export interface KazakhText {
  script: Script;
  /** the lang attribute for Kazakh in this script */
  lang: 'kk' | 'kk-Latn';
  /** a stored (Cyrillic) Kazakh text as the learner reads it */
  kk: (text: string) => string;
}

export function useKazakh(): KazakhText {
  const { kazakhScript } = usePreferences();
  return useMemo(() => ({ script: kazakhScript, lang: kazakhLang(kazakhScript), kk: (text: string) => inScript(text, kazakhScript) }), [kazakhScript]);
}

/** Kazakh text in the learner's script, with its lang attribute. */
export function Kk({ text, className }: { text: string; className?: string }) {
  const { kk, lang } = useKazakh();
  return <span lang={lang} className={className}>{kk(text)}</span>;
}
