import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SettingsForm } from '@/components/settings-form';
import { SchedulerFit } from '@/components/settings/scheduler-fit';
import { getFitStatus } from '@/server/scheduler-fit/get-fit-status';
import { RetentionCost } from '@/components/settings/retention-cost';
import { localeParam } from '@/i18n/routing';
import { requireUser } from '@/app/_guards/require-user';
import { getSettings } from '@/server/users/update-settings';
import { getRetentionPreview } from '@/server/users/retention-preview';
import { saveSettingsAction } from './actions';
import { fitSchedulerAction } from './fit-actions';
import { AccountSection } from '@/components/settings/account-section';
import { getAccountOverview } from '@/server/account/get-account-overview';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/server/auth/password-rules';
import { changePasswordAction, deleteAccountAction, endOtherSessionsAction, resendVerificationAction } from './account-actions';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titled('settings');

export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const user = await requireUser(locale, '/settings');
  const [settings, fit, account] = await Promise.all([getSettings(user.id), getFitStatus(user.id, new Date()), getAccountOverview(user.id)]);
  if (!settings || !fit || !account) notFound();
  const t = await getTranslations({ locale, namespace: 'settings' });
  const timeZones = Intl.supportedValuesOf('timeZone');
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <SettingsForm action={saveSettingsAction} initial={settings} timeZones={timeZones} />
      {/* The preview simulates every card (tens of milliseconds at 50,000): the form does not wait for it. */}
      <Suspense fallback={null}>
        <RetentionPreviewSection userId={user.id} />
      </Suspense>
      <SchedulerFit status={fit} timeZone={settings.timeZone} action={fitSchedulerAction} />
      <AccountSection
        overview={account}
        minPassword={MIN_PASSWORD_LENGTH}
        maxPassword={MAX_PASSWORD_LENGTH}
        changePassword={changePasswordAction}
        endOtherSessions={endOtherSessionsAction}
        deleteAccount={deleteAccountAction}
        resendVerification={resendVerificationAction}
      />
    </div>
  );
}

async function RetentionPreviewSection({ userId }: { userId: string }) {
  const preview = await getRetentionPreview(userId, new Date());
  return preview ? <RetentionCost preview={preview} /> : null;
}
