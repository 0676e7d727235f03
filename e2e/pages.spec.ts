// Every page of the app, in kk, ru and en, on a desktop and on a 390-px phone: no browser
// console error (hydration included), nothing that makes the page scroll sideways, and no
// serious or critical axe violation in light or in dark mode (on the study page also with
// the answer shown). E2E_SHOTS=DIR also saves a screenshot of each page for review.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { axeViolations, horizontalOverflow } from './a11y';
import { e2eDb, userIdByEmail } from './db';
import { test, expect, newUser, signUpViaApi, ESSAY_DECK_ID } from './fixtures';

const LOCALES = ['kk', 'ru', 'en'] as const;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const SHOTS = process.env.E2E_SHOTS;

const TEXT = 'Біздің ауылда үлкен мектеп бар. Балалар күнде таңертең мектепке барады. Мұғалім оларға қазақ тілін үйретеді.';

interface World {
  anon: BrowserContext;
  student: BrowserContext;
  teacher: BrowserContext;
  deckId: string;
  classId: string;
  draftId: string;
  code: string;
  studentId: string;
}

let world: World;
/** A word note of the essay deck, for the card browser's note page. */
let CARD_NOTE_ID = '';

async function studyEssayCards(page: Page, n: number) {
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  for (let i = 0; i < n; i++) {
    const front = await page.locator('article').innerText();
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await page.keyboard.press(i === 0 ? '1' : '3');
    await expect(page.locator('article')).not.toHaveText(front);
  }
}

async function makeWorld(browser: Browser): Promise<World> {
  const anon = await browser.newContext();
  const teacher = await browser.newContext();
  const student = await browser.newContext();
  const tp = await teacher.newPage();
  await signUpViaApi(tp, newUser('teacher'), { role: 'teacher' });
  await tp.goto('/en/teach');
  const newDeck = tp.getByRole('form', { name: 'New deck' });
  await newDeck.getByLabel('Title').fill('Біздің мектеп');
  await newDeck.getByRole('button', { name: 'Create' }).click();
  await expect(tp).toHaveURL(/\/en\/teach\/decks\/t-/);
  const deckId = tp.url().split('/').pop()!;
  const form = tp.getByRole('form', { name: 'Add a note' });
  for (const [kk, ru, en, example] of [
    ['мектеп', 'школа', 'school', 'Біздің ауылда үлкен мектеп бар.'],
    ['бала', 'ребёнок', 'child', 'Балалар күнде мектепке барады.'],
  ] as const) {
    await form.getByLabel('Kazakh', { exact: true }).fill(kk);
    await form.getByLabel('Russian meaning').fill(ru);
    await form.getByLabel('English meaning').fill(en);
    await form.getByLabel('Example sentence (Kazakh)').fill(example);
    await form.getByRole('button', { name: 'Add the note' }).click();
    await expect(tp.getByRole('table', { name: 'Notes' }).getByRole('row').filter({ hasText: en })).toBeVisible();
  }
  await tp.goto('/en/teach');
  await tp.getByLabel('Class name').fill('7Ә');
  await tp.getByRole('button', { name: 'New class' }).click();
  await expect(tp).toHaveURL(/\/en\/teach\/classes\//);
  const classId = tp.url().split('/').pop()!;
  await tp.getByRole('combobox', { name: 'Deck', exact: true }).selectOption({ label: 'Біздің мектеп' });
  await tp.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(tp.locator('section[aria-labelledby="decks-h"]')).toContainText('Біздің мектеп');
  const code = (await tp.getByTestId('join-code').innerText()).trim();
  await tp.goto('/en/teach/import');
  await tp.getByLabel('Deck title (you can change it later)').fill('Ауыл');
  await tp.getByLabel('Kazakh text').fill(TEXT);
  await tp.getByRole('button', { name: 'Analyse the text' }).click();
  await expect(tp).toHaveURL(/\/en\/teach\/drafts\//);
  const draftId = tp.url().split('/').pop()!;
  await tp.close();

  const sp = await student.newPage();
  const s = newUser('student');
  await signUpViaApi(sp, s);
  await sp.goto(`/en/join/${code}`);
  await sp.getByRole('button', { name: 'Join the class' }).click();
  await expect(sp.getByText('You joined «7Ә».')).toBeVisible();
  await studyEssayCards(sp, 4);
  await sp.close();
  return { anon, student, teacher, deckId, classId, draftId, code, studentId: await userIdByEmail(s.email) };
}

interface PageCase {
  name: string;
  who: 'anon' | 'student' | 'teacher';
  path: (w: World) => string;
  /** Also check with the study card's answer shown. */
  reveal?: boolean;
  status?: number;
}

const PAGES: PageCase[] = [
  { name: 'home', who: 'anon', path: () => '/' },
  { name: 'sign-in', who: 'anon', path: () => '/sign-in' },
  { name: 'sign-up', who: 'anon', path: () => '/sign-up' },
  { name: 'forgot-password', who: 'anon', path: () => '/forgot-password' },
  { name: 'reset-password', who: 'anon', path: () => '/reset-password?token=a-token-sent-by-mail' },
  { name: 'trust-browser', who: 'anon', path: () => '/trust-browser?token=a-token-sent-by-mail' },
  { name: 'verify-email', who: 'anon', path: () => '/verify-email?token=a-token-sent-by-mail' },
  { name: 'not-found', who: 'anon', path: () => '/no-such-page', status: 404 },
  { name: 'home-signed-in', who: 'student', path: () => '/' },
  { name: 'decks', who: 'student', path: () => '/decks' },
  { name: 'words', who: 'student', path: () => `/decks/${ESSAY_DECK_ID}` },
  { name: 'words-search', who: 'student', path: () => `/decks/${ESSAY_DECK_ID}?q=${encodeURIComponent('мемлекеттердің')}` },
  { name: 'study', who: 'student', path: () => `/study/${ESSAY_DECK_ID}`, reveal: true },
  { name: 'progress', who: 'student', path: () => '/progress' },
  { name: 'cards', who: 'student', path: () => '/cards' },
  { name: 'cards-search', who: 'student', path: () => `/cards?q=${encodeURIComponent('мемлекеттердің')}&leech=no` },
  { name: 'cards-note', who: 'student', path: () => `/cards/note/${CARD_NOTE_ID}` },
  { name: 'settings', who: 'student', path: () => '/settings' },
  { name: 'join', who: 'student', path: () => '/join' },
  { name: 'join-code', who: 'student', path: (w) => `/join/${w.code}` },
  { name: 'teach', who: 'teacher', path: () => '/teach' },
  { name: 'teach-import', who: 'teacher', path: () => '/teach/import' },
  { name: 'teach-draft', who: 'teacher', path: (w) => `/teach/drafts/${w.draftId}` },
  { name: 'teach-deck', who: 'teacher', path: (w) => `/teach/decks/${w.deckId}` },
  { name: 'teach-class', who: 'teacher', path: (w) => `/teach/classes/${w.classId}` },
  { name: 'class-progress', who: 'teacher', path: (w) => `/teach/classes/${w.classId}/progress` },
  { name: 'student-progress', who: 'teacher', path: (w) => `/teach/classes/${w.classId}/students/${w.studentId}` },
];

/** The title each page has (messages' pageTitles); none for the start page, which has the app's. */
const TITLE_OF: Record<string, string | undefined> = {
  'sign-in': 'signIn', 'sign-up': 'signUp', 'forgot-password': 'forgotPassword', 'reset-password': 'resetPassword', 'trust-browser': 'trustBrowser', 'verify-email': 'verifyEmail', 'not-found': 'notFound', decks: 'decks', words: 'deck', 'words-search': 'deck', study: 'study',
  progress: 'progress', cards: 'cards', 'cards-search': 'cards', 'cards-note': 'note', settings: 'settings', join: 'join', 'join-code': 'join',
  teach: 'teach', 'teach-import': 'import', 'teach-draft': 'draft', 'teach-deck': 'teachDeck', 'teach-class': 'teachClass',
  'class-progress': 'classProgress', 'student-progress': 'student',
};

function watchConsole(page: Page, errors: string[]) {
  page.on('console', (m) => {
    // The not-found page logs its own 404 status.
    if (m.type() === 'error' && !/status of 404/.test(m.text())) errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  world = await makeWorld(browser);
  CARD_NOTE_ID = (await e2eDb().note.findFirstOrThrow({ where: { deckId: ESSAY_DECK_ID, kind: 'word', headword: 'мемлекет' }, select: { id: true } })).id;
});

test.afterAll(async () => {
  await Promise.all([world?.anon.close(), world?.student.close(), world?.teacher.close()]);
});

for (const locale of LOCALES) {
  test(`every page in ${locale}: no console error, no sideways scrolling, no serious axe violation`, async () => {
    test.setTimeout(600_000);
    const problems: string[] = [];
    // each page's <title> names it (WCAG 2.4.2): which page said what
    const titles = new Map<string, string>();
    for (const c of PAGES) {
      const page = await world[c.who].newPage();
      const errors: string[] = [];
      watchConsole(page, errors);
      const url = `/${locale}${c.path(world) === '/' ? '' : c.path(world)}`;
      for (const [viewport, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: 'light' });
        const res = await page.goto(url);
        expect(res?.status(), url).toBe(c.status ?? 200);
        await page.waitForLoadState('networkidle');
        const where = `${c.name} ${locale} ${viewport}`;
        if (viewport === 'desktop') titles.set(c.name, await page.title());
        problems.push(...(await horizontalOverflow(page)).map((p) => `${where}: ${p}`));
        await shot(page, `${c.name}-${locale}-${viewport}`);
        if (viewport === 'desktop') {
          for (const scheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            problems.push(...(await axeViolations(page)).map((v) => `${where} ${scheme}: ${v}`));
          }
          if (c.reveal) {
            await page.keyboard.press('Space');
            await expect(page.getByTestId('answer')).toBeVisible();
            for (const scheme of ['light', 'dark'] as const) {
              await page.emulateMedia({ colorScheme: scheme });
              problems.push(...(await axeViolations(page)).map((v) => `${where} revealed ${scheme}: ${v}`));
            }
            await page.emulateMedia({ colorScheme: 'light' });
            await shot(page, `${c.name}-revealed-${locale}-${viewport}`);
          }
        } else {
          await page.emulateMedia({ colorScheme: 'dark' });
          await shot(page, `${c.name}-${locale}-${viewport}-dark`);
        }
      }
      problems.push(...errors.map((e) => `${c.name} ${locale}: console: ${e}`));
      await page.close();
    }
    expect(problems).toEqual([]);
    // every page but the start page: "<its name> — Jatta", in the page's language
    const pageTitles = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')).pageTitles as Record<string, string>;
    for (const [name, title] of titles) {
      const key = TITLE_OF[name];
      if (key) expect(title, name).toBe(`${pageTitles[key]} — Jatta`);
      else expect(title, name).not.toContain(' — Jatta');
    }
  });
}
