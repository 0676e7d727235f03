// Teacher-authored decks and classes, end to end: a teacher (in Kazakh) turns a pasted
// paragraph into a deck, fixes a gloss, makes a class and assigns the deck; a learner (in
// Russian) joins with the code and studies a card; a learner who did not join gets 404,
// and learners get 404 on teacher pages. A second teacher (in Russian) edits a deck by hand.
import { test, expect, newUser, signUpViaApi } from './fixtures';

// Written for this test (not from the essay): a village school, five sentences, with a
// sentence typed without a space after the full stop, a Russian к in «Сондықтан» and a
// word no glossary has (шағала).
const PARAGRAPH = 'Біздің ауылда үлкен мектеп бар. Балалар күнде таңертең мектепке барады.Мұғалім оларға қазақ тілін үйретеді. Сондыктан оқушылар тілді жақсы біледі. Көктемде ауылға шағалалар ұшып келеді.';

test('a teacher builds a deck from a text and assigns it; a learner who joined studies it, others get 404', { tag: '@core' }, async ({ page, browser }) => {
  test.setTimeout(120_000);
  const teacher = newUser('teacher');
  await signUpViaApi(page, teacher, { role: 'teacher' });

  // Teacher, in Kazakh: paste the text.
  await page.goto('/kk/decks');
  await page.getByRole('navigation').getByRole('link', { name: 'Оқыту' }).click();
  await expect(page.getByRole('heading', { name: 'Оқыту', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Мәтіннен жинақ' }).click();
  await page.getByLabel('Жинақ атауы (кейін өзгертуге болады)').fill('Біздің ауыл');
  await page.getByLabel('Қазақша мәтін').fill(PARAGRAPH);
  await page.getByRole('button', { name: 'Мәтінді талдау' }).click();

  // The normaliser's repairs, then the vocabulary.
  await expect(page.getByRole('heading', { name: 'Мәтінді тексеру' })).toBeVisible();
  const changes = page.getByRole('region', { name: 'Мәтіндегі түзетулер' }).or(page.locator('section[aria-labelledby="changes-h"]'));
  await expect(changes.getByRole('checkbox')).toHaveCount(2);
  await expect(changes).toContainText('Сондықтан');
  await expect(changes).toContainText('қазақ әрпінің орнына орыс әрпі');
  // The teacher keeps "барады.Мұғалім" as written: the first change (the sentence join) is rejected.
  const join = changes.getByRole('checkbox', { name: /^1-түзетуді қабылдау: "\." → "\. "$/ });
  await join.uncheck();
  await expect(join).not.toBeChecked();
  // the text is analysed again without it, then saved with the draft
  await expect(join).toBeEnabled();
  await expect(page.getByTestId('save-status')).toHaveText('Жоба сақталды');
  const table = page.getByRole('table', { name: 'Сөздік' });
  // The general glossary pre-fills ordinary words (мектеп, бар- 'to go'); шағала needs a gloss.
  const schoolRow = table.locator('tr[data-row="мектеп|NOUN"]');
  await expect(schoolRow).not.toContainText('аударма керек');
  await expect(schoolRow).toContainText('мектепке');
  await expect(schoolRow.getByRole('cell').nth(3)).toHaveText('2');
  await expect(page.getByLabel('мектеп сөзінің орысша аудармасы')).toHaveValue('школа');
  await expect(schoolRow.getByRole('checkbox')).toBeChecked();
  const gullRow = table.locator('tr[data-row="шағала|NOUN"]');
  await expect(gullRow).toContainText('аударма керек');
  await expect(gullRow.getByRole('checkbox')).not.toBeChecked();

  // Keep two words: give the missing gloss and fix a glossary one; the draft saves itself.
  await page.getByRole('button', { name: 'Таңдауды алып тастау' }).click();
  await page.getByLabel('шағала сөзінің орысша аудармасы').fill('чайка');
  await page.getByLabel('шағала сөзінің ағылшынша аудармасы').fill('gull');
  await expect(gullRow.getByRole('checkbox')).toBeChecked();
  await page.getByLabel('мектеп сөзінің орысша аудармасы').fill('школа (общеобразовательная)');
  await expect(schoolRow.getByRole('checkbox')).toBeChecked();
  await expect(page.locator('tr[data-row="бар|VERB"]').getByRole('checkbox')).not.toBeChecked();
  await expect(page.getByTestId('save-status')).toHaveText('Жоба сақталды');
  await page.waitForTimeout(800);
  await expect(page.getByTestId('save-status')).toHaveText('Жоба сақталды');

  // Nothing is lost when the tab closes: reopen the draft.
  await page.reload();
  await expect(page.getByLabel('мектеп сөзінің орысша аудармасы')).toHaveValue('школа (общеобразовательная)');
  await expect(page.getByLabel('шағала сөзінің орысша аудармасы')).toHaveValue('чайка');

  await page.getByRole('button', { name: 'Жинақ жасау' }).click();
  await expect(page).toHaveURL(/\/kk\/teach\/decks\/t-[0-9a-f-]+$/);
  const deckId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { name: 'Біздің ауыл', level: 1 })).toBeVisible();
  const notes = page.getByRole('table', { name: 'Жазбалар' });
  await expect(notes.getByRole('row').filter({ hasText: 'мектеп' })).toContainText('тану, еске түсіру, бос орын');
  await expect(notes.getByRole('row').filter({ hasText: 'чайка' })).toBeVisible();
  await expect(notes.getByRole('row')).toHaveCount(3); // header + мектеп + шағала

  // The deck's reader shows the text as the deck was built from it: the rejected join not made, the accepted fix made.
  await page.goto(`/kk/read/${deckId}`);
  const read = page.getByRole('region', { name: 'Мәтін: әр сөз өз түсіндірмесін ашады' });
  await expect(read).toContainText('барады.Мұғалім');
  await expect(read).toContainText('Сондықтан');
  await expect(read).not.toContainText('Сондыктан');
  await expect(read.getByRole('button', { name: 'мектепке', exact: true })).toHaveAttribute('data-s', 'u');
  await page.goBack();

  // A class, and the deck assigned to it.
  await page.getByRole('navigation').getByRole('link', { name: 'Оқыту' }).click();
  await page.getByLabel('Сынып атауы').fill('7Ә сынып');
  await page.getByRole('button', { name: 'Жаңа сынып' }).click();
  await expect(page.getByRole('heading', { name: '7Ә сынып', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Жинақ', exact: true }).selectOption({ label: 'Біздің ауыл' });
  await page.getByRole('button', { name: 'Тағайындау', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Тағайындалған жинақтар' }).or(page.locator('section[aria-labelledby="decks-h"]'))).toContainText('Біздің ауыл');
  const joinHref = await page.getByTestId('join-link').getAttribute('href');
  expect(joinHref).toMatch(/^\/kk\/join\/[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
  const code = joinHref!.split('/').pop()!;

  // A new learner, in Russian, opens the link signed out, signs up on the way, is brought
  // back to the link, joins and studies a card of the deck.
  const learnerContext = await browser.newContext();
  const learnerPage = await learnerContext.newPage();
  const learner = newUser('learner');
  await learnerPage.goto(`/ru/join/${code}`);
  await expect(learnerPage).toHaveURL(new RegExp(`/ru/sign-in\\?next=%2Fjoin%2F${code}$`));
  await learnerPage.getByRole('main').getByRole('link', { name: 'Зарегистрироваться' }).click();
  await learnerPage.getByLabel('Имя').fill(learner.name);
  await learnerPage.getByLabel('Эл. почта').fill(learner.email);
  await learnerPage.getByLabel('Пароль').fill(learner.password);
  await learnerPage.getByRole('main').getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(learnerPage).toHaveURL(new RegExp(`/ru/join/${code}$`));
  await expect(learnerPage.getByRole('heading', { name: 'Вступить в класс' })).toBeVisible();
  await learnerPage.getByRole('button', { name: 'Вступить в класс' }).click();
  await expect(learnerPage.getByText('Вы вступили в класс «7Ә сынып».')).toBeVisible();
  await learnerPage.getByRole('link', { name: 'К моим колодам' }).click();
  const deckItem = learnerPage.getByRole('listitem').filter({ hasText: 'Біздің ауыл' });
  await expect(deckItem).toContainText('Класс: 7Ә сынып');
  await deckItem.getByRole('link', { name: /Учить/ }).click();
  await expect(learnerPage).toHaveURL(new RegExp(`/ru/study/${deckId}$`));
  await expect(learnerPage.locator('article')).toContainText(/мектеп|шағала|школа|чайка/);
  await learnerPage.getByRole('button', { name: 'Показать ответ' }).click();
  await expect(learnerPage.getByTestId('answer')).toBeVisible();
  await learnerPage.getByRole('group').getByRole('button', { name: /Хорошо/ }).click();
  await expect(learnerPage.getByRole('button', { name: 'Показать ответ' })).toBeVisible();

  // Learners do not see the teacher pages at all.
  await learnerPage.goto('/ru/teach');
  await expect(learnerPage.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  await expect(learnerPage.getByRole('navigation').getByRole('link', { name: 'Преподавание' })).toHaveCount(0);
  await learnerPage.goto(`/ru/teach/decks/${deckId}`);
  await expect(learnerPage.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  await learnerContext.close();

  // A learner who did not join cannot open the deck (404), nor its word list.
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await signUpViaApi(otherPage, newUser('outsider'));
  const study = await otherPage.goto(`/ru/study/${deckId}`);
  expect(study?.status()).toBe(404);
  await expect(otherPage.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  expect((await otherPage.goto(`/ru/decks/${deckId}`))?.status()).toBe(404);
  await otherPage.goto('/ru/decks');
  await expect(otherPage.getByRole('listitem').filter({ hasText: 'Біздің ауыл' })).toHaveCount(0);
  // A guessed code is refused.
  await otherPage.getByRole('navigation').getByRole('link', { name: 'Вступить в класс' }).click();
  const guess = code === 'ABCDE-FGHJK' ? 'ABCDE-FGHJM' : 'ABCDE-FGHJK';
  await otherPage.getByLabel('Код класса').fill(guess);
  await otherPage.getByRole('button', { name: 'Вступить в класс' }).click();
  await expect(otherPage.getByText('Класса с таким кодом нет. Проверьте код и попробуйте снова.')).toBeVisible();
  // what was typed stays, to be checked as the message says
  await expect(otherPage.getByLabel('Код класса')).toHaveValue(guess);
  await otherContext.close();

  // Another teacher gets 404 on this teacher's deck, its CSV and the class.
  const teacherBContext = await browser.newContext();
  const teacherBPage = await teacherBContext.newPage();
  await signUpViaApi(teacherBPage, newUser('teacherb'), { role: 'teacher' });
  expect((await teacherBPage.goto(`/en/teach/decks/${deckId}`))?.status()).toBe(404);
  expect((await teacherBPage.request.get(`/en/teach/decks/${deckId}/csv`)).status()).toBe(404);
  await teacherBContext.close();
});

test('a teacher edits a deck by hand: engine pre-fill, gloss edit, delete with confirmation, CSV', async ({ page }) => {
  test.setTimeout(90_000);
  await signUpViaApi(page, newUser('teacher'), { role: 'teacher' });
  await page.goto('/ru/teach');
  const newDeck = page.getByRole('form', { name: 'Новая колода' });
  await newDeck.getByLabel('Название').fill('Школа');
  await newDeck.getByRole('button', { name: 'Создать' }).click();
  await expect(page.getByRole('heading', { name: 'Школа', level: 1 })).toBeVisible();

  // The engine fills in the lemma, the part of speech and the build.
  const form = page.getByRole('form', { name: 'Добавить запись' });
  await form.getByLabel('По-казахски', { exact: true }).fill('мектептерде');
  await form.getByRole('button', { name: 'Заполнить автоматически' }).click();
  await expect(form).toContainText('Лемма: мектеп');
  await expect(form.getByRole('combobox', { name: 'Часть речи' })).toHaveValue('NOUN');
  // Without a meaning the note is refused, with the reason in the page's language.
  await form.getByLabel('Перевод на русский', { exact: true }).fill('');
  await form.getByLabel('Перевод на английский', { exact: true }).fill('');
  await form.getByRole('button', { name: 'Добавить запись' }).click();
  await expect(form.getByRole('alert')).toHaveText('Проверьте поля.Нужен перевод на русский или английский.');
  await form.getByLabel('Перевод на русский', { exact: true }).fill('школа');
  await form.getByLabel('Пример (по-казахски)').fill('Біздің ауылдағы мектептерде компьютер бар.');
  await form.getByRole('button', { name: 'Добавить запись' }).click();
  await expect(page.getByText('Запись сохранена.')).toBeVisible();
  const notes = page.getByRole('table', { name: 'Записи' });
  // The inflected form typed becomes its dictionary word (мектеп).
  await expect(notes.getByRole('row').filter({ hasText: 'школа' })).toContainText('мектеп');
  await expect(notes.getByRole('row').filter({ hasText: 'школа' })).toContainText('узнавание, вспоминание, пропуск');

  // Edit the gloss in place.
  await page.getByRole('link', { name: 'Редактировать мектеп' }).click();
  const edit = page.getByRole('form', { name: 'Изменить запись' });
  await edit.getByLabel('Перевод на русский', { exact: true }).fill('школа, училище');
  await edit.getByRole('button', { name: 'Сохранить запись' }).click();
  await expect(notes.getByRole('row').filter({ hasText: 'школа, училище' })).toBeVisible();

  // A CSV with a bad row imports nothing and names the line.
  const header = 'kk,ru,en,pos,example_kk,example_ru,example_en';
  await page.getByLabel('Файл CSV').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\nкітап,книга,book,NOUN,,,\nқала,,,NOUN,,,\n`) });
  await page.getByRole('button', { name: 'Импорт CSV' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Ничего не импортировано' })).toContainText('Строка 3: Нужен перевод на русский или английский.');
  await expect(notes.getByRole('row')).toHaveCount(2);
  // A file over 1 MB (Next's default limit for server actions) still reaches our checks...
  const manyRows = Array.from({ length: 5_001 }, (_, i) => `сөз${i},слово ${i} ${'и'.repeat(150)},word ${i},NOUN,,,`).join('\n');
  await page.getByLabel('Файл CSV').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${manyRows}\n`) });
  await page.getByRole('button', { name: 'Импорт CSV' }).click();
  const importForm = page.getByRole('form', { name: 'Импорт CSV' });
  await expect(importForm.getByRole('alert')).toContainText('Строка 5002: Слишком много строк (не больше 5000).');
  // ...and one over our own 8 MB is refused before it is sent.
  await page.getByLabel('Файл CSV').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(8_000_001, 'a') });
  await page.getByRole('button', { name: 'Импорт CSV' }).click();
  await expect(importForm.getByRole('alert')).toContainText('Файл больше 8 МБ.');
  await expect(notes.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Файл CSV').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\nкітап,книга,book,NOUN,,,\n"қала","город, село",town,NOUN,,,\n`) });
  await page.getByRole('button', { name: 'Импорт CSV' }).click();
  await expect(page.getByText('Импортированы 2 строки.')).toBeVisible();
  await expect(notes.getByRole('row')).toHaveCount(4);
  const csv = await page.request.get(page.url().replace(/\/?(\?.*)?$/, '') + '/csv');
  expect(csv.status()).toBe(200);
  const body = await csv.text();
  expect(body.split('\r\n')[0]).toBe(header);
  expect(body).toContain('"город, село"');

  // Delete a note, after confirming.
  await page.getByRole('button', { name: 'Удалить кітап' }).click();
  await page.getByRole('group', { name: /Удалить «кітап»/ }).getByRole('button', { name: 'Да, удалить' }).click();
  await expect(notes.getByRole('row')).toHaveCount(3);
  await expect(notes).not.toContainText('кітап');
});

test('a big deck\'s notes come a page at a time, and editing keeps the page', async ({ page }) => {
  test.setTimeout(90_000);
  await signUpViaApi(page, newUser('teacher'), { role: 'teacher' });
  await page.goto('/en/teach');
  const newDeck = page.getByRole('form', { name: 'New deck' });
  await newDeck.getByLabel('Title').fill('Big');
  await newDeck.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { name: 'Big', level: 1 })).toBeVisible();
  const rows = Array.from({ length: 250 }, (_, i) => `сөз${i},слово ${i},word ${i},NOUN,,,`).join('\n');
  await page.getByLabel('CSV file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(`kk,ru,en,pos,example_kk,example_ru,example_en\n${rows}\n`) });
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await expect(page.getByText('250 rows imported.')).toBeVisible();
  const notes = page.getByRole('table', { name: 'Notes' });
  // 100 rows and the header.
  await expect(notes.getByRole('row')).toHaveCount(101);
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages).toContainText('Page 1 of 3');
  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(pages).toContainText('Page 2 of 3');
  await expect(notes.getByRole('row')).toHaveCount(101);
  const first = (await notes.getByRole('row').nth(1).innerText()).split(/\s/)[0]!;
  await page.getByRole('link', { name: `Edit ${first.trim()}` }).click();
  await expect(page.getByRole('form', { name: 'Edit the note' })).toBeVisible();
  await expect(pages).toContainText('Page 2 of 3');
  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(notes.getByRole('row')).toHaveCount(51);
});
