// The deck the app ships: built from the essay in data/ through lib/kazakh.
import { buildDeck, type DeckBuild } from '@/lib/decks';
import { loadEssayText, loadLexicon, loadSentenceTranslations } from '../content/content-files';
import type { DeckMeta } from './save-built-deck';

export const ESSAY_DECK_ID = 'essay-central-asia';

export function buildEssayDeck(): { meta: DeckMeta; build: DeckBuild } {
  const text = loadEssayText();
  const build = buildDeck({ deckId: ESSAY_DECK_ID, text, lexicon: loadLexicon(), translations: loadSentenceTranslations() });
  return {
    meta: {
      id: ESSAY_DECK_ID,
      title: 'Орталық Азия интеграциясы',
      description: 'Central Asian integration · Интеграция Центральной Азии',
      sourceText: text,
      visibility: 'public',
      ownerId: null,
    },
    build,
  };
}

export function missingContentReport(build: DeckBuild): string[] {
  return [
    ...build.missing.glosses.map((g) => `gloss missing: ${g.lemma}\t${g.upos}\t(${g.forms.slice(0, 5).join(', ')})`),
    ...build.missing.translations.map((s) => `translation missing: ${s}`),
  ];
}
