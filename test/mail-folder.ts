// The mail a server wrote with MAIL_URL=file:<dir> (server/mail/send-mail.ts), for the tests
// that follow a link from it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface SentMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * The mails in `dir` to `to` whose text holds a link to `page` (reset-password, trust-browser,
 * verify-email), oldest first, waiting up to `waitMs` for `atLeast` of them (mail is sent in the
 * background).
 */
export async function mailsTo(dir: string, to: string, page: string, atLeast = 1, waitMs = 1000): Promise<SentMail[]> {
  let found: SentMail[] = [];
  for (let i = 0; i < waitMs / 20; i++) {
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
    found = files.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as SentMail).filter((m) => m.to === to && m.text.includes(`/${page}?token=`));
    if (found.length >= atLeast) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  return found;
}

/** The link to `page` in a mail's text, as a URL. */
export function linkIn(mail: SentMail, page: string): URL {
  const url = mail.text.match(new RegExp(`https?://\\S+/${page}\\?token=[^\\s]+`))?.[0];
  if (!url) throw new Error(`no ${page} link in the mail`);
  return new URL(url);
}
