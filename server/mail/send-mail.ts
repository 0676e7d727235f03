// Mail out (password resets): to the mail server in MAIL_URL, or, with MAIL_URL=file:./dir,
// into that folder as one JSON file a mail (tests read the link from there). The one place
// that knows how mail leaves the app.
import 'server-only';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { env } from '../env';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Whether this server can send mail, and where its links may point (APP_URL, never a request's Host). */
export function mailOrigin(): string | null {
  return env.MAIL_URL && env.APP_URL ? new URL(env.APP_URL).origin : null;
}

const sender = () => env.MAIL_FROM ?? `Jatta <no-reply@${env.APP_URL ? new URL(env.APP_URL).hostname : 'localhost'}>`;

type Transport = { sendMail: (m: { from: string; to: string; subject: string; text: string }) => Promise<unknown> };
let smtp: Promise<Transport> | null = null;

export async function sendMail(mail: Mail): Promise<void> {
  const url = env.MAIL_URL;
  if (!url) throw new Error('MAIL_URL is not set');
  if (url.startsWith('file:')) {
    const dir = path.resolve(/*turbopackIgnore: true*/ url.slice('file:'.length));
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${Date.now()}-${randomUUID()}.json`);
    // Written aside, then renamed: a reader never sees half a mail.
    await writeFile(`${file}.part`, JSON.stringify({ from: sender(), ...mail }), { mode: 0o600 });
    await rename(`${file}.part`, file);
    return;
  }
  smtp ??= import('nodemailer').then((m) => m.createTransport(url) as Transport);
  await (await smtp).sendMail({ from: sender(), ...mail });
}
