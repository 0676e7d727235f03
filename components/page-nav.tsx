import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { createFormatter } from '@/lib/format';

type Href = React.ComponentProps<typeof Link>['href'];

/** Previous / "page n of m" / next, for a list the server cuts into pages. Nothing when one page. */
export function PageNav({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => Href }) {
  const t = useTranslations('deck');
  const format = createFormatter(useLocale());
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('pages')} className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? <Link href={href(page - 1)} className="btn-secondary" rel="prev">{t('previous')}</Link> : <span />}
      <span className="text-sm text-stone-600 dark:text-stone-400">{t('pageOf', { page: format.number(page), count: format.number(pageCount) })}</span>
      {page < pageCount ? <Link href={href(page + 1)} className="btn-secondary" rel="next">{t('next')}</Link> : <span />}
    </nav>
  );
}
