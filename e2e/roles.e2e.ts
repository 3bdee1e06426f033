import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, type DemoAccount } from '../src/modules/demo/demo.seed.js';
import { en } from '../web/src/i18n/en.js';
import { fr } from '../web/src/i18n/fr.js';
import {
  type RunningServer,
  checkAccessibility,
  hasHorizontalScroll,
  newPerson,
  useServerAndBrowser,
  demoAccount,
} from './helpers.js';

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

type Catalogue = Record<string, string>;
const homeTitle = (messages: Catalogue, role: string) => messages[`home.${role}.title`]!;

const account = demoAccount;

async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().innerText()).trim();
}

async function expectHeading(page: Page, text: string): Promise<void> {
  await page.locator('h1', { hasText: text }).first().waitFor();
  assert.equal(await heading(page), text);
  assert.match(await page.title(), new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

async function signIn(page: Page, a: DemoAccount): Promise<void> {
  await page.getByLabel(fr['form.email']).fill(a.email);
  await page.getByLabel(fr['form.password'], { exact: false }).fill(a.password);
  await page.getByRole('button', { name: fr['login.submit'] }).click();
}

describe('each role signs in and finds its own home', () => {
  for (const a of DEMO_ACCOUNTS) {
    test(`${a.role} (${a.email})`, async () => {
      const { context, page } = await newPerson(browser, server.baseUrl);
      try {
        await page.goto('/');
        await page.waitForURL((url) => url.pathname === '/login');
        assert.equal(new URL(page.url()).searchParams.get('next'), '/');
        await expectHeading(page, fr['login.title']);
        assert.equal(await page.locator('html').getAttribute('lang'), 'fr');

        await signIn(page, a);
        await page.waitForURL((url) => url.pathname === '/');
        await expectHeading(page, homeTitle(fr, a.role));
        await checkAccessibility(page, `home of ${a.role}`);

        const nav = page.getByRole('navigation', { name: fr['nav.label'] });
        const links = await nav
          .getByRole('link')
          .evaluateAll((els) =>
            els.map((el) => ({ href: el.getAttribute('href') ?? '', text: (el.textContent ?? '').trim() })),
          );
        assert.ok(
          links.some((l) => l.href === '/account'),
          'the account link is shown',
        );
        for (const link of links) {
          const moves = new URL(page.url()).pathname !== link.href;
          await nav.getByRole('link', { name: link.text, exact: true }).click();
          await page.waitForURL((url) => url.pathname === link.href);
          await page.locator('h1').first().waitFor();
          await page.waitForFunction(() => document.querySelector('.loading') === null);
          assert.notEqual(await heading(page), fr['notFound.title'], `${link.href} exists`);
          assert.notEqual(await heading(page), fr['error.FORBIDDEN'], `${link.href} is allowed`);
          assert.equal(await page.locator('[role=alert]').count(), 0, `${link.href} loaded without error`);
          // The focus moves to the new page's heading.
          if (moves) assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
          await checkAccessibility(page, `${link.href} as ${a.role}`);
        }

        await nav.getByRole('link', { name: fr['nav.home'], exact: true }).click();
        await expectHeading(page, homeTitle(fr, a.role));
        await page.getByRole('button', { name: /^EN\b/ }).click();
        await expectHeading(page, homeTitle(en, a.role));
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');
        await page.reload();
        await expectHeading(page, homeTitle(en, a.role));
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');
        const cookies = await context.cookies();
        assert.equal(cookies.find((c) => c.name === 'cartable_lang')?.value, 'en');

        await page.getByRole('button', { name: en['nav.logout'] }).click();
        await page.waitForURL((url) => url.pathname === '/login');
        await expectHeading(page, en['login.title']);

        // The choice was saved in the account too: a new device signs in in English.
        const other = await newPerson(browser, server.baseUrl);
        try {
          await other.page.goto('/login');
          await signIn(other.page, a);
          await expectHeading(other.page, homeTitle(en, a.role));
          // Back to French, so the other journeys start from the default.
          const saved = other.page.waitForResponse(
            (r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH',
          );
          await other.page.getByRole('button', { name: /^FR\b/ }).click();
          await expectHeading(other.page, homeTitle(fr, a.role));
          assert.equal((await saved).status(), 200);
        } finally {
          await other.context.close();
        }
      } finally {
        await context.close();
      }
    });
  }
});

describe('sign-in page', () => {
  test('a wrong password is announced and takes the focus', async () => {
    const { context, page } = await newPerson(browser, server.baseUrl);
    try {
      await page.goto('/login');
      await expectHeading(page, fr['login.title']);
      await checkAccessibility(page, 'login');
      await signIn(page, { ...account('donor'), password: 'not-the-password' });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), new RegExp(fr['error.INVALID_CREDENTIALS']));
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true);
      assert.equal(new URL(page.url()).pathname, '/login');
      await checkAccessibility(page, 'login with an error');
    } finally {
      await context.close();
    }
  });

  test('signing in works with the keyboard alone', async () => {
    const { context, page } = await newPerson(browser, server.baseUrl);
    try {
      const a = account('coordinator');
      await page.goto('/login');
      await expectHeading(page, fr['login.title']);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), fr['app.skipLink']);
      for (let i = 0; i < 10; i++) {
        if ((await page.evaluate(() => document.activeElement?.id)) === 'field-email') break;
        await page.keyboard.press('Tab');
      }
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-email');
      await page.keyboard.type(a.email);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-password');
      await page.keyboard.type(a.password);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === '/');
      await expectHeading(page, homeTitle(fr, 'coordinator'));
    } finally {
      await context.close();
    }
  });

  test('after sign-in the person comes back to the page they asked for', async () => {
    const { context, page } = await newPerson(browser, server.baseUrl);
    try {
      await page.goto('/account');
      await page.waitForURL((url) => url.pathname === '/login');
      await signIn(page, account('teacher'));
      await page.waitForURL((url) => url.pathname === '/account');
      await expectHeading(page, fr['account.title']);
    } finally {
      await context.close();
    }
  });
});

test('an unknown address shows the page-not-found page', async () => {
  const { context, page } = await newPerson(browser, server.baseUrl);
  try {
    const res = await page.goto('/cette-page-n-existe-pas');
    assert.equal(res?.headers()['content-type']?.startsWith('text/html'), true);
    await expectHeading(page, fr['notFound.title']);
    await checkAccessibility(page, '404');
  } finally {
    await context.close();
  }
});

test('at 320 px wide, the login and home pages need no horizontal scroll', async () => {
  for (const role of ['admin', 'workshop_operator', 'family']) {
    const { context, page } = await newPerson(browser, server.baseUrl, { width: 320, height: 640 });
    try {
      await page.goto('/login');
      await expectHeading(page, fr['login.title']);
      assert.equal(await hasHorizontalScroll(page), false, 'login page scrolls sideways at 320 px');
      await signIn(page, account(role));
      await expectHeading(page, homeTitle(fr, role));
      assert.equal(await hasHorizontalScroll(page), false, `home of ${role} scrolls sideways at 320 px`);
    } finally {
      await context.close();
    }
  }
});
