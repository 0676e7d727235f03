import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { NextIntlClientProvider, hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '../globals.css';
import { PreferencesProvider } from '@/components/preferences';
import { SiteHeader } from '@/components/site-header';
import { signOutAction } from './auth-actions';
import { routing } from '@/i18n/routing';
import { currentUser } from '@/app/_guards/current-user';
import { getStudyPreferences } from '@/server/users/study-preferences';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'meta' });
  // pages name themselves (app/_metadata/page-title.ts); the start page has the app's title
  return { title: { template: `%s — Jatta`, default: t('title') }, description: t('description') };
}

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  // Rendered per request, never prerendered: each page carries its own CSP nonce (proxy.ts).
  await connection();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'nav' });
  const user = await currentUser();
  const preferences = await getStudyPreferences(user?.id);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900">
            {t('skipToContent')}
          </a>
          <SiteHeader locale={locale} user={user} signOutAction={signOutAction} />
          <main id="main" className="mx-auto w-full max-w-3xl px-4 pb-16 pt-6">
            <PreferencesProvider value={preferences}>{children}</PreferencesProvider>
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
