'use server';
// The card browser's one server action: suspend, unsuspend, reset or "I know this" on one card
// (a row's own button: row = "action:cardId") or on the selected ones (action + cardId…).
import { revalidatePath } from 'next/cache';
import type { CardActionState } from '@/components/cards/card-actions-form';
import type { CardAction } from '@/lib/reviews';
import { currentUser } from '@/app/_guards/current-user';
import { actOnCards } from '@/server/cards/act-on-cards';

export async function cardAction(_prev: CardActionState, form: FormData): Promise<CardActionState> {
  const user = await currentUser();
  if (!user) return { status: 'error', at: Date.now() };
  const row = form.get('row');
  const [action, cardIds] = typeof row === 'string' && row.includes(':')
    ? [row.slice(0, row.indexOf(':')), [row.slice(row.indexOf(':') + 1)]]
    : [form.get('action'), form.getAll('cardId').filter((v): v is string => typeof v === 'string')];
  if (!cardIds.length) return { status: 'empty', at: Date.now() };
  const r = await actOnCards(user.id, { action, cardIds }, new Date());
  if (!r.ok) return { status: 'error', at: Date.now() };
  revalidatePath('/[locale]/cards', 'layout');
  return { status: 'ok', action: action as CardAction, changed: r.changed, at: Date.now() };
}
