// The account gets the browser's time zone even when the first sign-up was refused.
import { test, expect, newUser } from './fixtures';
import { middayZone } from './midday-zone';

test('a refused sign-up keeps the browser time zone for the next try', async ({ page }) => {
  const user = newUser();
  await page.goto('/en/sign-up');
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('main').getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('too short');
  await expect(page.locator('input[name="timeZone"]')).toHaveValue(middayZone());

  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('main').getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/en\/decks$/);
  await page.goto('/en/settings');
  await expect(page.getByLabel('Time zone')).toHaveValue(middayZone());
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
