import { test, expect, newUser, signUpViaApi } from './fixtures';

const WRONG = {
  kk: { signIn: 'Кіру', email: 'Электрондық пошта', password: 'Құпиясөз', error: 'Электрондық пошта немесе құпиясөз қате.' },
  ru: { signIn: 'Войти', email: 'Эл. почта', password: 'Пароль', error: 'Неверная почта или пароль.' },
  en: { signIn: 'Sign in', email: 'Email', password: 'Password', error: 'Wrong email or password.' },
} as const;

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`an invalid login shows the translated error (${locale})`, async ({ page }) => {
    const ui = WRONG[locale];
    await page.goto(`/${locale}/sign-in`);
    await page.getByLabel(ui.email).fill('nobody@example.test');
    await page.getByLabel(ui.password).fill('not the password');
    await page.getByRole('main').getByRole('button', { name: ui.signIn }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(ui.error);
    // What was typed stays, the password too.
    await expect(page.getByLabel(ui.email)).toHaveValue('nobody@example.test');
    await expect(page.getByLabel(ui.password)).toHaveValue('not the password');
  });
}

test('signing in with nothing typed asks for the email, not for a valid one (kk)', async ({ page }) => {
  await page.goto('/kk/sign-in');
  await page.getByRole('main').getByRole('button', { name: 'Кіру' }).click();
  // both fields at once, each under itself
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(['Электрондық пошта мекенжайыңызды енгізіңіз.', 'Құпиясөзді енгізіңіз.']);
  await expect(page.getByLabel('Электрондық пошта')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Электрондық пошта')).toHaveAccessibleDescription('Электрондық пошта мекенжайыңызды енгізіңіз.');
  await expect(page.getByLabel('Құпиясөз')).toHaveAccessibleDescription('Құпиясөзді енгізіңіз.');
});

for (const [locale, ui] of [
  ['kk', { submit: 'Тіркелу', name: 'Атыңыз', errors: ['Атыңызды енгізіңіз.', 'Электрондық пошта мекенжайыңызды енгізіңіз.', 'Құпиясөзді енгізіңіз.'] }],
  ['ru', { submit: 'Зарегистрироваться', name: 'Имя', errors: ['Введите имя.', 'Введите адрес эл. почты.', 'Введите пароль.'] }],
  ['en', { submit: 'Sign up', name: 'Name', errors: ['Enter your name.', 'Enter your email address.', 'Enter your password.'] }],
] as const) {
  test(`an empty sign-up names every missing field at once, each under its field (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/sign-up`);
    await page.getByRole('main').getByRole('button', { name: ui.submit }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText([...ui.errors]);
    const name = page.getByRole('textbox', { name: ui.name });
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(ui.errors[0]);
    // fixing one field leaves the others' messages
    await name.fill('Асель');
    await page.getByRole('main').getByRole('button', { name: ui.submit }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText([ui.errors[1], ui.errors[2]]);
    await expect(name).toHaveValue('Асель');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  });
}

test('a taken email and a short password get translated errors', async ({ page }) => {
  const existing = newUser();
  await signUpViaApi(page, existing);
  await page.context().clearCookies();

  await page.goto('/ru/sign-up');
  await page.getByLabel('Имя').fill('Асель');
  await page.getByLabel('Эл. почта').fill(existing.email);
  await page.getByLabel('Пароль').fill('long enough password');
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Аккаунт с этой почтой уже существует');
  // under the email, and the valid password is not to be typed again
  await expect(page.getByLabel('Эл. почта')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Пароль')).toHaveValue('long enough password');

  await page.goto('/en/sign-up');
  await page.getByLabel('Name').fill('Asel');
  await page.getByLabel('Email').fill(newUser().email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('The password is too short: use at least 8 characters.');
});

test('sign in and sign out', { tag: '@core' }, async ({ page }) => {
  const user = newUser();
  await signUpViaApi(page, user);
  await page.context().clearCookies();
  await page.goto('/en/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/decks$/);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goto('/en/decks');
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fdecks$/);
});

test('signing in returns to the page that asked for it, and only to pages of this app', async ({ page }) => {
  const user = newUser();
  await signUpViaApi(page, user);
  await page.context().clearCookies();

  await page.goto('/en/progress');
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fprogress$/);
  // Changing the language keeps the way back.
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/sign-in\?next=%2Fprogress$/);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fprogress$/);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/progress$/);

  await page.context().clearCookies();
  await page.goto('/en/sign-in?next=//evil.example/steal');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/decks$/);
});
