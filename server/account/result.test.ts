// Every refusal the account use cases can answer is worded in kk, ru and en.
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import { ACCOUNT_ERROR_KEYS } from './result';

describe('account refusals', () => {
  it('each have a message in every language', () => {
    for (const [locale, m] of Object.entries({ kk, ru, en })) {
      for (const key of ACCOUNT_ERROR_KEYS) expect(m.settings.account.errors[key]?.trim(), `${locale}:${key}`).toBeTruthy();
    }
  });
});
