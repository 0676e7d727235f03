// What a new teacher runs into (issue 10, teachers): class progress one click away, a join
// link to copy, show as a QR code and rotate only on purpose; new words that start with
// recognition; a note form whose auto-fill follows the word; ticked sentences that need a
// translation; and the CSV files spreadsheets write.
import { readFileSync } from 'node:fs';
import { allowNetworkFailures, test, expect, newUser, signUpViaApi } from './fixtures';

test('a class page links its progress, shows a summary and a copyable, dashed join link with a QR code', async ({ page, browser, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signUpViaApi(page, newUser('teacher'), { role: 'teacher' });
  await page.goto('/en/teach');
  const newDeck = page.getByRole('form', { name: 'New deck' });
  await newDeck.getByLabel('Title').fill('Мектеп');
  await newDeck.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/en\/teach\/decks\/t-/);
  const form = page.getByRole('form', { name: 'Add a note' });
  await form.getByLabel('Kazakh', { exact: true }).fill('мектеп');
  await form.getByLabel('Russian meaning').fill('школа');
  await form.getByLabel('English meaning').fill('school');
  await form.getByLabel('Example sentence (Kazakh)').fill('Біздің ауылда үлкен мектеп бар.');
  await form.getByRole('button', { name: 'Add the note' }).click();
  await expect(page.getByText('Note saved.')).toBeVisible();

  await page.goto('/en/teach');
  await page.getByLabel('Class name').fill('5Б');
  await page.getByRole('button', { name: 'New class' }).click();
  await expect(page).toHaveURL(/\/en\/teach\/classes\/[^/]+$/);
  const classUrl = page.url();
  await page.getByRole('combobox', { name: 'Deck', exact: true }).selectOption({ label: 'Мектеп' });
  await page.getByRole('button', { name: 'Assign', exact: true }).click();

  const code = (await page.getByTestId('join-code').innerText()).trim();
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
  const link = page.getByTestId('join-link');
  await expect(link).toHaveText(new RegExp(`/en/join/${code}$`));
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.innerText());
  await page.getByText('QR code for the projector').click();
  await expect(page.getByRole('img', { name: `QR code of the join link: ${await link.innerText()}` })).toBeVisible();

  // Rotating asks first; cancelling keeps the code.
  await page.getByRole('button', { name: 'Replace the code' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('join-code')).toHaveText(code);
  await page.getByRole('button', { name: 'Replace the code' }).click();
  await page.getByRole('group', { name: /Replace the code\?/ }).getByRole('button', { name: 'Yes, replace' }).click();
  await expect(page.getByTestId('join-code')).not.toHaveText(code);
  const newCode = (await page.getByTestId('join-code').innerText()).trim();

  // A student joins with the dashed link and studies: the deck's word starts with recognition.
  const studentContext = await browser.newContext();
  const sp = await studentContext.newPage();
  const student = newUser('student');
  await signUpViaApi(sp, student);
  await sp.goto(`/en/join/${newCode}`);
  await sp.getByRole('button', { name: 'Join the class' }).click();
  await expect(sp.getByText('You joined «5Б».')).toBeVisible();
  await sp.goto('/en/decks');
  await sp.getByRole('listitem').filter({ hasText: 'Мектеп' }).getByRole('link', { name: /Study/ }).click();
  await expect(sp.locator('article')).toHaveAttribute('data-card-type', 'recognition');
  await sp.getByRole('button', { name: 'Show answer' }).click();
  await sp.getByRole('group', { name: 'How well did you remember?' }).getByRole('button', { name: /Good/ }).click();
  await expect(sp.getByTestId('session-progress')).toContainText('1 done');
  await studentContext.close();

  await page.goto(classUrl);
  const progress = page.getByRole('region', { name: 'Progress this week' });
  await expect(progress.locator('[data-summary="students"]')).toHaveText('1');
  await expect(progress.locator('[data-summary="active"]')).toHaveText('1');
  await expect(progress.locator('[data-summary="reviews"]')).toHaveText('1');
  await page.getByRole('link', { name: student.name }).click();
  await expect(page.getByRole('heading', { name: `${student.name}: progress` })).toBeVisible();
  await page.goto(classUrl);
  await progress.getByRole('link', { name: 'Open the class progress' }).click();
  await expect(page.getByRole('heading', { name: '5Б: progress' })).toBeVisible();
  await page.goto('/en/teach');
  await page.getByRole('link', { name: 'Progress: 5Б' }).click();
  await expect(page.getByRole('heading', { name: '5Б: progress' })).toBeVisible();
});

test('auto-fill follows the word typed, and an inflected form is saved as its dictionary word', async ({ page }) => {
  test.setTimeout(90_000);
  await signUpViaApi(page, newUser('teacher'), { role: 'teacher' });
  await page.goto('/ru/teach');
  const newDeck = page.getByRole('form', { name: 'Новая колода' });
  await newDeck.getByLabel('Название').fill('Интеграция');
  await newDeck.getByRole('button', { name: 'Создать' }).click();
  const form = page.getByRole('form', { name: 'Добавить запись' });
  const kk = form.getByLabel('По-казахски', { exact: true });
  const ru = form.getByLabel('Перевод на русский', { exact: true });
  const en = form.getByLabel('Перевод на английский', { exact: true });
  await kk.fill('мемлекеттеріміздің');
  await kk.blur();
  await expect(ru).toHaveValue(/государство/);
  await kk.fill('интеграциясына');
  await form.getByRole('button', { name: 'Заполнить автоматически' }).click();
  await expect(ru).toHaveValue('интеграция');
  await expect(en).toHaveValue('integration');
  await expect(form).toContainText('Лемма: интеграция');
  await form.getByRole('button', { name: 'Добавить запись' }).click();
  await expect(page.getByText('Запись сохранена.')).toBeVisible();
  const row = page.getByRole('table', { name: 'Записи' }).getByRole('row').filter({ hasText: 'integration' });
  await expect(row.getByRole('cell').first()).toHaveText(/^интеграция/);
  await expect(row).not.toContainText('государство');
});

test('a ticked sentence without a translation stops the deck and is named', async ({ page }) => {
  test.setTimeout(90_000);
  await signUpViaApi(page, newUser('teacher'), { role: 'teacher' });
  await page.goto('/en/teach/import');
  await page.getByLabel('Deck title (you can change it later)').fill('Ауыл');
  await page.getByLabel('Kazakh text').fill('Біздің ауылда үлкен мектеп бар. Балалар күнде мектепке барады.');
  await page.getByRole('button', { name: 'Analyse the text' }).click();
  await expect(page.getByRole('heading', { name: 'Review the text' })).toBeVisible();
  // Without a title the deck cannot be created, and the button says why.
  const deckTitle = page.getByRole('textbox', { name: 'Deck title', exact: true });
  const createDeck = page.getByRole('button', { name: 'Create the deck' });
  await deckTitle.fill('');
  await expect(createDeck).toBeDisabled();
  await expect(createDeck).toHaveAccessibleDescription('Give the deck a title to create it.');
  await deckTitle.fill('Ауыл');
  await expect(createDeck).toBeEnabled();
  await page.getByRole('checkbox', { name: 'Sentence card: Балалар күнде мектепке барады.' }).check();
  await expect(page.locator('li[data-sentence]').filter({ hasText: 'Балалар күнде' })).toContainText('needs a translation');
  await page.getByRole('button', { name: 'Create the deck' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('These ticked sentences have no translation');
  await expect(page.getByRole('list', { name: 'Sentences without a translation' })).toHaveText('Балалар күнде мектепке барады.');
  await expect(page).toHaveURL(/\/en\/teach\/drafts\//);
  await page.getByLabel('English translation: Балалар күнде мектепке барады.').fill('The children go to school every day.');
  await expect(page.locator('li[data-sentence]').filter({ hasText: 'Балалар күнде' })).not.toContainText('needs a translation');
});

// A long text's words and sentences come a hundred at a time: every row at once made a
// 200,000-character text's draft page 31 MB and held the server for seconds.
test('a long text: its words come a page at a time, and selecting all still takes every word', async ({ page, consoleErrors }) => {
  test.setTimeout(120_000);
  await signUpViaApi(page, newUser('teacher'), { role: 'teacher' });
  await page.goto('/en/teach/import');
  await page.getByLabel('Deck title (you can change it later)').fill('Эссе');
  await page.getByLabel('Kazakh text').fill(readFileSync('data/essay/essay-central-asia-integration.kk.txt', 'utf8'));
  await page.getByRole('button', { name: 'Analyse the text' }).click();
  await expect(page.getByRole('heading', { name: 'Review the text' })).toBeVisible({ timeout: 30_000 });
  const table = page.getByRole('table', { name: 'Vocabulary' });
  const words = page.getByRole('navigation', { name: 'Pages of the word list' });
  const total = Number((await page.getByText(/ of [\d,]+ words selected/).innerText()).match(/of ([\d,]+) words/)![1]!.replace(/,/g, ''));
  expect(total).toBeGreaterThan(200);
  await expect(table.locator('tbody tr')).toHaveCount(100);
  await expect(words).toContainText(`1–100 of ${total.toLocaleString('en')}`);
  await expect(words.getByRole('button', { name: 'Previous' })).toBeDisabled();
  const first = await table.locator('tbody tr').first().getAttribute('data-row');
  await words.getByRole('button', { name: 'Next' }).click();
  await expect(words).toContainText(`101–200 of ${total.toLocaleString('en')}`);
  await expect(table.locator('tbody tr').first()).not.toHaveAttribute('data-row', first!);
  // A meaning typed on page 2 is the server's: it is there after turning back and after a reload.
  const second = table.locator('tbody tr').first();
  const key = (await second.getAttribute('data-row'))!;
  const word = (await second.locator('span.font-semibold').innerText()).trim();
  await page.getByLabel(`English meaning of ${word}`, { exact: true }).fill('a meaning typed on page two');
  // and the next word's meanings wiped: it needs one now
  const third = table.locator('tbody tr').nth(1);
  const blank = (await third.getAttribute('data-row'))!;
  await third.getByRole('textbox').first().fill('');
  await third.getByRole('textbox').nth(1).fill('');
  await expect(third).toContainText('needs meaning');
  await expect(page.getByTestId('save-status')).toHaveText('Draft saved');
  await words.getByRole('button', { name: 'Previous' }).click();
  await expect(words).toContainText(`1–100 of ${total.toLocaleString('en')}`);
  await page.reload();
  await expect(words).toContainText(`1–100 of ${total.toLocaleString('en')}`);
  await words.getByRole('button', { name: 'Next' }).click();
  await expect(table.locator(`tr[data-row="${key}"]`).getByLabel(`English meaning of ${word}`, { exact: true })).toHaveValue('a meaning typed on page two');
  // Only the words without a meaning: none of them has one.
  const missing = page.getByLabel(/^Show only words that need a meaning \(\d+\)$/);
  const missingCount = Number((await missing.locator('..').innerText()).match(/\((\d+)\)/)![1]);
  expect(missingCount).toBeGreaterThan(0);
  await missing.check();
  await expect(table.locator('tbody tr')).toHaveCount(Math.min(100, missingCount));
  await expect(table.locator(`tr[data-row="${blank}"]`)).toContainText('needs meaning');
  for (const row of await table.locator('tbody tr').all()) await expect(row).toContainText('needs meaning');
  await missing.uncheck();
  await expect(table.locator('tbody tr')).toHaveCount(100);
  await page.getByRole('button', { name: 'Select all' }).click();
  await expect(page.getByText(`${total.toLocaleString('en')} of ${total.toLocaleString('en')} words selected`)).toBeVisible();
  // A page that cannot be fetched says so, and the next try fetches it.
  await page.route('**/en/teach/drafts/**', (route) => (route.request().method() === 'POST' ? route.abort() : route.continue()));
  await words.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('This part of the draft could not be loaded. Check the connection and try again.');
  await page.unroute('**/en/teach/drafts/**');
  allowNetworkFailures(consoleErrors);
  await words.getByRole('button', { name: 'Next' }).click();
  await expect(words).toContainText(`101–200 of ${total.toLocaleString('en')}`);
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
  // The page carries one page of rows, not the text's every word: a row of page 2 is not in page 1's HTML or data.
  const html = await (await page.request.get(page.url())).text();
  expect(html).toContain(first!);
  expect(html).not.toContain(key);
  // The essay's 78 sentences fit on one page: no pager for them.
  await expect(page.locator('li[data-sentence]')).toHaveCount(78);
  await expect(page.getByRole('navigation', { name: 'Pages of the sentence list' })).toHaveCount(0);
});

// On a phone each word is a card: the meanings to edit are on the screen, not two screens to the right.
test('on a 390-px phone the draft\'s meaning fields are on the screen and the page does not scroll sideways', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpViaApi(page, newUser('teacher'), { role: 'teacher' });
  await page.goto('/ru/teach/import');
  await page.getByLabel('Название колоды (можно изменить потом)').fill('Ауыл');
  await page.getByLabel('Текст на казахском').fill('Біздің ауылда үлкен мектеп бар. Балалар күнде мектепке барады.');
  await page.getByRole('button', { name: 'Разобрать текст' }).click();
  await expect(page.getByRole('heading', { name: 'Проверка текста' })).toBeVisible();
  for (const label of ['Русский перевод слова мектеп', 'Английский перевод слова мектеп']) {
    const field = page.getByLabel(label, { exact: true });
    await field.scrollIntoViewIfNeeded();
    const box = (await field.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.width).toBeGreaterThan(250);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Closing the tab while a meaning is still on its way asks first; once it is saved, it does not.
  await page.getByLabel('Русский перевод слова мектеп', { exact: true }).fill('школа (здание)');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(page.getByTestId('save-status')).toHaveText('Черновик сохранён');
  let again = false;
  page.on('dialog', (d) => { again = true; void d.accept(); });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(again).toBe(false);
});

test('a semicolon-separated kk,ru,en file from Excel imports', async ({ page }) => {
  await signUpViaApi(page, newUser('teacher'), { role: 'teacher' });
  await page.goto('/kk/teach');
  const newDeck = page.getByRole('form', { name: 'Жаңа жинақ' });
  await newDeck.getByLabel('Атауы').fill('Excel');
  await newDeck.getByRole('button', { name: 'Жасау' }).click();
  await expect(page.getByText('Міндетті: kk және ru не en.', { exact: false })).toBeVisible();
  await page.getByLabel('CSV файлы').setInputFiles({ name: 'words.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFFkk;ru;en\r\nкітап;книга;book\r\nқала;"город; село";town\r\n') });
  await page.getByRole('button', { name: 'CSV импорттау' }).click();
  await expect(page.getByText('2 жол импортталды.')).toBeVisible();
  const notes = page.getByRole('table', { name: 'Жазбалар' });
  await expect(notes.getByRole('row').filter({ hasText: 'город; село' })).toBeVisible();
  // A header without a meaning column says what is required.
  await page.getByLabel('CSV файлы').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('kk;pos\nсу;NOUN\n') });
  await page.getByRole('button', { name: 'CSV импорттау' }).click();
  await expect(page.getByRole('form', { name: 'CSV импорттау' }).getByRole('alert')).toContainText('1-жол: Тақырып жолында kk бағаны және ru не en бағаны керек.');
});
