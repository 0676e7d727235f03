// The reader of the essay deck, in each UI language: open a word's panel (a dialog), say "I know
// it", and see every form of the word turn known and the share line change; keyboard, focus,
// the bottom sheet on a phone, and axe.
import { readFileSync } from 'node:fs';
import { axeViolations, horizontalOverflow } from './a11y';
import type { Browser, Locator, Page } from '@playwright/test';
import { e2eDb, userIdByEmail } from './db';
import { ESSAY_DECK_ID, expect, newUser, signUpViaApi, test } from './fixtures';
import { createClassWithStudents } from './progress-db';

const LOCALES = ['kk', 'ru', 'en'] as const;
interface ReaderMessages { textLabel: string; nothingToStudy: string; iKnowIt: string; studyThisWord: string; studyAsked: string; studyNow: string; state: { unknown: string; knownDue: string } }
const reader = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')).reader as ReaderMessages;

for (const locale of LOCALES) {
  test(`${locale}: a word's panel, "I know it", its colour and the known share`, async ({ page, learner }) => {
    void learner;
    const m = reader(locale);
    await page.goto(`/${locale}/read/${ESSAY_DECK_ID}`);
    const text = page.getByRole('region', { name: m.textLabel });
    const summary = page.getByTestId('reader-summary');
    await expect(summary).toContainText('0');
    const before = await summary.textContent();

    // every form of интеграция is one lemma: all new to this learner
    const forms = text.getByRole('button', { name: /^интеграция/i });
    expect(await forms.count()).toBeGreaterThan(5);
    const word = text.getByRole('button', { name: 'интеграция', exact: true }).first();
    await expect(word).toHaveAttribute('data-s', 'u');

    await word.click();
    const panel = page.getByRole('dialog', { name: 'интеграция' });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(locale === 'ru' ? 'интеграция' : 'integration');
    await expect(panel.getByTestId('word-state')).toHaveText(m.state.unknown);
    expect(await axeViolations(page)).toEqual([]);

    await panel.getByRole('button', { name: m.iKnowIt }).click();
    await expect(panel.getByTestId('word-state')).toContainText(m.state.knownDue.split(' ·')[0]!);
    await expect(word).toHaveAttribute('data-s', 'k');
    // another form of the same lemma turns known too
    await expect(text.getByRole('button', { name: 'интеграциясы', exact: true }).first()).toHaveAttribute('data-s', 'k');
    await expect(summary).not.toHaveText(before!);

    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(word).toBeFocused();

    // kept by the server: after a reload the word is still known
    await page.reload();
    await expect(text.getByRole('button', { name: 'интеграция', exact: true }).first()).toHaveAttribute('data-s', 'k');
    await expect(summary).not.toHaveText(before!);
  });
}

for (const locale of LOCALES) {
  test(`${locale}: "study this word" from the text: it is the first card of the study session`, async ({ page, learner }) => {
    void learner;
    const m = reader(locale);
    // Without asking, the session starts with the deck's first card.
    await page.goto(`/${locale}/study/${ESSAY_DECK_ID}`);
    const firstBefore = (await page.locator('article').innerText()).trim();

    await page.goto(`/${locale}/read/${ESSAY_DECK_ID}`);
    const text = page.getByRole('region', { name: m.textLabel });
    // A word from the end of the text: far down the deck's order.
    const word = text.locator('button[data-s="u"]').last();
    const form = (await word.textContent())!;
    await word.click();
    const panel = page.getByRole('dialog', { name: form });
    const headword = (await panel.getByTestId('word-headword').textContent())!;
    expect(firstBefore).not.toContain(headword);
    await panel.getByRole('button', { name: m.studyThisWord }).click();
    await expect(panel.getByRole('status')).toContainText(m.studyAsked);
    // kept by the server: after a reload the panel still says the word was asked for
    await page.reload();
    await text.getByRole('button', { name: form, exact: true }).last().click();
    await expect(panel.getByRole('status')).toContainText(m.studyAsked);
    await expect(panel.getByRole('button', { name: m.studyThisWord })).toHaveCount(0);
    await panel.getByRole('link', { name: m.studyNow }).click();

    await expect(page).toHaveURL(new RegExp(`/${locale}/study/${ESSAY_DECK_ID}$`));
    await expect(page.getByTestId('card-headword').first()).toHaveText(headword);
  });
}

/** Opens the first of these words that has no card of its own and whose meaning the general glossary has. */
async function openWordToAdd(page: Page, candidates: Locator): Promise<{ panel: Locator; add: Locator; form: string }> {
  const add = page.getByRole('button', { name: 'Add to my words' });
  const panel = page.getByRole('dialog');
  for (let i = 0; i < 40; i++) {
    await candidates.nth(i).click();
    await expect(panel).toBeVisible();
    if (await add.isVisible()) return { panel, add, form: (await candidates.nth(i).textContent())! };
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  }
  throw new Error('none of the first 40 words can be added to my words');
}

test('"add to my words": a word the deck has no card for goes into the learner\'s own deck, with its meaning, and can be studied', async ({ page, learner }) => {
  void learner;
  await page.goto(`/en/read/${ESSAY_DECK_ID}`);
  const text = page.getByRole('region', { name: reader('en').textLabel });
  const { panel, add } = await openWordToAdd(page, text.locator('button[data-s="n"]'));
  const headword = (await panel.getByTestId('word-headword').textContent())!;
  await add.click();
  await expect(panel.getByRole('status')).toContainText('Added to your deck');
  await panel.getByRole('link', { name: 'Study my words' }).click();
  await expect(page).toHaveURL(/\/en\/study\/my-words-/);
  await expect(page.getByTestId('card-headword').first()).toHaveText(headword);
  await page.getByRole('button', { name: 'Show answer' }).click();
  // its meaning came with it, and the sentence it was met in is its example
  await expect(page.getByTestId('answer')).not.toBeEmpty();

  await page.goto('/en/decks');
  await expect(page.getByRole('main')).toContainText('Менің сөздерім');
});

async function signedIn(browser: Browser, prefix: string): Promise<{ page: Page; id: string }> {
  const page = await (await browser.newContext()).newPage();
  const user = newUser(prefix);
  await signUpViaApi(page, user);
  return { page, id: await userIdByEmail(user.email) };
}

test('a teacher reads a class deck with the words the class finds hardest ringed; nobody else sees them', async ({ browser }) => {
  const student = await signedIn(browser, 'student');
  const teacher = await signedIn(browser, 'teacher');
  const classId = await createClassWithStudents(teacher.id, [student.id], ESSAY_DECK_ID);
  // The student has lapsed on интеграция: 2 lapses in 4 reviews, enough to rank.
  const note = await e2eDb().note.findFirstOrThrow({ where: { deckId: ESSAY_DECK_ID, kind: 'word', headword: 'интеграция' }, select: { id: true, cards: { select: { id: true }, take: 1 } } });
  await e2eDb().cardProgress.create({
    data: { userId: student.id, cardId: note.cards[0]!.id, deckId: ESSAY_DECK_ID, noteId: note.id, state: 2, due: new Date(Date.now() + 86_400_000), reps: 4, lapses: 2, stability: 2, difficulty: 7, lastReview: new Date() },
  });

  const page = teacher.page;
  await page.goto(`/en/teach/classes/${classId}/progress`);
  await page.locator(`[data-deck="${ESSAY_DECK_ID}"]`).getByRole('link', { name: 'See them in the text' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/read/${ESSAY_DECK_ID}\\?class=${classId}$`));
  await expect(page.getByTestId('reader-hardest')).toContainText('Ringed in red: the 1 word');
  const text = page.getByRole('region', { name: reader('en').textLabel });
  const forms = text.locator('button[data-h]');
  expect(await forms.count()).toBeGreaterThan(5);
  for (const form of await forms.all()) expect((await form.textContent())!.toLowerCase()).toMatch(/^интеграция/);
  // read by screen readers with the legend's words
  await expect(forms.first()).toHaveAttribute('aria-describedby', /rs-h/);

  // The student, with the same link, and a teacher of another class see no marks.
  for (const other of [student, await signedIn(browser, 'teacher2')]) {
    await other.page.goto(`/en/read/${ESSAY_DECK_ID}?class=${classId}`);
    await expect(other.page.getByRole('region', { name: reader('en').textLabel })).toBeVisible();
    await expect(other.page.getByTestId('reader-hardest')).toHaveCount(0);
    await expect(other.page.locator('button[data-h]')).toHaveCount(0);
  }
});

test('keyboard: one tab stop, arrow keys move between words, Enter opens, Escape closes', async ({ page, learner }) => {
  void learner;
  await page.goto(`/en/read/${ESSAY_DECK_ID}`);
  const text = page.getByRole('region', { name: reader('en').textLabel });
  const words = text.getByRole('button');
  // every word of the text is in the browser's accessibility tree, those below the screen too
  // (content-visibility: auto on the paragraphs took them out of it: decision 023)
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; ignored: boolean }[] };
  const inTree = nodes.filter((n) => !n.ignored && n.role?.value === 'button').length;
  expect(inTree).toBeGreaterThanOrEqual(await words.count());
  await words.first().focus();
  await expect(words.first()).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('ArrowRight');
  await expect(words.nth(1)).toBeFocused();
  await expect(words.nth(1)).toHaveAttribute('tabindex', '0');
  await expect(words.first()).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('ArrowLeft');
  await expect(words.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement?.textContent);
  expect(second).toBe('Жаһандану');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Жаһандану' });
  await expect(panel).toBeVisible();
  // focus is inside the dialog, and Tab and Shift+Tab keep it there, as in a modal dialog
  const inPanel = () => page.evaluate(() => !!document.activeElement?.closest('dialog[aria-modal="true"]'));
  expect(await inPanel()).toBe(true);
  const stops = await panel.locator('a[href], button').count();
  for (let i = 0; i <= stops; i++) {
    await page.keyboard.press('Tab');
    expect(await inPanel()).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await inPanel()).toBe(true);
  // the rest of the page is inert while it is open: the text, the header
  await expect.poll(() => page.evaluate(() => [document.querySelector('main')!.closest('[inert]') !== null, document.querySelector('header')!.closest('[inert]') !== null])).toEqual([true, true]);
  // Escape gives the page back at once, before the dialog's close event: a word focused or
  // clicked right after it is reached (checked in the same task as the key)
  expect(await page.evaluate(() => {
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return [document.querySelector('[inert]') === null, document.querySelectorAll('dialog').length];
  })).toEqual([true, 1]);
  await expect(panel).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Жаһандану');

  // a click beside the panel closes it, and the words can be clicked again
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await page.mouse.click(20, 300);
  await expect(panel).toBeHidden();
  await text.getByRole('button', { name: 'Жаһандану', exact: true }).first().click();
  await expect(panel).toBeVisible();

  // End reaches the text's last word, below the screen; it is scrolled to and opens like any other
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  const last = await words.last().textContent();
  await expect(words.last()).toBeFocused();
  await expect(words.last()).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: last! })).toBeVisible();
});

test('on a 390-px phone the panel is a bottom sheet and nothing scrolls sideways', async ({ page, learner }) => {
  void learner;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/kk/read/${ESSAY_DECK_ID}`);
  expect(await horizontalOverflow(page)).toEqual([]);
  // no line starts with the punctuation after a word ("кешендері," stays on one line)
  const [checked, split] = await page.evaluate(() => {
    const bad: string[] = [];
    let n = 0;
    for (const b of document.querySelectorAll('#reader-text button')) {
      const next = b.nextSibling;
      if (next?.nodeType !== Node.TEXT_NODE || !/^[,.;:!?»)]/.test(next.textContent!)) continue;
      n++;
      const r = document.createRange();
      r.setStart(next, 0);
      r.setEnd(next, 1);
      const [c, w] = [r.getBoundingClientRect(), b.getBoundingClientRect()];
      // on the word's line: the two boxes overlap vertically (the next line starts below it)
      if (!(c.height > 0 && c.top < w.bottom && c.bottom > w.top)) bad.push(b.textContent! + next.textContent![0]);
    }
    return [n, bad] as const;
  });
  expect(checked).toBeGreaterThan(100);
  expect(split).toEqual([]);
  // Each paragraph paints on its own (paint containment clips at its padding box): the focus
  // outline (3 px, 1 px away) and the hardest-word ring of a word at either end of a line must
  // still fit inside its paragraph's padding box, or they would be cut off.
  const [contained, words, cut] = await page.evaluate(() => {
    const paragraphs = Array.from(document.querySelectorAll('#reader-text > p'));
    const bad: string[] = [];
    let n = 0;
    for (const p of paragraphs) {
      const box = p.getBoundingClientRect();
      for (const b of p.querySelectorAll('button')) {
        n++;
        const r = b.getBoundingClientRect();
        if (r.left - 4 < box.left || r.right + 4 > box.right) bad.push(b.textContent!);
      }
    }
    return [paragraphs.filter((p) => getComputedStyle(p).contain.includes('paint')).length === paragraphs.length, n, bad] as const;
  });
  expect(contained).toBe(true);
  expect(words).toBeGreaterThan(1000);
  expect(cut).toEqual([]);
  await page.getByRole('region', { name: reader('kk').textLabel }).getByRole('button', { name: 'мемлекеттердің', exact: true }).first().click();
  const panel = page.getByRole('dialog', { name: 'мемлекеттердің' });
  await expect(panel).toBeVisible();
  // the build of the form, as on the cards
  await expect(panel.getByRole('list')).toContainText('дің');
  const box = (await panel.boundingBox())!;
  expect(Math.round(box.x)).toBe(0);
  expect(Math.round(box.width)).toBe(390);
  expect(Math.round(box.y + box.height)).toBe(844);
  expect(await axeViolations(page)).toEqual([]);
});

test('a long text is read in parts: every word once, the parts linked, "add to my words" takes the word clicked', async ({ page, learner }) => {
  const userId = await userIdByEmail(learner.email);
  const m = reader('en');
  await page.goto(`/en/read/${ESSAY_DECK_ID}`);
  const essayWords = await page.getByRole('region', { name: m.textLabel }).getByRole('button').count();
  expect(essayWords).toBeGreaterThan(1400);
  // the essay twice: more words than one part holds (lib/reader/part.ts)
  const essay = readFileSync('data/essay/essay-central-asia-integration.kk.txt', 'utf8');
  const deckId = `long-text-${userId}`;
  await e2eDb().deck.create({ data: { id: deckId, ownerId: userId, title: 'A long text', sourceText: `${essay.trim()}\n\n${essay.trim()}` } });

  await page.goto(`/en/read/${deckId}`);
  await expect(page.getByText('Part 1 of 2', { exact: true })).toBeVisible();
  // a deck with nothing to study yet says so, not "0 % (0 of 0)"
  await expect(page.getByTestId('reader-summary')).toHaveText(m.nothingToStudy);
  const nav = page.getByRole('navigation', { name: 'Parts of the text' });
  await expect(nav.getByRole('link', { name: 'Part 1', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Previous part' })).toHaveCount(0);
  const text = page.getByRole('region', { name: m.textLabel });
  const first = await text.getByRole('button').count();
  expect(first).toBeLessThanOrEqual(2000);

  await nav.getByRole('link', { name: 'Next part' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/read/${deckId}\\?part=2$`));
  await expect(page.getByText('Part 2 of 2', { exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Part 2', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Next part' })).toHaveCount(0);
  expect(first + (await text.getByRole('button').count())).toBe(2 * essayWords);

  // a word of the second part goes into the learner's own deck as itself, not as the word at the same place in the first part
  const { panel, add, form } = await openWordToAdd(page, text.getByRole('button'));
  const headword = (await panel.getByTestId('word-headword').textContent())!;
  await add.click();
  await expect(panel.getByRole('status')).toContainText('Added to your deck');
  const note = await e2eDb().note.findFirstOrThrow({ where: { deckId: `my-words-${userId}` }, select: { headword: true, examples: true } });
  expect(note.headword).toBe(headword);
  expect((JSON.parse(note.examples) as { form: string }[])[0]!.form).toBe(form);
  await page.keyboard.press('Escape');
  expect(await axeViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  expect(await horizontalOverflow(page)).toEqual([]);
  // no such part: the not-found page; not a number: the first part
  expect((await page.goto(`/en/read/${deckId}?part=3`))!.status()).toBe(404);
  await page.goto(`/en/read/${deckId}?part=two`);
  await expect(page.getByText('Part 1 of 2', { exact: true })).toBeVisible();
});

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const locale of LOCALES) {
  test(`${locale}: on a desktop the side panel leaves the word and its text in sight; Escape gives the focus back`, async ({ page, learner }) => {
    void learner;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${locale}/read/${ESSAY_DECK_ID}`);
    const text = page.getByRole('region', { name: reader(locale).textLabel });
    // the last word of the first line, where the panel used to come over it
    const word = text.getByRole('button', { name: 'тұрақты', exact: true }).first();
    await word.click();
    const panel = page.getByRole('dialog', { name: 'тұрақты' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('button').first()).toBeFocused();
    // the page moves left out from under the panel (a short transition): the word, and the whole text column, beside it
    await expect.poll(async () => intersects((await word.boundingBox())!, (await panel.boundingBox())!)).toBe(false);
    await expect.poll(async () => {
      const [t, p] = [(await text.boundingBox())!, (await panel.boundingBox())!];
      return t.x >= 0 && t.x + t.width <= p.x;
    }).toBe(true);
    await expect(word).toBeInViewport();
    expect(await horizontalOverflow(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(word).toBeFocused();
  });
}

test('on a phone the page scrolls so that the word opened low on the screen stands above the bottom sheet', async ({ page, learner }) => {
  void learner;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/ru/read/${ESSAY_DECK_ID}`);
  const text = page.getByRole('region', { name: reader('ru').textLabel });
  // a word near the bottom of the screen, where the sheet comes
  const low = await page.evaluate(() => Array.from(document.querySelectorAll('#reader-text button')).findIndex((b) => b.getBoundingClientRect().top > innerHeight - 90));
  expect(low).toBeGreaterThan(0);
  const word = text.getByRole('button').nth(low);
  await word.click();
  const panel = page.getByRole('dialog');
  await expect(panel).toBeVisible();
  await expect.poll(async () => {
    const [w, p] = [(await word.boundingBox())!, (await panel.boundingBox())!];
    return w.y >= 0 && w.y + w.height <= p.y;
  }).toBe(true);
  await page.keyboard.press('Escape');
  await expect(word).toBeFocused();

  // the last word of the text: the page grows so that it can stand above the sheet too
  await page.keyboard.press('End');
  const last = text.getByRole('button').last();
  await expect(last).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await expect.poll(async () => {
    const [w, p] = [(await last.boundingBox())!, (await panel.boundingBox())!];
    return w.y >= 0 && w.y + w.height <= p.y;
  }).toBe(true);
});
