// What is wrong with what a user sent, as codes with structured details, never as text. Use
// cases answer with issues; the UI words each one in the user's language from one vocabulary,
// messages/{kk,ru,en}.json "issues" (issueText). A test fails when a code or a field lacks a
// wording in any language (messages/issues.test.ts), and a code's wording must use exactly
// the details the code carries.

/** Every issue code and the details it carries (besides an optional line of a file). */
export const ISSUE_DETAILS = {
  required: ['field'],
  'too-long': ['field', 'limit'],
  'too-small': ['field', 'limit'],
  'too-big': ['field', 'limit'],
  invalid: ['field'],
  /** A name or title with control, zero-width or bidi characters, or nothing visible (lib/text). */
  'hidden-characters': ['field'],
  /** A teacher already owns as many drafts, decks or classes as one account may (server/teach/owned-limits.ts). */
  'owned-limit': ['limit'],
  /** Something no form field shows (an id, a hidden value) or a request no form would send. */
  malformed: [],
  'meaning-required': [],
  'unknown-pos': [],
  'unknown-time-zone': [],
  'nothing-selected': [],
  /** A ticked sentence of a draft without a translation (the issue names it: `sentence`). */
  'sentence-untranslated': [],
  /** An unknown or repeated column name. */
  'csv-header': [],
  /** No kk column, or neither ru nor en. */
  'csv-header-required': [],
  'csv-columns': [],
  'csv-duplicate': [],
  'csv-too-many': ['limit'],
  'csv-unterminated-quote': [],
  'csv-quote-in-field': [],
  /** A pasted text with (almost) no words in Kazakh Cyrillic (lib/decks/kazakh-text.ts). */
  'not-kazakh': [],
  /** A file form sent without a file. */
  'file-required': [],
  'file-unreadable': [],
  /** limit: megabytes */
  'file-too-large': ['limit'],
} as const satisfies Record<string, readonly ('field' | 'limit')[]>;

export type IssueCode = keyof typeof ISSUE_DETAILS;
export const ISSUE_CODES = Object.keys(ISSUE_DETAILS) as IssueCode[];

/** The fields of our forms (and the columns of a CSV import) an issue can name. */
export const ISSUE_FIELDS = [
  'title', 'description', 'name', 'kk', 'upos', 'ru', 'en', 'exampleKk', 'exampleRu', 'exampleEn', 'text', 'file',
  'timeZone', 'newCardsPerDay', 'reviewsPerDay', 'deckNewCardsPerDay', 'desiredRetentionPercent', 'glossLanguage', 'role',
] as const;
export type IssueField = (typeof ISSUE_FIELDS)[number];

export interface Issue {
  code: IssueCode;
  field?: IssueField;
  /** Line of an uploaded file. */
  line?: number;
  /** The bound that was crossed (characters, a number, rows, megabytes). */
  limit?: number;
  /** A sentence of a draft's text. */
  sentence?: string;
}

export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && Object.hasOwn(ISSUE_DETAILS, value);
}

function isIssueField(value: unknown): value is IssueField {
  return (ISSUE_FIELDS as readonly unknown[]).includes(value);
}

/** The parts of a zod issue read here (zod 4's shape; no zod import needed). */
interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/**
 * A schema's issues as ours. A refinement names its code as its message
 * (`.refine(check, { message: 'meaning-required', path: ['ru'] })`); bounds on strings and
 * numbers become required / too-long / too-small / too-big; anything about a value no form
 * field shows is `malformed`.
 */
export function issuesFromSchema(error: { issues: readonly SchemaIssue[] }): Issue[] {
  const out: Issue[] = [];
  for (const i of error.issues) {
    const field = isIssueField(i.path[0]) ? i.path[0] : undefined;
    let issue: Issue;
    const named = isIssueCode(i.message) ? i.message : null;
    if (named && field) issue = { code: named, field };
    else if (named && !(ISSUE_DETAILS[named] as readonly string[]).includes('field')) issue = { code: named };
    else if (!field) issue = { code: 'malformed' };
    else if (i.code === 'too_small' && i.origin === 'string' && Number(i.minimum) <= 1) issue = { code: 'required', field };
    else if (i.code === 'too_small' && i.origin === 'number') issue = { code: 'too-small', field, limit: Number(i.minimum) };
    else if (i.code === 'too_big' && i.origin === 'string') issue = { code: 'too-long', field, limit: Number(i.maximum) };
    else if (i.code === 'too_big' && i.origin === 'number') issue = { code: 'too-big', field, limit: Number(i.maximum) };
    else issue = { code: 'invalid', field };
    if (!out.some((o) => o.code === issue.code && o.field === issue.field)) out.push(issue);
  }
  return out;
}

/** The message keys of the "issues" namespace. */
export type IssueMessageKey = `codes.${IssueCode}` | `fields.${IssueField}` | 'atLine';
/** A translator of the "issues" namespace (next-intl's useTranslations('issues')). */
export type IssueTranslator = (key: IssueMessageKey, values?: Record<string, string | number>) => string;

/** An issue in the translator's language. */
export function issueText(t: IssueTranslator, issue: Issue): string {
  const values: Record<string, string | number> = {};
  if (issue.field) values.field = t(`fields.${issue.field}`);
  if (issue.limit !== undefined) values.limit = issue.limit;
  const text = t(`codes.${issue.code}`, values);
  return issue.line === undefined ? text : t('atLine', { line: issue.line, text });
}
