// The script a learner reads Kazakh in. Content is stored in Cyrillic; Latin (the official
// 2021 alphabet) is produced for display by the engine's toLatin. Pure.
// toLatin from its own file, not the engine's index: every page's layout bundles this module,
// and the index would bring the analyser and its lexicon (135 KB) into every page's first load.
import { toLatin } from '../kazakh/latin/to-latin';

export type Script = 'cyrl' | 'latn';
export const SCRIPTS: readonly Script[] = ['cyrl', 'latn'];

export function isScript(value: unknown): value is Script {
  return value === 'cyrl' || value === 'latn';
}

/** A stored (Cyrillic) Kazakh text as the learner reads it. */
export function inScript(text: string, script: Script): string {
  return script === 'latn' ? toLatin(text) : text;
}

/** The BCP 47 tag of Kazakh text in a script, for lang attributes (screen readers, fonts). */
export function kazakhLang(script: Script): 'kk' | 'kk-Latn' {
  return script === 'latn' ? 'kk-Latn' : 'kk';
}
