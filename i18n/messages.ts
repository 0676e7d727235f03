// The UI's messages by locale, for the server code that words something outside next-intl's
// request (the front door's refusal pages, mail): one table, read from the same files.
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import type { Locale } from './routing';

export type Messages = typeof en;

const MESSAGES: Record<Locale, Messages> = { kk, ru, en };

export const messagesOf = (locale: Locale): Messages => MESSAGES[locale];
