// Each page's <title>, in the page's language ("Study — Jatta"): with several tabs open, and for
// a screen reader, which hears the title on every navigation, the pages can be told apart.
import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type en from '@/messages/en.json';
import { routing } from '@/i18n/routing';

type PageTitle = keyof (typeof en)['pageTitles'];

/** The page's generateMetadata: its title, which the layout's template follows with "— Jatta". */
export function titled(key: PageTitle) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale } = await params;
    if (!hasLocale(routing.locales, locale)) return {};
    const t = await getTranslations({ locale, namespace: 'pageTitles' });
    return { title: t(key) };
  };
}
