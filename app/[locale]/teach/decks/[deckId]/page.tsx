import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DataTable } from '@/components/data-table';
import { ConfirmButton } from '@/components/teach/confirm-button';
import { CsvImportForm } from '@/components/teach/csv-import-form';
import { DeckMetaForm } from '@/components/teach/deck-meta-form';
import { NoteForm } from '@/components/teach/note-form';
import { PageNav } from '@/components/page-nav';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/routing';
import { createFormatter } from '@/lib/format';
import { getTeacherDeck } from '@/server/teach/get-teacher-deck';
import { requireTeacher } from '@/app/_guards/require-teacher';
import { assignDeckAction, deleteDeckAction, deleteNoteAction, importCsvAction, prefillNoteAction, saveNoteAction, unassignDeckAction, updateDeckAction } from '../../actions';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

const POS = ['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'PRON', 'DET', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'INTJ', 'X'] as const;
const CARD_TYPES = ['recognition', 'production', 'cloze', 'sentence'] as const;
const NOTES_PER_PAGE = 100;

export const generateMetadata = titled('teachDeck');

export default async function TeacherDeckPage({ params, searchParams }: { params: Promise<{ locale: string; deckId: string }>; searchParams: Promise<{ edit?: string | string[]; page?: string | string[] }> }) {
  const locale = await localeParam(params);
  const { deckId } = await params;
  setRequestLocale(locale);
  const actor = await requireTeacher(locale);
  const r = await getTeacherDeck(actor, deckId);
  if (!r.ok) notFound();
  const { deck, notes, cardCount, classes } = r.value;
  const query = await searchParams;
  const rawEdit = query.edit;
  // The table shows one page of notes: a 5,000-row import re-renders this page in its answer,
  // and 5,000 rows with their buttons held the event loop for seconds (test/security/heavy-work).
  const pageCount = Math.max(1, Math.ceil(notes.length / NOTES_PER_PAGE));
  const rawPage = Number.parseInt(String(Array.isArray(query.page) ? query.page[0] : query.page ?? '1'), 10);
  const page = Number.isFinite(rawPage) ? Math.min(pageCount, Math.max(1, rawPage)) : 1;
  const shown = notes.slice((page - 1) * NOTES_PER_PAGE, page * NOTES_PER_PAGE);
  const pageHref = (n: number) => ({ pathname: `/teach/decks/${deck.id}`, query: n > 1 ? { page: String(n) } : {} });
  const editing = notes.find((n) => n.id === (Array.isArray(rawEdit) ? rawEdit[0] : rawEdit));
  const t = await getTranslations({ locale, namespace: 'teach' });
  const tp = await getTranslations({ locale, namespace: 'pos' });
  const tc = await getTranslations({ locale, namespace: 'cardTypes' });
  const format = createFormatter(locale);
  const muted = 'text-sm text-stone-600 dark:text-stone-400';
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <Link href="/teach" className="text-sm text-brand-700 underline dark:text-brand-100">{t('deck.back')}</Link>
        <h1 className="text-2xl font-semibold" lang="kk">{deck.title}</h1>
        {deck.description ? <p className="text-stone-700 dark:text-stone-300">{deck.description}</p> : null}
        <p className={muted}>{t('deck.cardsTotal', format.args({ notes: notes.length, cards: cardCount }))}</p>
      </div>

      <section aria-labelledby="notes-h" className="flex flex-col gap-3">
        <h2 id="notes-h" className="text-xl font-semibold">{t('deck.notesTitle')}</h2>
        {notes.length === 0 ? <p>{t('deck.noNotes')}</p> : (
          // Below 640 px each note is a stacked block (word and part of speech, meaning, labelled
          // cards, then the buttons on their own line): five columns do not fit a phone.
          <DataTable
            caption={t('deck.notesTitle')}
            className="sm:overflow-x-auto"
            tableClassName="w-full border-collapse text-left text-sm max-sm:block max-sm:[&_tbody]:block"
            headClassName="max-sm:hidden"
            rowClassName="border-b border-stone-300 dark:border-stone-700"
            cellClassName="py-2 pr-3"
            columns={[{ label: t('deck.colKk') }, { label: t('deck.colPos') }, { label: t('deck.colMeaning') }, { label: t('deck.colCards') }, { label: t('deck.colActions') }]}
          >
            {shown.map((n) => {
              const pos = n.upos && (POS as readonly string[]).includes(n.upos) ? tp(n.upos as (typeof POS)[number]) : '';
              const cards = n.cardTypes.length
                ? n.cardTypes.filter((c): c is (typeof CARD_TYPES)[number] => (CARD_TYPES as readonly string[]).includes(c)).map((c) => tc(c).toLocaleLowerCase(locale)).join(', ')
                : null;
              const noCards = <span className="text-amber-800 dark:text-amber-300">{t('deck.noCards')}</span>;
              const cell = 'sm:py-2 sm:pr-3';
              return (
                <tr key={n.id} className="border-b border-stone-200 align-top dark:border-stone-800 max-sm:flex max-sm:flex-wrap max-sm:items-baseline max-sm:gap-x-2 max-sm:gap-y-1 max-sm:py-3" data-testid="note-row">
                  <td className={cell}>
                    <span className={n.kind === 'word' ? 'font-semibold' : ''} lang="kk">{n.kind === 'word' ? (n.headword ?? n.kk) : n.kk}</span>
                  </td>
                  <td className={`${cell} italic max-sm:text-stone-600 max-sm:dark:text-stone-400`}>{pos}</td>
                  <td className={`${cell} max-sm:basis-full`}>
                    <span lang="ru">{n.ru}</span>{n.ru && n.en ? <br /> : null}<span lang="en" className="text-stone-600 dark:text-stone-400">{n.en}</span>
                  </td>
                  <td className={`${cell} max-sm:basis-full max-sm:text-xs`}><span className="sm:hidden">{t('deck.colCards')}: </span>{cards ?? noCards}</td>
                  <td className="sm:py-2 max-sm:basis-full max-sm:pt-1">
                    <div className="flex flex-wrap gap-2">
                      <Link href={`/teach/decks/${deck.id}?edit=${encodeURIComponent(n.id)}${page > 1 ? `&page=${page}` : ''}#note-form`} className="btn-secondary px-2 py-1 text-sm" aria-label={t('deck.editNote', { word: n.headword ?? n.kk })}>{t('edit')}</Link>
                      <ConfirmButton small action={deleteNoteAction} fields={{ deckId: deck.id, noteId: n.id }} label={t('deck.deleteNote', { word: n.headword ?? n.kk })} question={t('deck.deleteNoteConfirm', { word: n.headword ?? n.kk })} confirmLabel={t('deck.confirmDelete')} cancelLabel={t('deck.cancel')} />
                    </div>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
        <PageNav page={page} pageCount={pageCount} href={pageHref} />
      </section>

      <section id="note-form" aria-labelledby="note-form-h" className="card-surface flex flex-col gap-3 p-6">
        <h2 id="note-form-h" className="text-xl font-semibold">{editing ? t('deck.editingNote') : t('deck.addNote')}</h2>
        <NoteForm
          saveNoteAction={saveNoteAction}
          prefillNoteAction={prefillNoteAction}
          key={editing?.id ?? 'new'}
          deckId={deck.id}
          initial={editing ? {
            noteId: editing.id, kind: editing.kind, kk: editing.kind === 'word' ? (editing.headword ?? editing.kk) : editing.kk, upos: editing.upos ?? '', ru: editing.ru, en: editing.en,
            exampleKk: editing.example?.kk ?? '', exampleRu: editing.example?.ru ?? '', exampleEn: editing.example?.en ?? '',
          } : undefined}
        />
      </section>

      <section aria-labelledby="assign-h" className="card-surface flex flex-col gap-3 p-6">
        <h2 id="assign-h" className="text-xl font-semibold">{t('deck.assign')}</h2>
        <p className={muted}>{t('deck.assignHint')}</p>
        {classes.length === 0 ? <p>{t('deck.noClassesYet')}</p> : (
          <ul className="flex flex-col gap-2">
            {classes.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>{c.name}{c.assigned ? <span className={`${muted} ml-2`}>· {t('deck.assigned')}</span> : null}</span>
                <form action={c.assigned ? unassignDeckAction : assignDeckAction}>
                  <input type="hidden" name="classId" value={c.id} />
                  <input type="hidden" name="deckId" value={deck.id} />
                  <button type="submit" className="btn-secondary px-2 py-1 text-sm">{c.assigned ? t('deck.unassignFrom', { name: c.name }) : t('deck.assignTo', { name: c.name })}</button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="csv-h" className="card-surface flex flex-col gap-3 p-6">
        <h2 id="csv-h" className="text-xl font-semibold">{t('deck.csv')}</h2>
        <p className={muted}>{t('deck.csvHint')}</p>
        <a href={`/${locale}/teach/decks/${encodeURIComponent(deck.id)}/csv`} className="btn-secondary self-start" download>{t('deck.export')}</a>
        <CsvImportForm deckId={deck.id} importCsvAction={importCsvAction} />
      </section>

      <section aria-labelledby="meta-h" className="card-surface flex flex-col gap-3 p-6">
        <h2 id="meta-h" className="text-xl font-semibold">{t('deck.settings')}</h2>
        <DeckMetaForm deckId={deck.id} title={deck.title} description={deck.description} updateDeckAction={updateDeckAction} />
      </section>

      <section aria-labelledby="danger-h" className="flex flex-col gap-3 rounded-2xl border border-red-200 p-6 dark:border-red-900">
        <h2 id="danger-h" className="text-xl font-semibold">{t('deck.danger')}</h2>
        <div className="self-start"><ConfirmButton action={deleteDeckAction} fields={{ deckId: deck.id, confirm: 'yes', locale }} label={t('deck.deleteDeck')} question={t('deck.deleteDeckConfirm', { title: deck.title })} confirmLabel={t('deck.confirmDelete')} cancelLabel={t('deck.cancel')} /></div>
      </section>
    </div>
  );
}
