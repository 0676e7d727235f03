import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTimeZone, getTranslations, setRequestLocale } from 'next-intl/server';
import { createFormatter } from '@/lib/format';
import { classSummary } from '@/lib/progress';
import { getClassProgress } from '@/server/progress/get-class-progress';
import { ConfirmButton } from '@/components/teach/confirm-button';
import { CopyButton } from '@/components/teach/copy-button';
import { QrCode } from '@/components/teach/qr-code';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/routing';
import { env } from '@/server/env';
import { getTeacherClass } from '@/server/teach/get-teacher-class';
import { formatJoinCode } from '@/server/teach/join-code';
import { requireTeacher } from '@/app/_guards/require-teacher';
import { assignDeckAction, removeMemberAction, rotateJoinCodeAction, unassignDeckAction } from '../../actions';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titled('teachClass');

export default async function TeacherClassPage({ params }: { params: Promise<{ locale: string; classId: string }> }) {
  const locale = await localeParam(params);
  const { classId } = await params;
  setRequestLocale(locale);
  const actor = await requireTeacher(locale);
  const r = await getTeacherClass(actor, classId);
  if (!r.ok) notFound();
  const cls = r.value;
  const t = await getTranslations({ locale, namespace: 'teach' });
  const h = await headers();
  const origin = env.APP_URL ?? `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host') ?? 'localhost'}`;
  // The link carries the code as it is shown (ABCDE-FGHJK); joining accepts it either way.
  const joinPath = `/join/${formatJoinCode(cls.joinCode)}`;
  const joinUrl = `${origin}/${locale}${joinPath}`;
  const progress = await getClassProgress(actor.id, cls.id, { now: new Date(), sort: 'name', direction: 'asc' });
  const summary = classSummary(progress?.students ?? []);
  const studentOf = (userId: string) => `/teach/classes/${cls.id}/students/${userId}`;
  const muted = 'text-sm text-stone-600 dark:text-stone-400';
  const format = createFormatter(locale);
  const timeZone = await getTimeZone();
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <Link href="/teach" className="text-sm text-brand-700 underline dark:text-brand-100">{t('class.back')}</Link>
        <h1 className="text-2xl font-semibold">{cls.name}</h1>
      </div>

      <section aria-labelledby="progress-h" className="card-surface flex flex-col gap-3 p-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="progress-h" className="text-xl font-semibold">{t('class.progressTitle')}</h2>
          <Link href={`/teach/classes/${cls.id}/progress`} className="btn-secondary">{t('class.openProgress')}</Link>
        </div>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {([
            ['students', t('class.summaryStudents'), format.number(summary.students)],
            ['active', t('class.summaryActive'), format.number(summary.activeThisWeek)],
            ['reviews', t('class.summaryReviews'), format.number(summary.reviews7d)],
            ['known', t('class.summaryKnown'), format.number(summary.averageKnown, { maximumFractionDigits: 1 })],
          ] as const).map(([key, label, value]) => (
            <div key={key} className="flex flex-col">
              <dt className={muted}>{label}</dt>
              <dd className="text-2xl font-semibold tabular-nums" data-summary={key}>{value}</dd>
            </div>
          ))}
        </dl>
        {/* The tiles alone would be a row of zeros: say why. */}
        {summary.students === 0 ? <p className={muted}>{t('class.summaryNoStudents')}</p>
          : summary.activeThisWeek === 0 ? <p className={muted}>{t('class.summaryNobodyStudied')}</p> : null}
      </section>

      <section aria-labelledby="code-h" className="card-surface flex flex-col gap-3 p-6">
        <h2 id="code-h" className="text-xl font-semibold">{t('class.joinCode')}</h2>
        <p className="font-mono text-3xl font-semibold tracking-widest" data-testid="join-code">{formatJoinCode(cls.joinCode)}</p>
        {/* The link on a line of its own; if it must wrap (a phone), it wraps before its path, not inside the code. */}
        <p className="flex flex-col">
          <span className="font-medium">{t('class.joinLink')}</span>
          <Link href={joinPath} className="text-sm text-brand-700 underline [overflow-wrap:anywhere] dark:text-brand-100" data-testid="join-link">{origin}<wbr />{`/${locale}`}<wbr />{joinPath}</Link>
        </p>
        <CopyButton text={joinUrl} label={t('class.copyLink')} copied={t('class.copied')} failed={t('class.copyFailed')} />
        <p className={muted}>{t('class.joinHint')}</p>
        <details className="flex flex-col gap-2">
          <summary className="cursor-pointer text-brand-700 underline dark:text-brand-100">{t('class.qrTitle')}</summary>
          <div className="mt-2 flex flex-col items-start gap-2">
            <QrCode text={joinUrl} label={t('class.qrLabel', { link: joinUrl })} />
            <p className="font-mono text-2xl font-semibold tracking-widest">{formatJoinCode(cls.joinCode)}</p>
          </div>
        </details>
        <ConfirmButton action={rotateJoinCodeAction} fields={{ classId: cls.id }} label={t('class.rotate')} question={t('class.rotateConfirm')} confirmLabel={t('class.rotateYes')} cancelLabel={t('deck.cancel')} hint={t('class.rotateHint')} />
      </section>

      <section aria-labelledby="decks-h" className="card-surface flex flex-col gap-3 p-6">
        <h2 id="decks-h" className="text-xl font-semibold">{t('class.decksTitle')}</h2>
        {cls.assigned.length === 0 ? <p>{t('class.noDecks')}</p> : (
          <ul className="flex flex-col gap-2">
            {cls.assigned.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2">
                <Link href={`/teach/decks/${d.id}`} className="font-semibold hover:underline" lang="kk">{d.title}</Link>
                <form action={unassignDeckAction}>
                  <input type="hidden" name="classId" value={cls.id} />
                  <input type="hidden" name="deckId" value={d.id} />
                  <button type="submit" className="btn-secondary px-2 py-1 text-sm">{t('class.unassign', { title: d.title })}</button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <h3 className="font-semibold">{t('class.assignDeck')}</h3>
        {cls.assignable.length === 0 ? <p className={muted}>{t('class.noAssignable')}</p> : (
          <form action={assignDeckAction} className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="classId" value={cls.id} />
            <div className="flex min-w-48 flex-1 flex-col gap-1">
              <label htmlFor="assign-deck" className="font-medium">{t('class.chooseDeck')}</label>
              <select id="assign-deck" name="deckId" className="field" required>
                {cls.assignable.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
              </select>
            </div>
            <button type="submit" className="btn-primary">{t('class.assign')}</button>
          </form>
        )}
      </section>

      <section aria-labelledby="members-h" className="card-surface flex flex-col gap-3 p-6">
        <h2 id="members-h" className="text-xl font-semibold">{t('class.membersTitle')}</h2>
        {cls.members.length === 0 ? <p>{t('class.noMembers')}</p> : (
          <ul className="flex flex-col gap-2">
            {cls.members.map((m) => (
              <li key={m.userId} className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-200 pb-2 dark:border-stone-800">
                <span>
                  <Link href={studentOf(m.userId)} className="font-medium text-brand-700 underline dark:text-brand-100">{m.name}</Link> <span className={muted}>{m.email} · {t('class.joined', { date: format.date(m.joinedAt, 'medium', timeZone) })}</span>
                </span>
                <ConfirmButton small action={removeMemberAction} fields={{ classId: cls.id, userId: m.userId }} label={t('class.remove', { name: m.name })} question={t('class.removeConfirm', { name: m.name })} confirmLabel={t('class.confirmRemove')} cancelLabel={t('deck.cancel')} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
