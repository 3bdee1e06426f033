/**
 * The coordinator's workshop pages in a real browser: a demo card found by its number (a typo in
 * the check letter says "not valid", never "not found"), reported lost, reissued (new number and
 * PIN shown once), corrected; the venues with a new venue and room, the theme catalogue, the
 * figures. Venue staff get the lookup only. axe-core finds no serious or critical violation on
 * any page visited, and the card pages need no sideways scroll at 320 px.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type DemoAccount } from '../src/modules/demo/demo.seed.js';
import { readPdfText } from '../test/helpers/pdf-text.js';
import { fr } from '../web/src/i18n/fr.js';
import {
  type RunningServer,
  checkAccessibility,
  hasHorizontalScroll,
  newPerson,
  useServerAndBrowser,
  demoAccount,
  demoApi,
} from './helpers.js';

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const account = demoAccount;

/** A signed-in API client, to pick the demo data the journey starts from and read the PDFs. */
async function apiAs(a: DemoAccount) {
  return demoApi(server.baseUrl, a, '203.0.113.31');
}

async function signIn(page: Page, a: DemoAccount, next: string): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(fr['form.email']).fill(a.email);
  await page.getByLabel(fr['form.password'], { exact: false }).fill(a.password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === next);
}

async function heading(page: Page, text: string): Promise<void> {
  await page.locator('h1', { hasText: text }).waitFor();
  await page.locator('.loading').first().waitFor({ state: 'detached' });
}

const CHECK_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** The same number with another check letter: what a typo in the last character gives. */
function withWrongCheckLetter(number: string): string {
  const last = number.slice(-1);
  const other = [...CHECK_LETTERS].find((c) => c !== last)!;
  return `${number.slice(0, -1)}${other}`;
}

interface CardSummary {
  id: string;
  number: string;
  status: string;
  creditsAvailable: number;
  creditsHeld: number;
}

interface CardDetail extends CardSummary {
  entries: { id: string; kind: string; referenceId: string | null }[];
}

const stamp = Date.now().toString().slice(-5);

test('a coordinator gives back a workshop attended, from the card timeline', async () => {
  const coordinator = account('coordinator');
  const api = await apiAs(coordinator);
  const cards = await api.json<{ items: CardSummary[] }>('GET', 'cards?status=active');
  let attended: CardDetail | undefined;
  for (const c of cards.items) {
    const detail = await api.json<CardDetail>('GET', `cards/${c.id}`);
    const reversed = new Set(detail.entries.filter((e) => e.kind === 'corrected').map((e) => e.referenceId));
    if (detail.entries.some((e) => e.kind === 'redeemed' && !reversed.has(e.id))) attended = detail;
    if (attended) break;
  }
  assert.ok(attended, 'the demo has a card with an attended workshop');

  const { context, page } = await newPerson(browser, server.baseUrl);
  try {
    await signIn(page, coordinator, `/cartes/${attended.id}`);
    await heading(page, fr['card.title'].replace('{number}', attended.number));
    const before = attended.creditsAvailable;
    await page
      .getByRole('button', { name: new RegExp(fr['card.reverse']) })
      .first()
      .click();
    // The correction form becomes a reversal (+1, fixed), and its heading takes the focus.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'correction-title');
    assert.equal(await page.getByLabel(fr['card.correctionCredits']).count(), 0);
    await page.getByLabel(fr['card.correctionReason']).fill('Présence notée sur la mauvaise carte.');
    await page.getByRole('button', { name: fr['card.correctionButton'] }).click();
    await page.locator('.notice', { hasText: fr['card.correctionDone'] }).waitFor();
    await page.locator('.timeline', { hasText: fr['card.reversed'] }).waitFor();
    await page.locator('.timeline li', { hasText: 'Présence notée sur la mauvaise carte.' }).waitFor();
    assert.equal((await page.locator('.credits-big').first().innerText()).trim(), String(before + 1));
    await checkAccessibility(page, 'card after a reversal');
  } finally {
    await context.close();
  }
});

test('a coordinator finds a card by number, reports it lost, reissues it and corrects the new one', async () => {
  const coordinator = account('coordinator');
  const api = await apiAs(coordinator);
  const cards = await api.json<{ items: CardSummary[] }>('GET', 'cards?status=active');
  const card = cards.items.find((c) => c.creditsAvailable > 0);
  assert.ok(card, 'the demo has an active card with credits');

  const { context, page } = await newPerson(browser, server.baseUrl);
  try {
    await signIn(page, coordinator, '/cartes');
    await heading(page, fr['cards.title']);
    await checkAccessibility(page, 'cards');

    // A typo in the check letter: "not valid", announced, focused, and never "not found".
    const numberField = page.getByLabel(fr['cards.number']);
    await numberField.fill(withWrongCheckLetter(card.number));
    await page.getByRole('button', { name: fr['cards.find'] }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), new RegExp(fr['cards.numberInvalid'].slice(0, 30)));
    assert.doesNotMatch(await alert.innerText(), new RegExp(fr['cards.numberUnknown'].slice(0, 20)));
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true);
    assert.equal(await numberField.getAttribute('aria-invalid'), 'true');
    await checkAccessibility(page, 'cards with an invalid number');

    // The right number, typed loosely (lower case, spaces instead of dashes), as a scanner or a person would.
    await numberField.fill(card.number.toLowerCase().replaceAll('-', ' '));
    await numberField.press('Enter');
    const found = page.locator('.card-found h3');
    await found.waitFor();
    assert.match(await found.innerText(), new RegExp(card.number));
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H3');
    assert.equal(await page.getByRole('alert').count(), 0);
    await page.getByRole('link', { name: fr['cards.open'].replace('{number}', card.number) }).click();
    await page.waitForURL((url) => url.pathname === `/cartes/${card.id}`);
    await heading(page, fr['card.title'].replace('{number}', card.number));
    await page.locator('.timeline li').first().waitFor();
    assert.match(await page.locator('.timeline').innerText(), /atelier\(s\) attribué\(s\)/);
    await checkAccessibility(page, 'card page');

    // Reported lost, with a reason (required: an empty one is refused first).
    await page.getByRole('button', { name: fr['card.lostButton'] }).click();
    await page.locator('#field-card-lost-reason-error').waitFor();
    await page.locator('#field-card-lost-reason').fill('Perdue dans le bus, la famille a appelé.');
    await page.getByRole('button', { name: fr['card.lostButton'] }).click();
    await page.locator('.notice', { hasText: fr['card.lostDone'] }).waitFor();
    await page.locator('.status-badge', { hasText: fr['cardStatus.lost'] }).first().waitFor();
    await checkAccessibility(page, 'card reported lost');

    // Reissued: asked once more, then the new number and the PIN, shown this once.
    await page.getByRole('button', { name: fr['card.reissueButton'] }).click();
    await page.getByRole('button', { name: fr['card.reissueConfirm'].replace('{number}', card.number) }).click();
    const pinBox = page.locator('.pin-box');
    await pinBox.waitFor();
    const newNumber = (await pinBox.locator('.card-number').innerText()).trim();
    assert.match(newNumber, /^[A-Z]{2,4}-\d{4}-\d{4}-[A-Z]$/);
    assert.notEqual(newNumber, card.number);
    assert.match((await pinBox.locator('.pin').innerText()).trim(), /^\d{4,}$/);
    assert.match(
      await page.locator('.handover-done').innerText(),
      new RegExp(fr['card.oldNumberDead'].replace('{number}', card.number).slice(0, 30)),
    );
    await page.locator('.status-badge', { hasText: fr['cardStatus.replaced'] }).first().waitFor();
    await checkAccessibility(page, 'card reissued');

    // The old number still finds the old card, which says it was replaced by the new one.
    await page.goto('/cartes');
    await heading(page, fr['cards.title']);
    await page.getByLabel(fr['cards.number']).fill(card.number);
    await page.getByRole('button', { name: fr['cards.find'] }).click();
    await page.locator('.card-found', { hasText: newNumber }).waitFor();
    await page.locator('.card-found .status-badge', { hasText: fr['cardStatus.replaced'] }).waitFor();

    // The new card: its credits came over; a correction adds one, with its reason, as a new line.
    await page.getByLabel(fr['cards.number']).fill(newNumber);
    await page.getByRole('button', { name: fr['cards.find'] }).click();
    await page.getByRole('link', { name: fr['cards.open'].replace('{number}', newNumber) }).click();
    await heading(page, fr['card.title'].replace('{number}', newNumber));
    await page.locator('.timeline li').first().waitFor();
    assert.match(await page.locator('.timeline').innerText(), /repris de l’ancienne carte/);
    await page.getByLabel(fr['card.correctionCredits']).fill('1');
    await page.getByLabel(fr['card.correctionReason']).fill('Atelier offert après une panne du lieu.');
    await page.getByRole('button', { name: fr['card.correctionButton'] }).click();
    await page.locator('.notice', { hasText: fr['card.correctionDone'] }).waitFor();
    await page.locator('.timeline li', { hasText: 'Atelier offert après une panne du lieu.' }).waitFor();
    await checkAccessibility(page, 'new card corrected');

    // The printable card carries the new number.
    const newId = new URL(page.url()).pathname.split('/')[2]!;
    const pdf = readPdfText(await api.bytes(`cards/${newId}/card.pdf`));
    assert.match(pdf.text, new RegExp(newNumber));

    // At 320 px wide, the card page needs no sideways scroll.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.reload();
    await heading(page, fr['card.title'].replace('{number}', newNumber));
    assert.equal(await hasHorizontalScroll(page), false, 'the card page scrolls sideways at 320 px');
  } finally {
    await context.close();
  }
});

test('a coordinator creates a card for a household and sees its PIN once', async () => {
  const coordinator = account('coordinator');
  const api = await apiAs(coordinator);
  const households = await api.json<{ items: { id: string; reference: string }[] }>('GET', 'households?limit=100');
  const cards = await api.json<{ items: (CardSummary & { householdId: string })[] }>('GET', 'cards?limit=100');
  const withCard = new Set(cards.items.filter((c) => c.status === 'active').map((c) => c.householdId));
  const household = households.items.find((h) => !withCard.has(h.id));
  assert.ok(household, 'the demo has a household without an active card');

  const { context, page } = await newPerson(browser, server.baseUrl);
  try {
    await signIn(page, coordinator, '/cartes');
    await heading(page, fr['cards.title']);
    // Nothing typed: said plainly, before anything is sent.
    await page.getByRole('button', { name: fr['cards.householdSearchButton'] }).click();
    await page.locator('.error-summary', { hasText: fr['cards.householdMissing'] }).waitFor();
    await page.locator('#field-new-card-q').fill(household.reference);
    await page.getByRole('button', { name: fr['cards.householdSearchButton'] }).click();
    await page.getByRole('radio', { name: new RegExp(household.reference) }).check();
    await checkAccessibility(page, 'cards with a household to choose');
    await page.getByRole('button', { name: fr['cards.create'] }).click();
    const pinBox = page.locator('.pin-box');
    await pinBox.waitFor();
    assert.match((await pinBox.locator('.card-number').innerText()).trim(), /^[A-Z]{2,4}-\d{4}-\d{4}-[A-Z]$/);
    assert.match((await pinBox.locator('.pin').innerText()).trim(), /^\d{4,}$/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'card-pin-title');
    await page.getByRole('link', { name: new RegExp(fr['cards.print']) }).waitFor();
    await checkAccessibility(page, 'card created');
  } finally {
    await context.close();
  }
});

test('a coordinator adds a venue with a room, a theme, and reads the figures', async () => {
  const coordinator = account('coordinator');
  const { context, page } = await newPerson(browser, server.baseUrl);
  try {
    await signIn(page, coordinator, '/');
    await page.getByRole('link', { name: new RegExp(fr['home.coordinator.venues']) }).click();
    await heading(page, fr['venueAdmin.title']);
    await checkAccessibility(page, 'venues');

    const venueName = `Médiathèque des Essais ${stamp}`;
    // A name is required: the form says so before sending anything.
    await page.getByRole('button', { name: fr['venueAdmin.create'] }).click();
    await page.locator('.error-summary', { hasText: fr['venueAdmin.nameMissing'] }).waitFor();
    await page.getByLabel(fr['venueAdmin.name']).fill(venueName);
    await page.getByLabel(fr['venueAdmin.address']).fill('3 rue des Livres');
    await page.getByLabel(fr['venueAdmin.stepFree']).check();
    await page.getByLabel(fr['venueAdmin.transport']).fill('Bus 12, arrêt Mairie');
    await page.getByRole('button', { name: fr['venueAdmin.create'] }).click();
    await page.locator('.notice', { hasText: venueName }).waitFor();
    await page.getByRole('link', { name: venueName }).click();
    await heading(page, venueName);

    await page.locator('#field-room-new-name').fill('Salle Ada');
    await page.locator('#field-room-new-capacity').fill('8');
    await page.locator('#field-room-new-computers').fill('8');
    await page.getByRole('button', { name: fr['venuePage.roomCreate'] }).click();
    await page.locator('.notice', { hasText: 'Salle Ada' }).waitFor();
    await page.locator('table th[scope=row]', { hasText: 'Salle Ada' }).waitFor();
    await checkAccessibility(page, 'venue page');

    await page.getByRole('link', { name: fr['venuePage.back'] }).click();
    await heading(page, fr['venueAdmin.title']);
    await page.getByRole('link', { name: fr['venueAdmin.themesLink'] }).click();
    await heading(page, fr['themeAdmin.title']);
    await checkAccessibility(page, 'themes');
    const themeTitle = `Faire ses démarches en ligne ${stamp}`;
    await page.locator('#field-theme-new-code').fill(`demarches_${stamp}`);
    await page.locator('#field-theme-new-titleFr').fill(themeTitle);
    await page.locator('#field-theme-new-titleEn').fill(`Online paperwork ${stamp}`);
    await page.locator('#field-theme-new-descriptionFr').fill('Remplir un formulaire en ligne, pas à pas.');
    await page.locator('#field-theme-new-languages').fill('fr, en');
    await page.getByRole('button', { name: fr['themeAdmin.create'] }).click();
    await page.locator('.notice', { hasText: themeTitle }).waitFor();
    await page.getByRole('button', { name: fr['themeAdmin.deactivate'].replace('{title}', themeTitle) }).click();
    await page.locator('.notice', { hasText: fr['themeAdmin.deactivated'].replace('{title}', themeTitle) }).waitFor();
    await checkAccessibility(page, 'themes after a change');

    await page.goto('/');
    await page.getByRole('link', { name: new RegExp(fr['home.coordinator.figures']) }).click();
    await heading(page, fr['trainingFigures.title']);
    for (const group of ['trainingFigures.byVenue', 'trainingFigures.byTheme', 'trainingFigures.byMonth'] as const) {
      await page.getByRole('heading', { name: fr[group], level: 2 }).waitFor();
    }
    await page.locator('table caption').first().waitFor();
    await checkAccessibility(page, 'figures');
    // A period that ends before it starts is refused on the page.
    await page.getByLabel(fr['trainingFigures.from']).fill('2026-06-01');
    await page.getByLabel(fr['trainingFigures.to']).fill('2026-01-01');
    await page.getByRole('button', { name: fr['trainingFigures.show'] }).click();
    await page.locator('.error-summary', { hasText: fr['trainingFigures.periodInvalid'] }).waitFor();
    await page.getByLabel(fr['trainingFigures.to']).fill('2026-12-31');
    await page.getByRole('button', { name: fr['trainingFigures.show'] }).click();
    await page.waitForURL((url) => url.searchParams.get('to') === '2026-12-31');
    await page.locator('table caption').first().waitFor();
    await checkAccessibility(page, 'figures for a period');
  } finally {
    await context.close();
  }
});

test('venue staff get the card lookup only', async () => {
  const staff = account('venue_staff');
  const { context, page } = await newPerson(browser, server.baseUrl, { width: 320, height: 640 });
  try {
    await signIn(page, staff, '/cartes');
    await heading(page, fr['cards.title']);
    await page.getByLabel(fr['cards.number']).waitFor();
    assert.equal(await page.getByRole('heading', { name: fr['cards.new'] }).count(), 0);
    assert.equal(await page.getByRole('heading', { name: fr['cards.search'] }).count(), 0);
    assert.equal(await hasHorizontalScroll(page), false, '/cartes scrolls sideways at 320 px');
    await checkAccessibility(page, 'cards as venue staff');
  } finally {
    await context.close();
  }
});
