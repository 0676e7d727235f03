import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { CurrentUser } from '@/server/auth/current-user';
import { LanguageSwitcher } from './language-switcher';

/** The layout passes who is signed in and the sign-out action (components never import from app/). */
export async function SiteHeader({ locale, user, signOutAction }: { locale: Locale; user: CurrentUser | null; signOutAction: (form: FormData) => Promise<void> }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const tt = await getTranslations({ locale, namespace: 'teach' });
  const tj = await getTranslations({ locale, namespace: 'join' });
  return (
    <header className="border-b border-stone-200 bg-white/80 dark:border-stone-800 dark:bg-stone-900/80">
      <nav aria-label={t('mainMenu')} className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2">
        <Link href="/" className="text-lg font-semibold text-brand-700 dark:text-brand-100">
          {t('home')}
        </Link>
        {user ? (
          <>
            <Link href="/decks" className="inline-block py-1.5 hover:underline">{t('decks')}</Link>
            <Link href="/cards" className="inline-block py-1.5 hover:underline">{t('cards')}</Link>
            <Link href="/progress" className="inline-block py-1.5 hover:underline">{t('progress')}</Link>
            <Link href="/settings" className="inline-block py-1.5 hover:underline">{t('settings')}</Link>
            {user.role === 'teacher' || user.role === 'admin'
              ? <Link href="/teach" className="inline-block py-1.5 hover:underline">{tt('navTeach')}</Link>
              : <Link href="/join" className="inline-block py-1.5 hover:underline">{tj('nav')}</Link>}
          </>
        ) : null}
        <div className="ml-auto flex items-center gap-4">
          <LanguageSwitcher label={t('language')} />
          {user ? (
            <form action={signOutAction}>
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="inline-block rounded px-1.5 py-1.5 text-sm hover:underline">{t('signOut')}</button>
            </form>
          ) : (
            <>
              <Link href="/sign-in" className="inline-block px-1.5 py-1.5 text-sm hover:underline">{t('signIn')}</Link>
              <Link href="/sign-up" className="btn-primary px-3 py-1.5 text-sm">{t('signUp')}</Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
