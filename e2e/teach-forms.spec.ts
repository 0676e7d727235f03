// The teacher's and the learner's small forms speak the page's language (audit-ux #42, #45,
// #52, #53, #55, #58): no browser validation bubble, a file picker in the UI language, an
// English text refused before it becomes a draft, a refused class code kept in its field, a
// card search with no result that offers a way back; and the teacher deck page's notes stack
// on a phone (#44).
import { e2eDb, userIdByEmail } from './db';
import { horizontalOverflow } from './a11y';
import { test, expect, newUser, signUpViaApi } from './fixtures';

test('teacher forms answer in Russian, not with the browser’s bubbles; the CSV picker names its file', async ({ page }) => {
  test.setTimeout(90_000);
  const teacher = newUser('teacher');
  await signUpViaApi(page, teacher, { role: 'teacher' });
  await page.goto('/ru/teach');

  // An empty class name: the server's answer, in Russian (a browser bubble would have stopped the submit).
  const newClass = page.getByRole('form', { name: 'Новый класс' });
  await newClass.getByRole('button', { name: 'Новый класс' }).click();
  await expect(newClass.getByRole('alert')).toContainText('«Название класса»: поле не заполнено.');
  await expect(newClass.getByRole('alert')).not.toContainText('невидимые');
  await expect(page).toHaveURL(/\/ru\/teach$/);

  const newDeck = page.getByRole('form', { name: 'Новая колода' });
  await newDeck.getByRole('button', { name: 'Создать' }).click();
  await expect(newDeck.getByRole('alert')).toContainText('«Название»: поле не заполнено.');
  await newDeck.getByLabel('Название').fill('Мектеп');
  await newDeck.getByRole('button', { name: 'Создать' }).click();
  await expect(page.getByRole('heading', { name: 'Мектеп', level: 1 })).toBeVisible();

  // The note form: an empty Kazakh field is named in Russian.
  const note = page.getByRole('form', { name: 'Добавить запись' });
  await note.getByRole('button', { name: 'Добавить запись' }).click();
  await expect(note.getByRole('alert')).toContainText('«По-казахски»: поле не заполнено.');

  // The CSV picker: a Russian button and "no file" line, then the chosen file's name.
  const csv = page.getByRole('form', { name: 'Импорт CSV' });
  await expect(csv.getByText('Выбрать файл…')).toBeVisible();
  await expect(csv.getByTestId('file-chosen')).toHaveText('Файл не выбран');
  await csv.getByRole('button', { name: 'Импорт CSV' }).click();
  await expect(csv.getByRole('alert')).toContainText('Сначала выберите файл.');
  const picker = csv.getByLabel('Файл CSV');
  await picker.setInputFiles({ name: 'слова.csv', mimeType: 'text/csv', buffer: Buffer.from('kk,ru,en\nкітап,книга,book\n') });
  await expect(csv.getByTestId('file-chosen')).toHaveText('слова.csv');
  // reachable by keyboard: the input itself takes the focus
  await picker.focus();
  await expect(picker).toBeFocused();
  await csv.getByRole('button', { name: 'Импорт CSV' }).click();
  await expect(csv.getByText('Импортирована 1 строка.')).toBeVisible();
});

test('an English text is refused before a draft is made, and the text stays in the field', async ({ page }) => {
  const teacher = newUser('teacher');
  await signUpViaApi(page, teacher, { role: 'teacher' });
  const teacherId = await userIdByEmail(teacher.email);
  for (const [locale, label, button, message] of [
    ['ru', 'Текст на казахском', 'Разобрать текст', 'Это не похоже на казахский текст'],
    ['kk', 'Қазақша мәтін', 'Мәтінді талдау', 'Бұл қазақша мәтінге ұқсамайды'],
    ['en', 'Kazakh text', 'Analyse the text', 'This does not look like Kazakh text'],
  ] as const) {
    await page.goto(`/${locale}/teach/import`);
    const text = page.getByRole('textbox', { name: new RegExp(`^${label}`) });
    await text.fill('hello world this is english');
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText(message);
    await expect(text).toHaveValue('hello world this is english');
    await expect(text).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(new RegExp(`/${locale}/teach/import$`));
  }
  expect(await e2eDb().deckDraft.count({ where: { ownerId: teacherId } })).toBe(0);
  // Kazakh with an English word in it goes through to the draft.
  await page.getByRole('textbox', { name: /^Kazakh text/ }).fill('Біз Python тілінде шағын бағдарлама жаздық. Мектепте оқушылар көп.');
  await page.getByRole('button', { name: 'Analyse the text' }).click();
  await expect(page).toHaveURL(/\/en\/teach\/drafts\//);
});

test('a class page explains its empty tiles and says the rotation hint once; a student joins after a typo they can see', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const teacher = newUser('teacher');
  await signUpViaApi(page, teacher, { role: 'teacher' });
  await page.goto('/ru/teach');
  await page.getByLabel('Название класса').fill('7А');
  await page.getByRole('button', { name: 'Новый класс' }).click();
  await expect(page).toHaveURL(/\/ru\/teach\/classes\/[^/]+$/);
  const classUrl = page.url();
  const summary = page.getByRole('region', { name: 'Успехи за неделю' });
  await expect(summary).toContainText('Пока никто не вступил: дайте ученикам код или ссылку ниже.');
  const hint = 'Старый код и ссылка перестанут работать; нынешние ученики останутся.';
  await expect(page.getByText(hint)).toBeVisible();
  await page.getByRole('button', { name: 'Заменить код' }).click();
  await expect(page.getByRole('group', { name: /Заменить код\?/ })).toBeVisible();
  await expect(page.getByText(hint)).toHaveCount(0);
  await page.getByRole('button', { name: 'Отмена' }).click();
  await expect(page.getByText(hint)).toBeVisible();
  const code = (await page.getByTestId('join-code').innerText()).trim();

  const sc = await browser.newContext();
  const sp = await sc.newPage();
  await signUpViaApi(sp, newUser('student'));
  await sp.goto('/ru/join');
  const field = sp.getByLabel('Код класса');
  await sp.getByRole('button', { name: 'Вступить в класс' }).click();
  await expect(sp.getByRole('main').getByRole('alert')).toHaveText('Введите код класса.');
  const typo = `${code.slice(0, -1)}${code.endsWith('2') ? '3' : '2'}`;
  await field.fill(typo);
  await sp.getByRole('button', { name: 'Вступить в класс' }).click();
  await expect(sp.getByRole('main').getByRole('alert')).toHaveText('Класса с таким кодом нет. Проверьте код и попробуйте снова.');
  await expect(field).toHaveValue(typo);
  await field.fill(code);
  await sp.getByRole('button', { name: 'Вступить в класс' }).click();
  await expect(sp.getByText('Вы вступили в класс «7А».')).toBeVisible();
  await sc.close();

  await page.goto(classUrl);
  await expect(summary).toContainText('За последние 7 дней ученики ещё не занимались по колодам класса.');
});

test('a card search with no result says so and offers to clear the search and filters', async ({ page, learner }) => {
  void learner;
  for (const [locale, none, clear] of [
    ['ru', 'Ничего не найдено.', 'Сбросить поиск и фильтры'],
    ['kk', 'Ештеңе табылмады.', 'Іздеу мен сүзгілерді тазарту'],
    ['en', 'No cards found.', 'Clear search and filters'],
  ] as const) {
    await page.goto(`/${locale}/cards?q=zzzzqqq&type=recognition`);
    await expect(page.getByTestId('card-count')).toHaveText(none);
    await page.getByRole('link', { name: clear }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/cards$`));
    await expect(page.getByTestId('card-row').first()).toBeVisible();
    await expect(page.getByRole('link', { name: clear })).toHaveCount(0);
  }
});

test('on a phone the teacher deck page stacks each note, with its buttons inside the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signUpViaApi(page, newUser('teacher'), { role: 'teacher' });
  await page.goto('/ru/teach');
  const newDeck = page.getByRole('form', { name: 'Новая колода' });
  await newDeck.getByLabel('Название').fill('Мектеп');
  await newDeck.getByRole('button', { name: 'Создать' }).click();
  await expect(page.getByRole('heading', { name: 'Мектеп', level: 1 })).toBeVisible();
  const note = page.getByRole('form', { name: 'Добавить запись' });
  await note.getByLabel('По-казахски', { exact: true }).fill('мектеп');
  await note.getByLabel('Перевод на русский').fill('школа');
  await note.getByLabel('Перевод на английский').fill('school');
  await note.getByRole('button', { name: 'Добавить запись' }).click();
  await expect(page.getByText('Запись сохранена.')).toBeVisible();

  const row = page.getByTestId('note-row').first();
  await expect(row).toContainText('Карточки:');
  for (const button of [row.getByRole('link', { name: /мектеп/ }), row.getByRole('button', { name: 'Удалить мектеп' })]) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390 - 16);
    // one line: a small button is about 30 px high, two lines would be over 45
    expect(box.height).toBeLessThan(45);
  }
  expect(await horizontalOverflow(page)).toEqual([]);
  await context.close();
});
