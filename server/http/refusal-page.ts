// The pages the front door (server/http/front-door.ts) answers with itself, before Next sees
// the request: in the language the path starts with, with a way on.
import { messagesOf } from '@/i18n/messages';
import { knownLocale } from '@/i18n/routing';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Which refusal: 'too-large' for a form posted without JavaScript whose file is too large (the
 * link goes back to the form); 'bad-address' for an address that cannot be decoded, a broken
 * %-escape on which Next would answer a bare 500 ("page not found", linking to the start page).
 */
export type Refusal = 'too-large' | 'bad-address';

export function refusalPage(url: string, refusal: Refusal): string {
  const path = url.split('?')[0]!;
  const first = path.split('/')[1];
  const locale = knownLocale(first);
  const t = messagesOf(locale).errors;
  const [title, text, link, href] = refusal === 'too-large'
    ? [t.tooLargeTitle, t.tooLarge, t.backToForm, path]
    : [t.notFoundTitle, t.notFound, t.backHome, `/${locale}`];
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>`
    + `<body><main><h1>${escape(title)}</h1><p>${escape(text)}</p><p><a href="${escape(href)}">${escape(link)}</a></p></main></body></html>`;
}
