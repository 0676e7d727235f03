// The mail with a password reset link, in the language the account uses. The link points at
// APP_URL (mailOrigin), never at the Host a request named: a forged Host would otherwise send
// the victim a working token on the attacker's site.
import 'server-only';
import { messagesOf } from '@/i18n/messages';
import { knownLocale } from '@/i18n/routing';
import type { Mail } from './send-mail';

export function resetMail(user: { email: string; name: string; uiLocale?: unknown }, token: string, origin: string): Mail {
  const locale = knownLocale(user.uiLocale);
  const t = messagesOf(locale).auth.reset;
  const url = `${origin}/${locale}/reset-password?token=${encodeURIComponent(token)}`;
  return { to: user.email, subject: t.mailSubject, text: t.mailBody.replace(/\{(name|url)\}/g, (_, k: string) => (k === 'name' ? user.name : url)) };
}
