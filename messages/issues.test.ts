// Every error code a use case or form can answer with is worded in kk, ru and en (issue 13
// item 11): the issue codes and fields of lib/errors, the teaching errors and the sign-in and
// sign-up errors. A code added without its wording fails here.
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, ISSUE_DETAILS, ISSUE_FIELDS, issueText, type Issue } from '@/lib/errors';
import { AUTH_ERROR_KEYS } from '@/server/auth/auth-errors';
import { TEACH_ERRORS } from '@/server/teach/result';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

const LOCALES = { kk, ru, en } as const;

function lookup(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

describe.each(Object.entries(LOCALES) as [keyof typeof LOCALES, typeof en][])('error messages in %s', (locale, messages) => {
  const t = createTranslator({
    locale,
    messages,
    namespace: 'issues',
    onError: (error) => {
      throw error;
    },
  });

  it('word every issue code with exactly the details it carries', () => {
    for (const code of ISSUE_CODES) {
      const text = lookup(messages, `issues.codes.${code}`);
      expect(typeof text, code).toBe('string');
      const placeholders = [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders, code).toEqual([...ISSUE_DETAILS[code]].sort());
    }
  });

  it('name every field an issue can point at', () => {
    for (const field of ISSUE_FIELDS) expect(typeof lookup(messages, `issues.fields.${field}`), field).toBe('string');
  });

  it('render every issue, with its field, its limit and a line of a file', () => {
    for (const code of ISSUE_CODES) {
      const details = ISSUE_DETAILS[code] as readonly string[];
      const issue: Issue = { code, line: 12, ...(details.includes('field') ? { field: 'ru' } : {}), ...(details.includes('limit') ? { limit: 345 } : {}) };
      const text = issueText(t, issue);
      expect(text).toContain('12');
      if (details.includes('limit')) expect(text).toContain('345');
      if (details.includes('field')) expect(text).toContain(String(lookup(messages, 'issues.fields.ru')));
      expect(text).not.toMatch(/[{}]|issues\./);
    }
  });

  it('word every teaching error and every sign-in and sign-up error', () => {
    for (const error of [...TEACH_ERRORS, 'generic']) expect(typeof lookup(messages, `teach.errors.${error}`), error).toBe('string');
    for (const error of AUTH_ERROR_KEYS) expect(typeof lookup(messages, `auth.errors.${error}`), error).toBe('string');
  });
});
