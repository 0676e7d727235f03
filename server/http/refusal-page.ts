// The page a form posted without JavaScript gets when the front door refuses its file as too
// large (server/http/front-door.ts): in the language of the page it came from, with a way back.
import { isLocale, routing, type Locale } from '@/i18n/routing';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

const MESSAGES: Record<Locale, typeof en> = { kk, ru, en };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function tooLargePage(url: string): string {
  const path = url.split('?')[0]!;
  const first = path.split('/')[1];
  const locale = isLocale(first) ? first : routing.defaultLocale;
  const t = MESSAGES[locale].errors;
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t.tooLargeTitle)}</title></head>`
    + `<body><main><h1>${escape(t.tooLargeTitle)}</h1><p>${escape(t.tooLarge)}</p><p><a href="${escape(path)}">${escape(t.backToForm)}</a></p></main></body></html>`;
}

/**
 * The page an address that cannot be decoded gets (a broken %-escape: Next would answer a bare
 * 500): "page not found", in the language its path starts with, with a way to the start page.
 */
export function badAddressPage(url: string): string {
  const first = url.split('?')[0]!.split('/')[1];
  const locale = isLocale(first) ? first : routing.defaultLocale;
  const t = MESSAGES[locale].errors;
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t.notFoundTitle)}</title></head>`
    + `<body><main><h1>${escape(t.notFoundTitle)}</h1><p>${escape(t.notFound)}</p><p><a href="/${locale}">${escape(t.backHome)}</a></p></main></body></html>`;
}

/** Whether the path of `url` has an escape that does not decode (%ff, a cut-off %E0%A4%A). */
export function isUndecodablePath(url: string): boolean {
  try {
    decodeURIComponent(url.split('?')[0]!);
    return false;
  } catch {
    return true;
  }
}
