/**
 * The parents' workshops browser journey, at a venue: the venue's staff publishes a session that
 * starts in about ten minutes (check-in opens 30 minutes before), books two workshop cards
 * (each shown before the booking is confirmed), checks the first one in by its TYPED number on
 * the door's check-in screen — the first answer is lost on the way back, the screen sends the
 * same idempotency key again and the server replays its answer, so one credit only is redeemed —
 * marks the second absent, and downloads the month's statement: the PDF is read back, its line
 * (1 credit × 2 h × 25,00 € = 50,00 €) and its total checked. The coordinator first issues the
 * venue's past months, so the demo's earlier workshops are not in this month's draft. axe-core
 * finds no serious or critical violation on any page visited, and the pages fit 320 px.
 * Last, the venue's staff follows the statements page's link to the workshop figures: their own
 * venue's, with the check-in of the journey counted among the workshops attended, and a plain
 * word (no empty cells) for the programme-wide totals that only the coordinators see.
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

const VENUE = 'Médiathèque des Tilleuls (démo)';

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const account = demoAccount;

/** What `GET /training-figures` answers (the totals; the rows are read on the page). */
interface FiguresReport {
  venueId: string | null;
  ledgerTotalsIncluded: boolean;
  totals: { redeemed: number; creditsIssued: number | null; creditsExpired: number | null };
}

/** A signed-in API client, for the setup (cards) and for reading what the pages do not show (the ledger). */
async function apiAs(a: DemoAccount) {
  return (await demoApi(server.baseUrl, a, '203.0.113.29')).json;
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
}

/** Date (YYYY-MM-DD) and wall-clock time (HH:MM) of an instant in a time zone. */
function wallClock(at: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

interface CardSummary {
  id: string;
  number: string;
  householdId: string;
  holderName: string | null;
  householdReference: string;
  creditsAvailable: number;
  creditsHeld: number;
}

/** Money as the French documents write it, whatever space (none, normal, no-break) precedes the sign. */
const euros = (minor: number) =>
  new RegExp(
    `${Math.floor(minor / 100)
      .toLocaleString('fr-FR')
      .replace(/\s/g, '\\s?')},${String(minor % 100).padStart(2, '0')}\\s*€`,
  );

test('a venue publishes a session, books two cards, checks one in by typed number, marks the other absent, and reads its statement', async () => {
  const coordinator = account('coordinator');
  const staff = account('venue_staff');
  const admin = await apiAs(coordinator);

  // Setup: the venue, its room, a theme, and two fresh workshop cards of demo households.
  const programme = await admin<{
    timeZone: string;
    settings: { venueHourlyRateMinor: number; hoursPerCredit: number };
  }>('GET', '');
  assert.equal(programme.settings.hoursPerCredit, 2);
  assert.equal(programme.settings.venueHourlyRateMinor, 2500);
  const venues = await admin<{
    items: { id: string; name: string; rooms: { id: string; name: string; capacity: number; active: boolean }[] }[];
  }>('GET', 'venues');
  const venue = venues.items.find((v) => v.name === VENUE);
  assert.ok(venue, 'the demo has the médiathèque as a venue');
  const room = venue.rooms.find((r) => r.active);
  assert.ok(room, 'the médiathèque has a room');
  const themes = await admin<{
    items: { id: string; titles: Record<string, string>; languages: string[]; active: boolean }[];
  }>('GET', 'training-themes');
  const theme = themes.items.find((t) => t.active && t.languages.includes('fr'));
  assert.ok(theme, 'the demo has workshop themes');
  const withCard = new Set<string>();
  for (const status of ['active', 'lost', 'replaced', 'expired']) {
    const cards = await admin<{ items: { householdId: string }[] }>('GET', `cards?status=${status}&limit=100`);
    for (const c of cards.items) withCard.add(c.householdId);
  }
  const households = await admin<{ items: { id: string }[] }>('GET', 'households?limit=100');
  const free = households.items.filter((h) => !withCard.has(h.id)).slice(0, 2);
  assert.equal(free.length, 2, 'two demo households have no workshop card yet');
  const cards: CardSummary[] = [];
  for (const h of free) cards.push((await admin<{ card: CardSummary }>('POST', 'cards', { householdId: h.id })).card);
  const [first, second] = cards as [CardSummary, CardSummary];
  const nameOf = (c: CardSummary) => c.holderName || c.householdReference;

  // The venue's figures as its staff reads them through the API, before the journey (default
  // period: the last twelve months up to today, as the figures page asks when left empty).
  const staffApi = (await demoApi(server.baseUrl, staff, '203.0.113.30')).json;
  const figuresBefore = await staffApi<FiguresReport>('GET', 'training-figures?groupBy=month');
  assert.equal(figuresBefore.venueId, venue.id, 'venue staff get their own venue’s figures');
  assert.equal(figuresBefore.ledgerTotalsIncluded, false);

  // The coordinator issues the venue's past months (the demo's workshops of last month): what
  // the venue is still owed is then this month's workshops only.
  const owed = await admin<{ items: { month: string; status: string; monthOver: boolean; lineCount: number }[] }>(
    'GET',
    `venues/${venue.id}/statements`,
  );
  const toIssue = owed.items.filter((m) => m.status === 'draft' && m.monthOver && m.lineCount > 0);
  if (toIssue.length) {
    const desk = await newPerson(browser, server.baseUrl);
    await signIn(desk.page, coordinator, '/releves');
    await heading(desk.page, fr['trainings.statements.title']);
    await desk.page.locator('#field-statement-venue').selectOption(venue.id);
    for (const m of toIssue.sort((a, b) => a.month.localeCompare(b.month))) {
      const row = desk.page.locator('tbody tr', {
        has: desk.page.locator(`a[href$="/statements/${m.month}/statement.pdf"]`),
      });
      const issueLabel = fr['trainings.statements.issue'].split('{')[0]!;
      await row.getByRole('button', { name: new RegExp(`^${issueLabel}`) }).click();
      // The confirmation says the statement will be frozen, and its button takes the focus.
      const frozen = fr['trainings.statements.confirm'].split('{month}')[1]!.trim();
      await row.locator('.confirm-box', { hasText: frozen }).waitFor();
      const confirmLabel = fr['trainings.statements.confirmIssue'];
      await desk.page.waitForFunction((label) => document.activeElement?.textContent === label, confirmLabel);
      await checkAccessibility(desk.page, 'statements: issue confirmation');
      await desk.page.keyboard.press('Enter');
      await row.getByText(fr['trainings.statements.issuedStatus']).waitFor();
    }
    await checkAccessibility(desk.page, 'statements after issuing');
    await desk.context.close();
  }

  // The session starts in ten minutes, in the programme's time zone (rounded down to the minute).
  const start = wallClock(new Date(Date.now() + 10 * 60_000), programme.timeZone);

  const { page, context } = await newPerson(browser, server.baseUrl);
  await signIn(page, staff, '/');
  await heading(page, fr['home.venue_staff.title']);
  await page.getByRole('link', { name: fr['home.venue_staff.figuresLink'] }).waitFor();
  await checkAccessibility(page, 'venue home');
  await page
    .getByRole('navigation', { name: fr['nav.label'] })
    .getByRole('link', { name: fr['nav.trainings'] })
    .click();
  await heading(page, fr['trainings.sessions.title']);
  await page.locator('.loading').waitFor({ state: 'detached' });
  await checkAccessibility(page, 'sessions');

  // Publish one session: an empty form first (errors are announced, focused, and next to their fields).
  await page.getByRole('link', { name: fr['trainings.sessions.newOne'] }).click();
  await heading(page, fr['trainings.new.title']);
  await page.locator('#field-themeId option').nth(1).waitFor({ state: 'attached' });
  await page.getByRole('button', { name: fr['trainings.new.publishOne'] }).click();
  await page.locator('.error-summary').waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
  assert.equal(await page.locator('#field-themeId-error').innerText(), fr['trainings.new.themeMissing']);
  await checkAccessibility(page, 'new session with errors');
  await page.locator('#field-themeId').selectOption(theme.id);
  await page.locator('#field-roomId').selectOption(room.id);
  assert.equal(await page.locator('#field-seats').inputValue(), String(room.capacity), 'seats default to the room');
  assert.equal(await page.locator('#field-language').inputValue(), 'fr');
  await page.locator('#field-date').fill(start.date);
  await page.locator('#field-startTime').fill(start.time);
  await page.locator('#field-trainerName').fill('Animatrice e2e');
  await checkAccessibility(page, 'new session filled');
  await page.getByRole('button', { name: fr['trainings.new.publishOne'] }).click();
  await page.waitForURL(/\/ateliers\/[0-9a-f-]{36}$/);
  const sessionId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.locator('#bookings-title').waitFor();
  await checkAccessibility(page, 'session page');

  // A mistyped number: the check letter catches it ("not valid", never "not found").
  const wrong = first.number.slice(0, -1) + (first.number.endsWith('A') ? 'B' : 'A');
  await page.locator('#field-cardNumber').fill(wrong);
  await page.getByRole('button', { name: fr['trainings.book.find'] }).click();
  await page.locator('#field-cardNumber-error').waitFor();
  assert.match(await page.locator('#field-cardNumber-error').innerText(), /valide/);
  await checkAccessibility(page, 'booking with a wrong number');

  // Book both cards: the card is shown (holder, credits) before the booking is confirmed.
  for (const card of [first, second]) {
    await page.locator('#field-cardNumber').fill(card.number.toLowerCase().replace(/-/g, ' '));
    await page.keyboard.press('Enter');
    const box = page.locator('.confirm-box');
    await box.waitFor();
    const shown = await box.innerText();
    assert.ok(shown.includes(card.number), 'the card number is shown');
    assert.ok(shown.includes(nameOf(card)), 'the holder is shown');
    assert.ok(shown.includes(fill(fr['trainings.card.creditsValue'], { available: 6, held: 0 })), shown);
    // The focus moves to the card's heading.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H3');
    await checkAccessibility(page, 'booking: the card shown');
    await page.getByRole('button', { name: fr['trainings.book.confirm'] }).click();
    await page
      .locator('.notice', { hasText: fill(fr['trainings.book.done'], { name: nameOf(card), left: 5 }) })
      .waitFor();
    await page.locator('tbody tr', { hasText: card.number }).waitFor();
    // Ready for the next card.
    await page.waitForFunction(() => document.activeElement?.id === 'field-cardNumber');
  }
  assert.match(await page.locator('#bookings-title').innerText(), /\(2\)/);

  // The check-in screen: the number field has the focus; the first answer is lost on the way back.
  await page.getByRole('link', { name: fr['trainings.openCheckin'] }).click();
  await heading(page, fr['trainings.checkin.title']);
  await page.waitForFunction(() => document.activeElement?.id === 'checkin-scan');
  await page.locator('#expected-title', { hasText: '(2)' }).waitFor();
  await checkAccessibility(page, 'check-in screen');
  const sent: { key: string; method: string }[] = [];
  const replays: string[] = [];
  await page.route('**/training-sessions/*/checkins', async (route) => {
    const body = route.request().postDataJSON() as { idempotencyKey: string; method: string };
    sent.push({ key: body.idempotencyKey, method: body.method });
    const response = await route.fetch();
    if (sent.length === 1) {
      // The server did the work; the tablet never hears about it.
      await route.abort('internetdisconnected');
      return;
    }
    replays.push(response.headers()['idempotent-replayed'] ?? '');
    await route.fulfill({ response });
  });
  await page.locator('#checkin-scan').fill(first.number);
  await page.keyboard.press('Enter');
  const welcome = fill(fr['trainings.checkin.welcome'], {
    name: nameOf(first),
    rest: fill(fr['trainings.checkin.leftMany'], { count: 5 }),
  });
  await page.locator('.station-feedback-success', { hasText: welcome }).waitFor();
  await page.unroute('**/training-sessions/*/checkins');
  assert.equal(sent.length, 2, 'the lost answer was asked again');
  assert.equal(sent[0]?.key, sent[1]?.key, 'with the same idempotency key');
  assert.match(sent[0]?.key ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(sent[0]?.method, 'typed');
  assert.deepEqual(replays, ['true'], 'the server replayed its first answer');
  // The field keeps the focus, ready for the next card.
  await page.waitForFunction(() => document.activeElement?.id === 'checkin-scan');
  await page.locator('#here-title', { hasText: '(1)' }).waitFor();
  await page.locator('#expected-title', { hasText: '(1)' }).waitFor();
  await checkAccessibility(page, 'check-in: welcome');

  // The same card again: refused in its own words, nothing more redeemed.
  await page.locator('#checkin-scan').fill(first.number);
  await page.keyboard.press('Enter');
  await page
    .locator('.station-feedback-error', { hasText: fr['trainings.checkin.refused.CHECKIN_ALREADY_DONE'] })
    .waitFor();
  await page.locator('#checkin-scan').fill(wrong);
  await page.keyboard.press('Enter');
  await page
    .locator('.station-feedback-error', { hasText: fr['trainings.checkin.refused.CARD_NUMBER_INVALID'] })
    .waitFor();
  await checkAccessibility(page, 'check-in: refusal');
  const afterCheckin = await admin<CardSummary & { entries: { kind: string }[] }>('GET', `cards/${first.id}`);
  assert.equal(afterCheckin.creditsAvailable, 5, 'one credit redeemed, five left');
  assert.equal(afterCheckin.creditsHeld, 0);
  assert.equal(afterCheckin.entries.filter((e) => e.kind === 'redeemed').length, 1, 'exactly one redemption');

  // A 320 px wide tablet or phone: nothing wider than the screen.
  await page.setViewportSize({ width: 320, height: 700 });
  assert.equal(await hasHorizontalScroll(page), false, 'the check-in screen fits 320 px');
  await checkAccessibility(page, 'check-in at 320 px');

  // Back on the session page: the second card did not come.
  await page.getByRole('link', { name: fr['trainings.checkin.back'] }).click();
  await page.locator('#bookings-title').waitFor();
  assert.equal(await hasHorizontalScroll(page), false, 'the session page fits 320 px');
  await page.setViewportSize({ width: 1280, height: 900 });
  const row = page.locator('tbody tr', { hasText: second.number });
  await row.getByRole('button', { name: fr['trainings.absent.open'] }).click();
  await page.getByRole('button', { name: fr['trainings.absent.confirm'] }).click();
  await page.locator('.notice', { hasText: fill(fr['trainings.absent.done'], { name: nameOf(second) }) }).waitFor();
  // The button pressed is gone: the result takes the focus.
  await page.waitForFunction(() => document.activeElement?.classList.contains('tr-outcome'));
  await page.locator('tbody tr', { hasText: second.number }).getByText(fr['trainings.booking.no_show']).waitFor();
  await page.locator('tbody tr', { hasText: first.number }).getByText(fr['trainings.booking.attended']).waitFor();
  await checkAccessibility(page, 'session page after the check-in');
  const absent = await admin<CardSummary>('GET', `cards/${second.id}`);
  assert.equal(absent.creditsAvailable, 6, 'the programme keeps the credit of a no-show (default rule)');
  assert.equal(absent.creditsHeld, 0);

  // The month's statement (a draft for the current month): the line and the total.
  await page
    .getByRole('navigation', { name: fr['nav.label'] })
    .getByRole('link', { name: fr['nav.statements'] })
    .click();
  await heading(page, fr['trainings.statements.title']);
  const month = start.date.slice(0, 7);
  const pdfLink = page.locator(`a[href$="/statements/${month}/statement.pdf"]`);
  await pdfLink.waitFor();
  await checkAccessibility(page, 'statements');
  const statement = await admin<{
    lineCount: number;
    totalMinor: number;
    lines: { cardNumber: string; hours: number; hourlyRateMinor: number; amountMinor: number; sessionId: string }[];
  }>('GET', `venues/${venue.id}/statements/${month}`);
  const line = statement.lines.find((l) => l.sessionId === sessionId);
  assert.ok(line, 'the check-in is a line of the statement');
  assert.deepEqual(
    { card: line.cardNumber, hours: line.hours, rate: line.hourlyRateMinor, amount: line.amountMinor },
    { card: first.number, hours: 2, rate: 2500, amount: 5000 },
  );
  assert.equal(statement.lines.filter((l) => l.cardNumber === second.number).length, 0, 'an absence is not paid');
  assert.equal(
    statement.totalMinor,
    statement.lines.reduce((sum, l) => sum + l.amountMinor, 0),
  );
  // Last month was issued: the draft holds this month's one workshop, 1 credit × 2 h × 25,00 €.
  assert.equal(statement.lineCount, 1, JSON.stringify(statement.lines));
  assert.equal(statement.totalMinor, 5000);
  const href = await pdfLink.getAttribute('href');
  assert.ok(href);
  const res = await context.request.get(href);
  assert.equal(res.status(), 200);
  assert.match(res.headers()['content-type'] ?? '', /application\/pdf/);
  const pdf = readPdfText(await res.body());
  const lines = pdf.pages.flatMap((p) => p.lines.map((l) => l.trim()));
  // The line: date, theme, card, hours, rate, amount.
  const at = lines.indexOf(first.number);
  assert.ok(at > 0, `the PDF has a line for ${first.number}:\n${pdf.text}`);
  const [y, m, d] = start.date.split('-');
  assert.equal(lines[at - 2], `${d}/${m}/${y}`, 'the session date');
  assert.equal(lines[at + 1], '2', 'two hours');
  assert.match(lines[at + 2] ?? '', euros(2500), 'the hourly rate');
  assert.match(lines[at + 3] ?? '', euros(5000), 'the amount of the line');
  assert.ok(!lines.includes(second.number), 'the absence is not in the PDF');
  const totalAt = lines.findIndex((l) => l.startsWith('Total'));
  assert.ok(totalAt > at, 'the total comes after the lines');
  assert.match(lines[totalAt] ?? '', /\(1\b/, 'one line');
  assert.match(lines[totalAt + 1] ?? '', euros(5000), 'the total: 50,00 €');
  const csv = await context.request.get(href.replace(/statement\.pdf$/, 'statement.csv'));
  assert.equal(csv.status(), 200);
  assert.ok((await csv.text()).includes(first.number), 'the CSV has the line too');

  // The venue's figures, from the statements page: their venue only, the check-in counted.
  await page.getByRole('link', { name: fill(fr['trainings.statements.figuresVenue'], { venue: VENUE }) }).click();
  await page.waitForURL((url) => url.pathname === '/chiffres-ateliers');
  await heading(page, fr['trainingFigures.title']);
  // The summary and the three tables are loaded (none still loading, none failed).
  await page.locator('dl.figures').waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading'));
  assert.equal(await page.locator('main .error-message').count(), 0);
  const figures = await staffApi<FiguresReport>('GET', 'training-figures?groupBy=month');
  assert.equal(figures.venueId, venue.id);
  assert.equal(figures.ledgerTotalsIncluded, false);
  assert.equal(figures.totals.creditsIssued, null, 'issued credits are programme-wide, not the venue’s');
  assert.equal(figures.totals.creditsExpired, null);
  assert.equal(figures.totals.redeemed, figuresBefore.totals.redeemed + 1, 'the check-in is counted, once');
  const summary = page.locator('dl.figures');
  const figure = (label: string) => summary.locator('.figure', { has: page.locator('dt', { hasText: label }) });
  assert.equal(
    (await figure(fr['trainingFigures.redeemed']).locator('dd').innerText()).trim(),
    String(figures.totals.redeemed),
  );
  // No issued/expired figure, no empty column: one sentence says who sees those totals.
  assert.equal(await figure(fr['trainingFigures.issued']).count(), 0);
  assert.equal(await figure(fr['trainingFigures.expired']).count(), 0);
  assert.equal(await page.locator('th', { hasText: fr['trainingFigures.issued'] }).count(), 0);
  assert.equal(await page.locator('td', { hasText: new RegExp(`^${fr['cards.common.none']}$`) }).count(), 0);
  await page.locator('.hint', { hasText: fr['trainingFigures.venueNote'] }).waitFor();
  assert.equal(await page.locator('.hint', { hasText: fr['trainingFigures.issuedNote'] }).count(), 0);
  // By venue: their venue, and no other.
  const byVenue = page.locator('section', { has: page.locator('h2', { hasText: fr['trainingFigures.byVenue'] }) });
  assert.deepEqual(await byVenue.locator('tbody th[scope="row"]').allInnerTexts(), [VENUE]);
  await checkAccessibility(page, 'workshop figures (venue staff)');
  // The way back to the statements, and the main navigation still offers them.
  await page.getByRole('link', { name: fr['trainingFigures.statementsLink'] }).waitFor();
  await page
    .getByRole('navigation', { name: fr['nav.label'] })
    .getByRole('link', { name: fr['nav.statements'] })
    .waitFor();
  await context.close();
});
