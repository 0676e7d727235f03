// The shipped glossary (data/lexicon), indexed once per process, for pre-filling glosses.
import 'server-only';
import { indexLexicon, type LexiconIndex } from '@/lib/decks';
import { loadLexicon } from '../content/content-files';

let cached: LexiconIndex | null = null;

export function glossary(): LexiconIndex {
  cached ??= indexLexicon(loadLexicon());
  return cached;
}
