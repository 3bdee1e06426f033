/**
 * The families issue's browser journey, for one school: the coordinator imports a pupil list
 * (semicolon, Windows-1252, accented names, two siblings), runs the dry run and the import,
 * creates a campaign, reserves the computers, prints an invitation letter, opens a distribution
 * date with slots, books an appointment, and hands the computer over at the desk with a signature
 * DRAWN with the mouse; the signed agreement and the workshop card are printed and read back.
 * axe-core finds no serious or critical violation on any page visited.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type DemoAccount } from '../src/modules/demo/demo.seed.js';
import { readPdfText } from '../test/helpers/pdf-text.js';
import { fr } from '../web/src/i18n/fr.js';
import {
  type RunningServer,
  checkAccessibility,
  newPerson,
  useServerAndBrowser,
  demoAccount,
  demoApi,
} from './helpers.js';

const SCHOOL = 'École élémentaire des Tilleuls (démo)';

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const account = demoAccount;

/** A signed-in API client, for reading what the pages do not show (the invitation code). */
async function apiAs(a: DemoAccount) {
  return (await demoApi(server.baseUrl, a, '203.0.113.19')).json;
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

/** Windows-1252 bytes for the few accented letters the list uses (the file a French spreadsheet writes). */
function windows1252(text: string): Buffer {
  const map: Record<string, number> = { é: 0xe9, è: 0xe8, ë: 0xeb, ï: 0xef, ç: 0xe7, É: 0xc9, à: 0xe0, ô: 0xf4 };
  return Buffer.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}

const stamp = Date.now().toString().slice(-5);
const CSV = [
  'Nom;Prénom;Niveau;Classe;Responsable 1 nom;Responsable 1 prénom;Téléphone;Courriel;Adresse;Code postal;Commune',
  `Lefèvre${stamp};Chloé;CE2;CE2 A;Lefèvre${stamp};Hélène;06 12 34 ${stamp.slice(0, 2)} ${stamp.slice(2, 4)};helene.${stamp}@example.org;12 rue des Écoles;25000;Besançon`,
  `Lefèvre${stamp};Noël;CM2;CM2 B;Lefèvre${stamp};Hélène;06 12 34 ${stamp.slice(0, 2)} ${stamp.slice(2, 4)};helene.${stamp}@example.org;12 rue des Écoles;25000;Besançon`,
  `Garçon${stamp};Anaïs;CE2;CE2 A;Garçon${stamp};Zoé;;;3 place Saint-Pierre;25000;Besançon`,
  `;Sans-nom;CE2;CE2 A;;;;;;;`,
].join('\r\n');

function isoDate(daysFromNow: number): string {
  return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);
}

test('a coordinator runs the campaign for one school, up to a handover signed with the mouse', async () => {
  const coordinator = account('coordinator');
  const api = await apiAs(coordinator);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartable-e2e-import-'));
  after(() => fs.rmSync(workDir, { recursive: true, force: true }));
  const csvPath = path.join(workDir, 'eleves-tilleuls.csv');
  fs.writeFileSync(csvPath, windows1252(CSV));

  const { page } = await newPerson(browser, server.baseUrl);
  await signIn(page, coordinator, '/ecoles');
  await heading(page, fr['schools.title']);
  await checkAccessibility(page, 'schools');

  // A school year that contains today, created through the form when the demo has none.
  const years = await api<{ items: { id: string; startsOn: string; endsOn: string }[] }>('GET', 'school-years');
  const today = isoDate(0);
  if (!years.items.some((y) => y.startsOn <= today && today <= y.endsOn)) {
    const start = new Date().getMonth() >= 6 ? new Date().getFullYear() : new Date().getFullYear() - 1;
    await page.locator('#field-code').fill(`${start}-${start + 1}`);
    await page.locator('#field-startsOn').fill(`${start}-09-01`);
    await page.locator('#field-endsOn').fill(`${start + 1}-08-31`);
    await page.getByRole('button', { name: fr['schools.yearAdd'] }).click();
    await page.locator('.notice', { hasText: `${start}-${start + 1}` }).waitFor();
  }

  // The import wizard: school, year, file → encoding, separator, preview → mapping → dry run → import.
  const schools = await api<{ items: { id: string; name: string }[] }>('GET', 'schools');
  const school = schools.items.find((s) => s.name === SCHOOL);
  assert.ok(school, 'the demo has the Tilleuls school');
  await page.goto(`/imports/nouveau?schoolId=${school.id}`);
  await heading(page, fr['imports.title']);
  await page.locator('#field-schoolYearId option').nth(1).waitFor({ state: 'attached' });
  const yearValue = await page.locator('#field-schoolYearId').inputValue();
  if (!yearValue) await page.locator('#field-schoolYearId').selectOption({ index: 1 });
  await page.locator('#field-file').setInputFiles(csvPath);
  await checkAccessibility(page, 'import: the file');
  await page.getByRole('button', { name: fr['imports.send'] }).click();
  await page.locator('#mapping-title').waitFor();
  const facts = await page.locator('.facts-list').innerText();
  assert.match(facts, /windows-1252/i, 'the encoding is detected');
  assert.ok(facts.includes(fr['imports.delimiter.semicolon']), 'the separator is detected');
  assert.ok((await page.locator('table').first().innerText()).includes(`Lefèvre${stamp}`), 'accents read right');
  assert.equal(await page.locator('#field-map-pupil\\.lastName').inputValue(), 'Nom', 'the mapping is guessed');
  await checkAccessibility(page, 'import: the columns');
  await page.getByRole('button', { name: fr['imports.dryRun'] }).click();
  await page.locator('#report-title', { hasText: fr['imports.reportTitle'] }).waitFor();
  const report = await page.locator('.figures').innerText();
  assert.match(report, new RegExp(`${fr['imports.toCreate']}\\s*3`), report);
  assert.match(report, new RegExp(`${fr['imports.rejected']}\\s*1`), report);
  assert.ok(await page.locator('a', { hasText: fr['imports.rejectedCsv'] }).isVisible());
  await checkAccessibility(page, 'import: the dry run');
  await page.getByRole('button', { name: fr['imports.commit'] }).click();
  await page.getByRole('button', { name: fr['imports.confirmYes'] }).click();
  await page.locator('#report-title', { hasText: fr['imports.doneTitle'] }).waitFor();

  // The siblings share one household.
  await page.goto(`/familles?q=${encodeURIComponent(`Lefèvre${stamp}`)}`);
  await heading(page, fr['households.title']);
  const row = page.locator('tbody tr', { hasText: 'Chloé' });
  await row.waitFor();
  assert.ok((await row.innerText()).includes('Noël'), 'Chloé and Noël are in the same household');
  await checkAccessibility(page, 'households');

  // The campaign for this school.
  await page.goto('/campagnes/nouvelle');
  await heading(page, fr['campaigns.new']);
  await page.getByLabel(fr['campaigns.name'], { exact: false }).fill(`Rentrée e2e ${stamp}`);
  await page.getByLabel(SCHOOL).check();
  await page.getByLabel(fr['campaigns.startsOn'], { exact: false }).fill(isoDate(0));
  await page.getByLabel(fr['campaigns.endsOn'], { exact: false }).fill(isoDate(60));
  await checkAccessibility(page, 'new campaign');
  await page.getByRole('button', { name: fr['campaigns.create'] }).click();
  await page.waitForURL(/\/campagnes\/[0-9a-f-]{36}$/);
  const campaignId = page.url().split('/').pop() ?? '';
  await page.locator('#allocation-title').waitFor();
  await page.getByRole('button', { name: fr['allocation.run'] }).click();
  await Promise.race([
    page.locator('.figure', { hasText: fr['allocation.seed'] }).waitFor({ timeout: 30_000 }),
    page
      .locator('[role=alert]')
      .first()
      .waitFor({ timeout: 30_000 })
      .then(async () => assert.fail(`allocation refused: ${await page.locator('[role=alert]').first().innerText()}`)),
  ]);
  await checkAccessibility(page, 'campaign after allocation');

  type Row = {
    householdId: string;
    reference: string;
    invitationCode: string;
    allocation: { assetTag: string } | null;
  };
  const list = await api<{ items: Row[] }>(
    'GET',
    `campaigns/${campaignId}/households?q=${encodeURIComponent(`Lefèvre${stamp}`)}`,
  );
  const family = list.items[0];
  assert.ok(family, 'the Lefèvre household is in the campaign');
  assert.ok(family.allocation, 'a ready computer is reserved for the Lefèvre household (the demo has ready devices)');

  // The household's page: its rank explained, its invitation letter, an appointment.
  await page.goto(`/campagnes/${campaignId}/distribution`);
  await heading(page, fr['distribution.title']);
  await page.locator('#field-placeName').fill('Préau de l’école des Tilleuls');
  await page.locator('#field-date').fill(isoDate(1));
  await page.getByRole('button', { name: fr['events.create'], exact: true }).click();
  await page.locator('summary', { hasText: fr['slots.add'] }).first().click();
  await page.locator('.slot-form button[type=submit]').first().click();
  await page
    .locator('td', { hasText: /0 sur 6/ })
    .first()
    .waitFor();
  await checkAccessibility(page, 'distribution');

  await page.goto(`/campagnes/${campaignId}/familles/${family.householdId}`);
  await page.locator('#explain-title').waitFor();
  const letterHref = await page.locator('a', { hasText: fr['invitations.letterOne'] }).getAttribute('href');
  assert.ok(letterHref);
  const letter = await page.context().request.get(letterHref);
  assert.equal(letter.status(), 200);
  assert.ok(
    readPdfText(await letter.body()).text.includes(family.invitationCode),
    'the letter carries the invitation code',
  );
  await page.locator('#field-slotId').selectOption({ index: 1 });
  await page.getByRole('button', { name: fr['appointment.book'] }).click();
  await page.locator('.notice', { hasText: fr['appointment.booked'] }).waitFor();
  await checkAccessibility(page, 'campaign household');

  // The handover desk: scan the reserved computer, draw the signature, confirm, print.
  await page.goto('/remise');
  await heading(page, fr['desk.title']);
  await page.waitForFunction(() => document.activeElement?.id === 'desk-scan');
  await checkAccessibility(page, 'handover desk');
  await page.keyboard.type(family.allocation.assetTag);
  await page.keyboard.press('Enter');
  await page.locator('.device-match-match').waitFor();
  await checkAccessibility(page, 'handover desk with a family');
  await page.locator('.signature-canvas').scrollIntoViewIfNeeded();
  const canvas = await page.locator('.signature-canvas').boundingBox();
  assert.ok(canvas, 'the signature box is drawn');
  await page.mouse.move(canvas.x + 20, canvas.y + canvas.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 24; i += 1) {
    await page.mouse.move(canvas.x + 20 + i * 12, canvas.y + canvas.height * (0.6 + 0.25 * Math.sin(i / 2)));
  }
  await page.mouse.up();
  await page.locator('.hint', { hasText: fr['desk.signatureDrawn'] }).waitFor();
  await page.getByRole('button', { name: fr['desk.confirm'] }).click();
  await page.locator('.handover-done').waitFor();
  const pin = (await page.locator('.pin').innerText()).trim();
  const cardNumber = (await page.locator('.card-number').innerText()).trim();
  assert.match(pin, /^\d{4,8}$/, 'the PIN is shown once');
  await checkAccessibility(page, 'handover done');

  const agreementHref = await page.locator('a', { hasText: fr['desk.agreementPdf'] }).getAttribute('href');
  const cardHref = await page.locator('a', { hasText: fr['desk.cardPdf'] }).getAttribute('href');
  assert.ok(agreementHref && cardHref);
  const agreement = readPdfText(await (await page.context().request.get(agreementHref)).body()).text;
  assert.ok(
    agreement.includes(`Lefèvre${stamp}`) || agreement.includes(`LEFÈVRE${stamp}`),
    'the agreement names the guardian',
  );
  const card = readPdfText(await (await page.context().request.get(cardHref)).body()).text;
  assert.ok(card.includes(cardNumber), 'the card carries its number');
});
