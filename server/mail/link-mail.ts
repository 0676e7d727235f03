// The mails that carry a link for one account (a password reset, trusting a browser, confirming
// the address), in the language the account uses. The link points at APP_URL (mailOrigin),
// never at the Host a request named: a forged Host would otherwise send the victim a working
// token on the attacker's site.
import 'server-only';
import { messagesOf } from '@/i18n/messages';
import { knownLocale } from '@/i18n/routing';
import type { Mail } from './send-mail';

const LINKS = {
  reset: { path: 'reset-password', texts: (m: ReturnType<typeof messagesOf>) => m.auth.reset },
  trust: { path: 'trust-browser', texts: (m: ReturnType<typeof messagesOf>) => m.auth.trust },
  verify: { path: 'verify-email', texts: (m: ReturnType<typeof messagesOf>) => m.auth.verify },
} as const;

export type LinkMailKind = keyof typeof LINKS;

export function linkMail(kind: LinkMailKind, user: { email: string; name: string; uiLocale?: unknown }, token: string, origin: string): Mail {
  const locale = knownLocale(user.uiLocale);
  const link = LINKS[kind];
  const t = link.texts(messagesOf(locale));
  const url = `${origin}/${locale}/${link.path}?token=${encodeURIComponent(token)}`;
  return { to: user.email, subject: t.mailSubject, text: t.mailBody.replace(/\{(name|url)\}/g, (_, k: string) => (k === 'name' ? user.name : url)) };
}
