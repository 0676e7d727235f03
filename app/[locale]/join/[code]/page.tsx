import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JoinForm } from '@/components/teach/join-form';
import { localeParam } from '@/i18n/routing';
import { requireUser } from '@/app/_guards/require-user';
import { joinClassAction } from '../actions';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titled('join');

export default async function JoinWithCodePage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const locale = await localeParam(params);
  const { code } = await params;
  setRequestLocale(locale);
  await requireUser(locale, `/join/${encodeURIComponent(code)}`);
  const t = await getTranslations({ locale, namespace: 'join' });
  // The code is only shown back as text; whether it exists is decided by the (rate-limited) join.
  const shown = code.slice(0, 40);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <JoinForm code={shown} joinClassAction={joinClassAction} />
    </div>
  );
}
