// Signing in through the sign-in screen, shared by every browser test: fill the form, and for
// `loginAs` wait until the app's navigation shows (the session is open).
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-users.ts';

/** Fills and submits the sign-in form on the current page; the caller waits for what should follow. */
export async function submitLogin(page: Page, username: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/**
 * Opens the app and signs in as a (demo) user; resolves once the app's navigation is there (on a
 * phone it is folded behind the menu button, so present rather than visible).
 */
export async function loginAs(page: Page, username: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await submitLogin(page, username, password);
  await page.locator('nav.app-nav').waitFor({ state: 'attached' });
}
