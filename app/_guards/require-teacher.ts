// For teacher pages: the signed-in teacher, a redirect to sign-in for visitors, and a
// 404 for learners, decided on the server (the pages do not exist for them).
import 'server-only';
import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { isTeacher, type Actor } from '@/server/teach/result';
import { requireUser } from './require-user';

export async function requireTeacher(locale: Locale, returnTo?: string): Promise<Actor> {
  const user = await requireUser(locale, returnTo ?? '/teach');
  const actor: Actor = { id: user.id, role: user.role };
  if (!isTeacher(actor)) notFound();
  return actor;
}
