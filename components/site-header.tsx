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
  const link = 'inline-flex min-h-11 shrink-0 items-center whitespace-nowrap rounded px-2 hover:underline';
  // One row from 1024 px (the header is wider than the page's column there, so Kazakh fits).
  // Below it two rows at most: Jatta, the languages and sign-out; then the signed-in links in a
  // row that scrolls sideways when it is wider than the screen (its right edge fades to say so).
  // Every target is 44 px high.
  return (
    <header className="border-b border-stone-200 bg-white/80 dark:border-stone-800 dark:bg-stone-900/80">
      <nav aria-label={t('mainMenu')} className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-2 px-4 py-1 lg:max-w-5xl lg:flex-nowrap">
        <Link href="/" className="order-1 inline-flex min-h-11 items-center pr-1 text-lg font-semibold text-brand-700 dark:text-brand-100">
          {t('home')}
        </Link>
        {user ? (
          <div data-scroll-x data-testid="nav-links" className="order-3 -mx-4 w-[calc(100%+2rem)] overflow-x-auto px-2 [mask-image:linear-gradient(to_right,black_calc(100%-1.5rem),transparent)] lg:order-2 lg:mx-0 lg:w-auto lg:overflow-visible lg:px-0 lg:[mask-image:none]">
            <div className="flex gap-x-1">
              <Link href="/decks" className={link}>{t('decks')}</Link>
              <Link href="/cards" className={link}>{t('cards')}</Link>
              <Link href="/progress" className={link}>{t('progress')}</Link>
              <Link href="/settings" className={link}>{t('settings')}</Link>
              {user.role === 'teacher' || user.role === 'admin'
                ? <Link href="/teach" className={link}>{tt('navTeach')}</Link>
                : <Link href="/join" className={link}>{tj('nav')}</Link>}
            </div>
          </div>
        ) : null}
        <div className="order-2 ml-auto flex items-center gap-3 lg:order-3">
          <LanguageSwitcher label={t('language')} />
          {user ? (
            <form action={signOutAction}>
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="inline-flex min-h-11 items-center whitespace-nowrap rounded px-2 text-sm hover:underline">{t('signOut')}</button>
            </form>
          ) : (
            <>
              <Link href="/sign-in" className="inline-flex min-h-11 items-center whitespace-nowrap px-2 text-sm hover:underline">{t('signIn')}</Link>
              <Link href="/sign-up" className="btn-primary whitespace-nowrap px-3 py-1.5 text-sm">{t('signUp')}</Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
