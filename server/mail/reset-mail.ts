// The mail with a password reset link, in the language the account uses. The link points at
// APP_URL (mailOrigin), never at the Host a request named: a forged Host would otherwise send
// the victim a working token on the attacker's site.
import 'server-only';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import type { Mail } from './send-mail';

const MESSAGES: Record<Locale, typeof en> = { kk, ru, en };

export function resetMail(user: { email: string; name: string; uiLocale?: unknown }, token: string, origin: string): Mail {
  const locale = isLocale(user.uiLocale) ? user.uiLocale : routing.defaultLocale;
  const t = MESSAGES[locale].auth.reset;
  const url = `${origin}/${locale}/reset-password?token=${encodeURIComponent(token)}`;
  return { to: user.email, subject: t.mailSubject, text: t.mailBody.replace(/\{(name|url)\}/g, (_, k: string) => (k === 'name' ? user.name : url)) };
}
