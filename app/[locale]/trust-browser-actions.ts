'use server';
// Trusting a browser by an emailed link: each action hands the form to its use case
// (server/auth/trusted-browser.ts); the cookie is set here, where Next's cookies are.
import { cookies, headers } from 'next/headers';
import { requestTrustLink, trustBrowser } from '@/server/auth/trusted-browser';
import type { TrustFormState } from '@/components/form-states';

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};

export async function requestTrustLinkAction(_prev: TrustFormState, form: FormData): Promise<TrustFormState> {
  const r = await requestTrustLink(await headers(), { email: text(form, 'email') });
  const at = Date.now();
  switch (r.status) {
    case 'invalid': return { error: r.error, at };
    case 'rate-limited': return { error: 'tooManyAttempts', at };
    default: return { status: r.status, at };
  }
}

export async function trustBrowserAction(_prev: TrustFormState, form: FormData): Promise<TrustFormState> {
  const r = await trustBrowser({ token: text(form, 'token') }, (await headers()).get('cookie'));
  const at = Date.now();
  if (r.status !== 'trusted') return { status: r.status, at };
  const { name, value, ...attributes } = r.cookie;
  (await cookies()).set(name, value, attributes);
  return { status: 'trusted', email: r.email, at };
}
