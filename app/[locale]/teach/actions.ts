'use server';
// Server actions of the teacher screens: each parses the form, asks who is signing in and
// calls one use case, which authorises by role and ownership.
import { revalidatePath } from 'next/cache';
import { redirect } from '@/i18n/navigation';
import { knownLocale, type Locale } from '@/i18n/routing';
import { currentUser } from '@/app/_guards/current-user';
import { assignDeck } from '@/server/teach/assign-deck';
import { createClass } from '@/server/teach/create-class';
import { createDeck } from '@/server/teach/create-deck';
import { createDeckFromDraft } from '@/server/teach/create-deck-from-draft';
import { createDraft } from '@/server/teach/create-draft';
import { deleteDeck } from '@/server/teach/delete-deck';
import { deleteDraft } from '@/server/teach/delete-draft';
import { deleteNote } from '@/server/teach/delete-note';
import { CSV_FILE_TOO_LARGE, FILE_REQUIRED, MAX_CSV_BYTES } from '@/lib/decks/csv-limits';
import type { Issue } from '@/lib/errors';
import { importCsv } from '@/server/teach/import-csv';
import { prefillNote, type NotePrefill } from '@/server/teach/prefill-note';
import type { DraftEdit } from '@/lib/drafts';
import { editDraft } from '@/server/teach/edit-draft';
import { getDraftView, type DraftCounts, type DraftView, type DraftViewQuery } from '@/server/teach/draft-view';
import { removeMember } from '@/server/teach/remove-member';
import { rotateJoinCode } from '@/server/teach/rotate-join-code';
import { saveNote } from '@/server/teach/save-note';
import type { Actor, TeachError } from '@/server/teach/result';
import { unassignDeck } from '@/server/teach/unassign-deck';
import { updateDeck } from '@/server/teach/update-deck';
import type { EditAnswer, TeachFormState } from '@/components/form-states';


async function actor(): Promise<Actor | null> {
  const user = await currentUser();
  return user ? { id: user.id, role: user.role } : null;
}

function localeOf(form: FormData): Locale {
  const l = form.get('locale');
  return knownLocale(l);
}

function str(form: FormData, key: string): string {
  const v = form.get(key);
  return typeof v === 'string' ? v : '';
}

function failure(error: TeachError, issues?: Issue[]): TeachFormState {
  return { status: 'error', error, issues, at: Date.now() };
}

export async function createDeckAction(_prev: TeachFormState, form: FormData): Promise<TeachFormState> {
  const r = await createDeck(await actor(), { title: str(form, 'title'), description: str(form, 'description') });
  if (!r.ok) return failure(r.error, r.issues);
  return redirect({ href: `/teach/decks/${r.value.id}`, locale: localeOf(form) });
}

export async function updateDeckAction(_prev: TeachFormState, form: FormData): Promise<TeachFormState> {
  const r = await updateDeck(await actor(), { deckId: str(form, 'deckId'), title: str(form, 'title'), description: str(form, 'description') });
  if (!r.ok) return failure(r.error, r.issues);
  revalidatePath('/[locale]/teach', 'layout');
  return { status: 'ok', at: Date.now() };
}

export async function deleteDeckAction(form: FormData): Promise<void> {
  await deleteDeck(await actor(), { deckId: str(form, 'deckId'), confirm: str(form, 'confirm') });
  redirect({ href: '/teach', locale: localeOf(form) });
}

export async function prefillNoteAction(kk: string): Promise<NotePrefill | null> {
  const r = await prefillNote(await actor(), { kk: kk.slice(0, 200) });
  return r.ok ? r.value : null;
}

export async function saveNoteAction(_prev: TeachFormState, form: FormData): Promise<TeachFormState> {
  const deckId = str(form, 'deckId');
  const r = await saveNote(await actor(), {
    deckId, noteId: str(form, 'noteId'), kind: str(form, 'kind') || 'word', kk: str(form, 'kk'), upos: str(form, 'upos'),
    ru: str(form, 'ru'), en: str(form, 'en'), exampleKk: str(form, 'exampleKk'), exampleRu: str(form, 'exampleRu'), exampleEn: str(form, 'exampleEn'),
  });
  if (!r.ok) return failure(r.error, r.issues);
  revalidatePath('/[locale]/teach', 'layout');
  if (str(form, 'noteId')) redirect({ href: `/teach/decks/${deckId}`, locale: localeOf(form) });
  return { status: 'ok', at: Date.now() };
}

export async function deleteNoteAction(form: FormData): Promise<void> {
  await deleteNote(await actor(), { deckId: str(form, 'deckId'), noteId: str(form, 'noteId') });
  revalidatePath('/[locale]/teach', 'layout');
}

export async function importCsvAction(_prev: TeachFormState, form: FormData): Promise<TeachFormState> {
  const file = form.get('file');
  // No file chosen comes as an empty, nameless file (the form itself asks first when scripts run).
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return failure('invalid', [FILE_REQUIRED]);
  if (file.size === 0) return failure('invalid', [{ code: 'file-unreadable' }]);
  if (file.size > MAX_CSV_BYTES) return failure('invalid', [CSV_FILE_TOO_LARGE]);
  let csv: string;
  try {
    csv = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return failure('invalid', [{ code: 'file-unreadable' }]);
  }
  const r = await importCsv(await actor(), { deckId: str(form, 'deckId'), csv });
  if (!r.ok) return failure(r.error, r.issues);
  revalidatePath('/[locale]/teach', 'layout');
  return { status: 'ok', count: r.value.imported, at: Date.now() };
}

export async function createDraftAction(_prev: TeachFormState, form: FormData): Promise<TeachFormState> {
  const r = await createDraft(await actor(), { title: str(form, 'title'), text: str(form, 'text') });
  if (!r.ok) return failure(r.error, r.issues);
  return redirect({ href: `/teach/drafts/${r.value.id}`, locale: localeOf(form) });
}

export async function draftViewAction(query: DraftViewQuery): Promise<DraftView | null> {
  const r = await getDraftView(await actor(), query);
  return r.ok ? r.value : null;
}

export async function editDraftAction(draftId: string, batch: { edits: DraftEdit[] }): Promise<EditAnswer<DraftCounts>> {
  const r = await editDraft(await actor(), { draftId, edits: batch?.edits });
  // Only a conflict that outlasted the retries is worth sending again; the rest would be refused again.
  return r.ok ? { ok: true, value: r.value } : { ok: false, retry: r.error === 'conflict' };
}

export async function createDeckFromDraftAction(locale: Locale, draftId: string, title: string, description: string): Promise<TeachFormState> {
  const r = await createDeckFromDraft(await actor(), { draftId, title, description });
  if (!r.ok) return failure(r.error, r.issues);
  return redirect({ href: `/teach/decks/${r.value.deckId}`, locale: knownLocale(locale) });
}

export async function deleteDraftAction(form: FormData): Promise<void> {
  await deleteDraft(await actor(), { draftId: str(form, 'draftId') });
  redirect({ href: '/teach', locale: localeOf(form) });
}

export async function createClassAction(_prev: TeachFormState, form: FormData): Promise<TeachFormState> {
  const r = await createClass(await actor(), { name: str(form, 'name') });
  if (!r.ok) return failure(r.error, r.issues);
  return redirect({ href: `/teach/classes/${r.value.id}`, locale: localeOf(form) });
}

export async function rotateJoinCodeAction(form: FormData): Promise<void> {
  await rotateJoinCode(await actor(), { classId: str(form, 'classId') });
  revalidatePath('/[locale]/teach', 'layout');
}

export async function removeMemberAction(form: FormData): Promise<void> {
  await removeMember(await actor(), { classId: str(form, 'classId'), userId: str(form, 'userId') });
  revalidatePath('/[locale]/teach', 'layout');
}

export async function assignDeckAction(form: FormData): Promise<void> {
  await assignDeck(await actor(), { classId: str(form, 'classId'), deckId: str(form, 'deckId') });
  revalidatePath('/[locale]/teach', 'layout');
}

export async function unassignDeckAction(form: FormData): Promise<void> {
  await unassignDeck(await actor(), { classId: str(form, 'classId'), deckId: str(form, 'deckId') });
  revalidatePath('/[locale]/teach', 'layout');
}
