import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['kk', 'ru', 'en'],
  defaultLocale: 'kk',
  localePrefix: 'always',
  // next-intl builds these `Link: …; rel="alternate"` headers from the request's Host, which a
  // client chooses (security audit F2); every page is behind sign-in or has no other-language twin
  // worth indexing, so none are sent.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}

/** The locale `value` names, else the default one. */
export const knownLocale = (value: unknown): Locale => (isLocale(value) ? value : routing.defaultLocale);

/** The locale of a [locale] route segment; the layout has already refused unknown ones. */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  return knownLocale((await params).locale);
}
