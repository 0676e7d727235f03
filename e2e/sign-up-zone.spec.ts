// The account gets the browser's time zone even when the first sign-up was refused.
import { test, expect, newUser } from './fixtures';

test('a refused sign-up keeps the browser time zone for the next try', async ({ page }) => {
  const user = newUser();
  await page.goto('/en/sign-up');
  // The browser's own zone (the config picks one where it is midday).
  const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('main').getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('too short');
  await expect(page.locator('input[name="timeZone"]')).toHaveValue(zone);

  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('main').getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/en\/decks$/);
  await page.goto('/en/settings');
  await expect(page.getByLabel('Time zone')).toHaveValue(zone);
});

test('settings drop a field’s error once it is changed and keep what was typed', async ({ page, learner }) => {
  void learner;
  await page.goto('/en/settings');
  const zone = page.getByLabel('Time zone');
  await zone.fill('Mars/Olympus');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Unknown time zone.')).toBeVisible();
  await expect(zone).toHaveValue('Mars/Olympus');
  await expect(zone).toHaveAttribute('aria-invalid', 'true');
  await zone.fill('Asia/Almaty');
  await expect(page.getByText('Unknown time zone.')).toHaveCount(0);
  await expect(zone).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
});
