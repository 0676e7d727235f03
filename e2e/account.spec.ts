// Settings → Account in kk, ru and en (docs/decisions/030-account-security.md): a learner changes
// their password (a wrong current one and a short new one refused in their language first), their
// other browser is signed out, this one stays, and only the new password signs in; from a second
// browser a learner signs out everywhere else and the first browser is signed out; a learner
// deletes their account (the confirmation asked for, the box kept ticked after a wrong password)
// and can no longer sign in; a teacher is told how many classes and decks go with theirs.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { e2eDb, userIdByEmail } from './db';
import { test, expect, newUser, signUpViaApi, type TestUser } from './fixtures';

const UI = {
  kk: {
    title: 'Тіркелгі', email: 'Электрондық пошта', password: 'Құпиясөз', signIn: 'Кіру', wrongCredentials: 'Электрондық пошта немесе құпиясөз қате.',
    passwordTitle: 'Құпиясөзді өзгерту', current: 'Қазіргі құпиясөз', new: 'Жаңа құпиясөз', change: 'Құпиясөзді өзгерту',
    wrongPassword: 'Құпиясөз қате.', tooShort: 'Жаңа құпиясөз тым қысқа: кемінде 8 таңба болуы керек.',
    changed: 'Құпиясөз өзгертілді. Басқа 1 сеанс жабылды.',
    sessionsTitle: 'Қай жерлерден кірдіңіз', twoSessions: 'Сіз 2 құрылғыдан немесе браузерден кірдіңіз (осы браузерді қоса).', endOthers: 'Басқа құрылғылардың бәрінен шығу', ended: 'Басқа 1 сеанс жабылды.',
    deleteHeading: 'Тіркелгімді жою', deletePassword: 'Құпиясөзіңіз', confirm: 'Тіркелгім және жоғарыда аталғанның бәрі біржола жойылатынын түсінемін.',
    deleteButton: 'Тіркелгімді жою', confirmRequired: 'Растау үшін белгі қойыңыз.', deleted: 'Тіркелгіңіз тек сізге тиесілі нәрселердің бәрімен бірге жойылды. Сау болыңыз!',
  },
  ru: {
    title: 'Аккаунт', email: 'Эл. почта', password: 'Пароль', signIn: 'Войти', wrongCredentials: 'Неверная почта или пароль.',
    passwordTitle: 'Смена пароля', current: 'Текущий пароль', new: 'Новый пароль', change: 'Сменить пароль',
    wrongPassword: 'Неверный пароль.', tooShort: 'Новый пароль слишком короткий: нужно не меньше 8 символов.',
    changed: 'Пароль изменён. Завершён 1 другой сеанс.',
    sessionsTitle: 'Где выполнен вход', twoSessions: 'Вход выполнен на 2 устройствах или в браузерах, включая это.', endOthers: 'Выйти на всех других устройствах', ended: 'Завершён 1 другой сеанс.',
    deleteHeading: 'Удалить аккаунт', deletePassword: 'Ваш пароль', confirm: 'Я понимаю, что мой аккаунт и всё перечисленное будут удалены навсегда.',
    deleteButton: 'Удалить аккаунт', confirmRequired: 'Отметьте флажок, чтобы подтвердить.', deleted: 'Ваш аккаунт удалён вместе со всем, что принадлежало только вам. До свидания!',
  },
  en: {
    title: 'Account', email: 'Email', password: 'Password', signIn: 'Sign in', wrongCredentials: 'Wrong email or password.',
    passwordTitle: 'Change password', current: 'Current password', new: 'New password', change: 'Change password',
    wrongPassword: 'The password is wrong.', tooShort: 'The new password is too short: use at least 8 characters.',
    changed: 'Your password has been changed. 1 other session was signed out.',
    sessionsTitle: 'Where you are signed in', twoSessions: 'You are signed in on 2 devices or browsers, this one included.', endOthers: 'Sign out everywhere else', ended: '1 other session was signed out.',
    deleteHeading: 'Delete my account', deletePassword: 'Your password', confirm: 'I understand that my account and everything above will be deleted for good.',
    deleteButton: 'Delete my account', confirmRequired: 'Tick the box to confirm.', deleted: 'Your account has been deleted, with everything that was only yours. Goodbye!',
  },
} as const;
type Locale = keyof typeof UI;

/** A second browser of the same user, signed in through the API. */
async function secondBrowser(browser: Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const res = await page.request.post('/api/auth/sign-in/email', { data: { email: user.email, password: user.password } });
  expect(res.ok(), await res.text()).toBeTruthy();
  return page;
}

async function isSignedOut(page: Page, locale: Locale): Promise<void> {
  await page.goto(`/${locale}/decks`);
  await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in\\?next=%2Fdecks$`));
}

/** Signs in through the form in a fresh browser: true if it got in. */
async function signsIn(browser: Browser, locale: Locale, email: string, password: string): Promise<boolean> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const ui = UI[locale];
    await page.goto(`/${locale}/sign-in`);
    await page.getByLabel(ui.email).fill(email);
    await page.getByLabel(ui.password, { exact: true }).fill(password);
    await page.getByRole('main').getByRole('button', { name: ui.signIn }).click();
    const outcome = await Promise.race([
      page.waitForURL(new RegExp(`/${locale}/decks$`)).then(() => true),
      page.getByRole('main').getByRole('alert').filter({ hasText: ui.wrongCredentials }).waitFor().then(() => false),
    ]);
    return outcome;
  } finally {
    await context.close();
  }
}

for (const locale of ['kk', 'ru', 'en'] as const) {
  const ui = UI[locale];

  test(`in ${locale}: changing the password signs the other browser out, keeps this one, and only the new password signs in`, async ({ page, browser }) => {
    const user = newUser();
    await signUpViaApi(page, user);
    const other = await secondBrowser(browser, user);
    await page.goto(`/${locale}/settings`);
    await expect(page.getByRole('heading', { name: ui.title, exact: true })).toBeVisible();
    const form = page.getByRole('form', { name: ui.passwordTitle });

    await form.getByLabel(ui.current).fill('not my password');
    await form.getByLabel(ui.new).fill('a brand new password');
    await form.getByRole('button', { name: ui.change }).click();
    await expect(form.getByRole('alert')).toHaveText(ui.wrongPassword);
    await expect(form.getByLabel(ui.current)).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel(ui.current)).toBeFocused();

    await form.getByLabel(ui.current).fill(user.password);
    await form.getByLabel(ui.new).fill('short');
    await form.getByRole('button', { name: ui.change }).click();
    await expect(form.getByRole('alert')).toHaveText(ui.tooShort);
    await expect(form.getByLabel(ui.new)).toHaveAttribute('aria-invalid', 'true');

    const fresh = `new-${randomUUID()}`;
    await form.getByLabel(ui.current).fill(user.password);
    await form.getByLabel(ui.new).fill(fresh);
    await form.getByRole('button', { name: ui.change }).click();
    await expect(form.getByRole('status')).toHaveText(ui.changed);

    // this browser stays signed in (on a fresh session), the other one is out
    await page.reload();
    await expect(page).toHaveURL(new RegExp(`/${locale}/settings$`));
    await expect(page.getByRole('heading', { name: ui.title, exact: true })).toBeVisible();
    await isSignedOut(other, locale);
    await other.context().close();
    expect(await signsIn(browser, locale, user.email, user.password)).toBe(false);
    expect(await signsIn(browser, locale, user.email, fresh)).toBe(true);
  });

  test(`in ${locale}: signing out everywhere else from a second browser signs the first one out`, async ({ page, browser }) => {
    const user = newUser();
    await signUpViaApi(page, user);
    await page.goto(`/${locale}/settings`);
    const second = await secondBrowser(browser, user);
    await second.goto(`/${locale}/settings`);
    const form = second.getByRole('form', { name: ui.sessionsTitle });
    await expect(form).toContainText(ui.twoSessions);
    await form.getByRole('button', { name: ui.endOthers }).click();
    await expect(form.getByRole('status')).toHaveText(ui.ended);
    await isSignedOut(page, locale);
    // the second browser is still in
    await second.reload();
    await expect(second).toHaveURL(new RegExp(`/${locale}/settings$`));
    await second.context().close();
  });

  test(`in ${locale}: deleting the account asks for the password and a confirmation, signs out, and the account is gone`, async ({ page, browser }) => {
    const user = newUser();
    await signUpViaApi(page, user);
    const other = await secondBrowser(browser, user);
    await page.goto(`/${locale}/settings`);
    const form = page.getByRole('form', { name: ui.deleteHeading });
    await form.getByLabel(ui.deletePassword).fill(user.password);
    await form.getByRole('button', { name: ui.deleteButton }).click();
    await expect(form.getByRole('alert')).toHaveText(ui.confirmRequired);
    await expect(form.getByRole('checkbox', { name: ui.confirm })).toHaveAttribute('aria-invalid', 'true');

    await form.getByLabel(ui.deletePassword).fill('not my password');
    await form.getByRole('checkbox', { name: ui.confirm }).check();
    await form.getByRole('button', { name: ui.deleteButton }).click();
    await expect(form.getByRole('alert')).toHaveText(ui.wrongPassword);
    // the box stays ticked after the refusal; the password is never sent back
    await expect(form.getByRole('checkbox', { name: ui.confirm })).toBeChecked();
    await expect(form.getByLabel(ui.deletePassword)).toHaveValue('');

    await form.getByLabel(ui.deletePassword).fill(user.password);
    await form.getByRole('button', { name: ui.deleteButton }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    await expect(page.getByRole('status')).toHaveText(ui.deleted);
    await isSignedOut(page, locale);
    await isSignedOut(other, locale);
    await other.context().close();
    expect(await signsIn(browser, locale, user.email, user.password)).toBe(false);
    expect(await e2eDb().user.count({ where: { email: user.email } })).toBe(0);
  });
}

test('a teacher is told how many classes, students and decks go with their account, and their students lose the class', async ({ page, browser }) => {
  const teacher = newUser('teacher');
  await signUpViaApi(page, teacher, { role: 'teacher' });
  const teacherId = await userIdByEmail(teacher.email);
  const studentContext = await browser.newContext();
  const student = newUser('student');
  await signUpViaApi(await studentContext.newPage(), student);
  const studentId = await userIdByEmail(student.email);
  const db = e2eDb();
  const deckId = randomUUID();
  await db.deck.create({ data: { id: deckId, ownerId: teacherId, title: 'Сабақ 1' } });
  const classId = randomUUID();
  await db.class.create({ data: { id: classId, teacherId, name: '7А', joinCode: randomUUID().slice(0, 8).toUpperCase() } });
  await db.classMember.create({ data: { classId, userId: studentId } });
  await db.deckAssignment.create({ data: { classId, deckId } });

  await page.goto('/kk/settings');
  const form = page.getByRole('form', { name: UI.kk.deleteHeading });
  await expect(form).toContainText('Сіз 1 сыныпты жүргізесіз, оларда 1 оқушы бар; сізде 1 жинақ бар. Олар да жойылады: оқушыларыңыз бұл сыныптардан, оларға тағайындалған жинақтардан және сол жинақтар бойынша оқу барысынан айырылады.');
  await form.getByLabel(UI.kk.deletePassword).fill(teacher.password);
  await form.getByRole('checkbox', { name: 'Тіркелгім, сыныптарым мен жинақтарым біржола, оқушыларым үшін де жойылатынын түсінемін.' }).check();
  await form.getByRole('button', { name: UI.kk.deleteButton }).click();
  await expect(page.getByRole('status')).toHaveText(UI.kk.deleted);
  expect(await db.class.count({ where: { id: classId } })).toBe(0);
  expect(await db.deck.count({ where: { id: deckId } })).toBe(0);
  expect(await db.classMember.count({ where: { userId: studentId } })).toBe(0);
  expect(await db.user.count({ where: { id: studentId } })).toBe(1);
  await studentContext.close();
});
