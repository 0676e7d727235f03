// What a teacher decides about a text in the deck-from-text review, and the rules that turn
// those decisions into the deck: which rows are selected (the glossary's words until the
// teacher changes the selection), which meaning a row has (the teacher's, else the
// glossary's), and how each edit the review sends changes them. The server applies the edits;
// the review shows their effect at once with the same rules.

export interface Gloss {
  ru: string;
  en: string;
}

export interface DraftChoices {
  /** Keys of the normaliser changes the teacher rejected. */
  rejected: string[];
  /** Row keys the teacher selected; absent until the teacher changes the default selection. */
  selected?: string[];
  /** The teacher's meanings, by row key (a row without one has the glossary's). */
  glosses: Record<string, Gloss>;
  /** Sentences chosen as sentence cards, by sentence key, with their translations. */
  sentences: Record<string, Gloss>;
  description: string;
}

/** What the rules need to know of a row of the vocabulary. */
export interface DraftRowFacts {
  key: string;
  /** The glossary's meaning ('' when it has none). */
  ru: string;
  en: string;
  /** true when the glossary gave the meaning: such rows are selected by default. */
  glossed: boolean;
}

/** One thing the teacher did in the review, in the order they did it. */
export type DraftEdit =
  | { kind: 'title'; value: string }
  | { kind: 'description'; value: string }
  | { kind: 'change'; key: string; accept: boolean }
  | { kind: 'select'; key: string; on: boolean }
  | { kind: 'select-all' }
  | { kind: 'select-none' }
  | { kind: 'select-glossed' }
  | { kind: 'gloss'; key: string; lang: 'ru' | 'en'; value: string }
  | { kind: 'sentence'; key: string; on: boolean }
  | { kind: 'translation'; key: string; lang: 'ru' | 'en'; value: string };

export interface DraftDecisions {
  title: string;
  choices: DraftChoices;
}

/** What the edits apply to: the rows and sentences of the text as analysed now. */
export interface DraftFacts {
  rows: readonly DraftRowFacts[];
  sentenceKeys: ReadonlySet<string>;
}

export const hasMeaning = (g: Gloss): boolean => !!(g.ru.trim() || g.en.trim());

export function glossOf(choices: DraftChoices, row: DraftRowFacts): Gloss {
  return choices.glosses[row.key] ?? { ru: row.ru, en: row.en };
}

export function selectionOf(choices: DraftChoices, rows: readonly DraftRowFacts[]): Set<string> {
  return new Set(choices.selected ?? rows.filter((r) => r.glossed).map((r) => r.key));
}

/** Writing a meaning into a row selects it: a teacher who glosses a word wants it in the deck. */
export const selectsRow = (typed: string): boolean => typed.trim() !== '';

/**
 * The decisions after the edits. Edits of rows or sentences the text no longer has (another
 * tab rejected a change, say) are dropped. A change edit alters the text's analysis, so it is
 * applied on its own (see `changesAnalysis`).
 */
export function applyDraftEdits(decisions: DraftDecisions, edits: readonly DraftEdit[], facts: DraftFacts): DraftDecisions {
  let { title } = decisions;
  const c = decisions.choices;
  const rejected = new Set(c.rejected);
  let selected: Set<string> | null = c.selected ? new Set(c.selected) : null;
  const glosses = { ...c.glosses };
  const sentences = { ...c.sentences };
  let { description } = c;
  const rowsByKey = new Map(facts.rows.map((r) => [r.key, r]));
  const select = () => (selected ??= selectionOf(c, facts.rows));

  for (const e of edits) {
    switch (e.kind) {
      case 'title': title = e.value; break;
      case 'description': description = e.value; break;
      case 'change': if (e.accept) rejected.delete(e.key); else rejected.add(e.key); break;
      case 'select': if (rowsByKey.has(e.key)) { if (e.on) select().add(e.key); else select().delete(e.key); } break;
      case 'select-all': selected = new Set(rowsByKey.keys()); break;
      case 'select-none': selected = new Set(); break;
      case 'select-glossed': selected = new Set(facts.rows.filter((r) => hasMeaning(glosses[r.key] ?? r)).map((r) => r.key)); break;
      case 'gloss': {
        const row = rowsByKey.get(e.key);
        if (!row) break;
        glosses[e.key] = { ...(glosses[e.key] ?? { ru: row.ru, en: row.en }), [e.lang]: e.value };
        if (selectsRow(e.value)) select().add(e.key);
        break;
      }
      case 'sentence':
        if (!facts.sentenceKeys.has(e.key)) break;
        if (e.on) sentences[e.key] ??= { ru: '', en: '' };
        else delete sentences[e.key];
        break;
      case 'translation':
        if (sentences[e.key]) sentences[e.key] = { ...sentences[e.key]!, [e.lang]: e.value };
        break;
    }
  }
  return {
    title,
    choices: { rejected: [...rejected], ...(selected ? { selected: [...selected] } : {}), glosses, sentences, description },
  };
}

/** Whether the edits change the text the vocabulary is read from (a normaliser change accepted or rejected). */
export const changesAnalysis = (edits: readonly DraftEdit[]): boolean => edits.some((e) => e.kind === 'change');
