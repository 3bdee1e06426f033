import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import SQLite from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../src/modules/demo/demo.seed.js';
import { fr } from '../web/src/i18n/fr.js';
import { type RunningServer, checkAccessibility, launchBrowser, newPerson, startServer } from './helpers.js';

let server: RunningServer;
let browser: Browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The reset link of the latest mail to this address, read from the server's outbox table. */
function latestResetToken(email: string): string {
  const db = new SQLite(path.join(server.dataDir, 'cartable.sqlite'), { readonly: true });
  try {
    const row = db
      .prepare(
        "select body_text from mail_outbox where to_address = ? and template = 'password_reset' order by created_at desc limit 1",
      )
      .get(email) as { body_text: string } | undefined;
    assert.ok(row, `a reset mail was queued for ${email}`);
    const match = /reset-password\?token=([\w-]+)/.exec(row.body_text);
    assert.ok(match, 'the mail holds the reset link');
    return match[1]!;
  } finally {
    db.close();
  }
}

async function waitForText(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor();
}

test('a parent who forgot the password gets a link, chooses a new one, and the link then stops working', async () => {
  const family = DEMO_ACCOUNTS.find((a) => a.role === 'family')!;
  const newPassword = 'un nouveau mot de passe solide';
  const { context, page } = await newPerson(browser, server.baseUrl, { width: 360, height: 740 });
  try {
    await page.goto('/login');
    await page.getByRole('link', { name: fr['login.forgot'] }).click();
    await page.locator('h1', { hasText: fr['forgot.title'] }).waitFor();
    await checkAccessibility(page, 'forgot password');
    await page.getByLabel(fr['form.email']).fill(family.email);
    await page.getByRole('button', { name: fr['forgot.submit'] }).click();
    await waitForText(page, fr['forgot.sent'].slice(0, 30));

    const token = latestResetToken(family.email);
    await page.goto(`/reset-password?token=${token}`);
    await page.locator('h1', { hasText: fr['reset.title'] }).waitFor();
    await checkAccessibility(page, 'reset password');

    // A password that is too easy is refused, with the reason next to the field.
    await page.getByLabel(fr['form.newPassword'], { exact: false }).fill('famille');
    await page.getByRole('button', { name: fr['reset.submit'] }).click();
    await page.getByRole('alert').first().waitFor();
    await checkAccessibility(page, 'reset password with an error');

    await page.getByLabel(fr['form.newPassword'], { exact: false }).fill(newPassword);
    await page.getByRole('button', { name: fr['reset.submit'] }).click();
    await waitForText(page, fr['reset.done']);

    // The old password no longer opens the account; the new one does.
    await page.goto('/login');
    await page.getByLabel(fr['form.email']).fill(family.email);
    await page.getByLabel(fr['form.password'], { exact: false }).fill(family.password);
    await page.getByRole('button', { name: fr['login.submit'] }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel(fr['form.password'], { exact: false }).fill(newPassword);
    await page.getByRole('button', { name: fr['login.submit'] }).click();
    await page.locator('h1', { hasText: fr['home.family.title'] }).waitFor();

    // The link worked once: opened again, it says so in plain words.
    await page.goto(`/reset-password?token=${token}`);
    await page.getByLabel(fr['form.newPassword'], { exact: false }).fill('encore un autre mot de passe');
    await page.getByRole('button', { name: fr['reset.submit'] }).click();
    await waitForText(page, fr['error.LINK_INVALID_OR_EXPIRED']);
  } finally {
    await context.close();
  }
});
