/**
 * The workshop issue's browser journey: one donated laptop goes through every station with the
 * keyboard and the barcode scanner only (a scanner types the tag, then Enter), the final check
 * is refused to the person who did the work and signed by another, its label is printed, and
 * the lot's donor certificate is issued, downloaded, read and verified on the public page.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PROGRAMME_SLUG, type DemoAccount } from '../src/modules/demo/demo.seed.js';
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

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'hardware');
const SLUG = DEMO_PROGRAMME_SLUG;

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const account = demoAccount;

/** A signed-in API client for the test's own set-up (the lot, the agent token). */
async function apiAs(a: DemoAccount) {
  return (await demoApi(server.baseUrl, a, '203.0.113.9')).json;
}

async function signIn(page: Page, a: DemoAccount, next: string): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(fr['form.email']).fill(a.email);
  await page.getByLabel(fr['form.password'], { exact: false }).fill(a.password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === next);
}

/** The scan field must have the focus on its own: the test never clicks it. */
async function scan(page: Page, value: string): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.id === 'station-scan');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

async function feedback(page: Page, text: string | RegExp): Promise<string> {
  const region = page.locator('.station-feedback-region').filter({ hasText: text });
  await region.waitFor();
  return (await region.innerText()).trim();
}

/** Presses Tab until the focused element matches `selector` (keyboard only, like a person would). */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function openStation(page: Page, step: string, tag: string): Promise<void> {
  await page.goto(`/atelier/poste/${step}`);
  await page.locator('h1', { hasText: fr[`step.${step}` as keyof typeof fr] }).waitFor();
  await scan(page, tag);
  await feedback(page, fr['station.found'].replace('{tag}', tag));
  await page.locator('.station-device .asset-tag', { hasText: tag }).waitFor();
}

const done = (tag: string, state: string) =>
  fr['station.done'].replace('{tag}', tag).replace('{state}', fr[`state.${state}` as keyof typeof fr]);

/** Answers every checklist item "OK" with Tab and Space, then signs with Enter on the button. */
async function answerChecklistAndSign(page: Page): Promise<void> {
  const items = await page.locator('.check-item').count();
  assert.ok(items > 0, 'the checklist has items');
  for (let i = 0; i < items; i += 1) {
    await tabTo(
      page,
      `.check-item:nth-of-type(${i + 1}) input[value], .check-item:nth-of-type(${i + 1}) input[type=radio]`,
    );
    await page.keyboard.press('Space');
  }
  await tabTo(page, 'button[type=submit].station-primary');
  await page.keyboard.press('Enter');
}

test('one laptop goes through every station with the keyboard and the scanner only', async () => {
  const admin = await apiAs(account('admin'));
  const organisations = await admin<{ items: { id: string; kind: string; name: string }[] }>('GET', 'organisations');
  const donor = organisations.items.find((o) => o.kind === 'donor');
  assert.ok(donor, 'the demo programme has a donor');
  const lot = await admin<{ id: string; reference: string }>('POST', 'lots', {
    donorId: donor.id,
    declaredCount: 1,
    declaredKinds: { laptop: 1 },
  });
  const today = new Date().toISOString().slice(0, 10);
  await admin('POST', `lots/${lot.id}/status`, { to: 'scheduled', scheduledPickupDate: today });
  await admin('POST', `lots/${lot.id}/status`, { to: 'collected' });
  const { token } = await admin<{ token: string }>('POST', 'api-tokens', { name: 'e2e agent', purpose: 'inventory' });

  const operator = await newPerson(browser, server.baseUrl);
  const supervisor = await newPerson(browser, server.baseUrl);
  try {
    const page = operator.page;
    await signIn(page, account('workshop_operator'), '/atelier');

    // Reception: scan the lot's reference, Enter in the empty field makes the label.
    await page.goto('/atelier/poste/reception');
    await page.locator('h1', { hasText: fr['step.reception'] }).waitFor();
    await checkAccessibility(page, 'reception station');
    await scan(page, lot.reference.toLowerCase().replace(/-/g, ' '));
    await feedback(page, fr['station.lotFound'].replace('{reference}', lot.reference));
    await page.locator('#reception-lot', { hasText: lot.reference }).waitFor();
    await page.keyboard.press('Enter');
    const created = await feedback(page, /[A-Z]{2,4}-\d{6}-[A-Z0-9]/);
    const tag = /([A-Z]{2,4}-\d{6}-[A-Z0-9])/.exec(created)?.[1];
    assert.ok(tag, `a new asset tag is shown: ${created}`);
    await checkAccessibility(page, 'reception station with a lot');

    // The agent on the laptop sends its inventory with --tag <asset tag>. The real nwipe capture
    // wiped a loop device, which agents rightly never report as a disk of the machine: here the
    // same log, with the device renamed sda, stands for the laptop's disk (no serial, so the
    // proof is matched by name), sized like a laptop disk so the grade is fit.
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartable-e2e-nwipe-'));
    const nwipeLog = path.join(workDir, 'nwipe-sda.log');
    fs.writeFileSync(
      nwipeLog,
      fs
        .readFileSync(path.join(fixtures, 'nwipe-0.34deb-zero-verifylast-success.log'), 'utf8')
        .replace(/loop0/g, 'sda'),
    );
    after(() => fs.rmSync(workDir, { recursive: true, force: true }));
    const inventory = JSON.parse(fs.readFileSync(path.join(fixtures, 'glpi-agent-1.x-inventory-request.json'), 'utf8'));
    inventory.tag = tag;
    inventory.deviceid = `e2e-laptop-${Date.now()}`;
    inventory.content.storages = [
      { name: 'sda', model: 'Loopback device', description: 'SATA', interface: 'SATA', disksize: 256000, type: 'disk' },
    ];
    const agent = await fetch(`${server.baseUrl}/api/v1/programmes/${SLUG}/inventory/agent`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'GLPI-Agent_v1.12',
        authorization: `Basic ${Buffer.from(`agent:${token}`).toString('base64')}`,
      },
      body: JSON.stringify(inventory),
    });
    assert.ok(agent.ok, `the agent's inventory is accepted: ${agent.status} ${await agent.text()}`);

    // Diagnosis: the facts and the grade are shown; Enter = "Diagnostic fait".
    await openStation(page, 'diagnosis', tag);
    await page.locator('.facts-list').waitFor();
    await checkAccessibility(page, 'diagnosis station');
    await page.keyboard.press('Enter');
    await feedback(page, done(tag, 'diagnosed'));

    // Undo within the minute, keyboard only: Tab to "Annuler", Enter; then diagnose again.
    await tabTo(page, '.station-undo');
    await page.keyboard.press('Enter');
    await feedback(page, fr['station.undone'].replace('{tag}', tag).replace('{state}', fr['state.received']));
    await page.keyboard.press('Enter');
    await feedback(page, done(tag, 'diagnosed'));

    // Erasure: "Effacement fait" is refused while the disk has no proof.
    await openStation(page, 'erasure', tag);
    await page.locator('.disk-proof.proof-missing').waitFor();
    await checkAccessibility(page, 'erasure station');
    await page.keyboard.press('Enter');
    await feedback(page, fr['station.problem']);
    await page.locator('.station-feedback-error').waitFor();
    // The nwipe log: the file field is reached with Tab. The browser's own chooser (opened by
    // Space) is not part of the app, and waiting for it was flaky in headless Chromium, so the
    // file is given to the focused field directly.
    await tabTo(page, '#nwipe-file');
    await page.locator('#nwipe-file:focus').setInputFiles(nwipeLog);
    await page.locator('.disk-proof.proof-proven').waitFor();
    await feedback(page, fr['station.erasure.uploaded']);
    await page.waitForFunction(() => document.activeElement?.id === 'station-scan');
    await page.keyboard.press('Enter');
    await feedback(page, done(tag, 'erased'));

    // Repair (optional step, done here so the four-eyes rule has a repairer).
    await openStation(page, 'repair', tag);
    await checkAccessibility(page, 'repair station');
    await page.keyboard.press('Enter');
    await feedback(page, done(tag, 'repaired'));

    // Imaging: a published image of the catalogue chosen in the list (the demo publishes one per
    // cycle), Enter sends.
    await openStation(page, 'imaging', tag);
    await page.locator('#image-manifest option').first().waitFor({ state: 'attached' });
    await checkAccessibility(page, 'imaging station');
    await tabTo(page, '#image-manifest');
    assert.match(
      await page.$eval('#image-manifest option', (o) => o.textContent ?? ''),
      /^Cycle [23] · \d{4}-\d{4} · v\d+$/,
    );
    await page.keyboard.press('Enter');
    await feedback(page, done(tag, 'imaged'));

    // Final check by the same person: refused, and said plainly.
    await openStation(page, 'check', tag);
    await page.locator('.check-item').first().waitFor();
    await checkAccessibility(page, 'check station');
    await answerChecklistAndSign(page);
    await feedback(page, fr['station.check.fourEyes']);

    // Signed by the supervisor in another browser.
    const other = supervisor.page;
    await signIn(other, account('workshop_supervisor'), '/atelier');
    await openStation(other, 'check', tag);
    await other.locator('.check-item').first().waitFor();
    await answerChecklistAndSign(other);
    await feedback(other, done(tag, 'checked'));

    // Ready.
    await openStation(page, 'ready', tag);
    await page.locator('.disk-proof.proof-proven').waitFor();
    await checkAccessibility(page, 'ready station');
    await page.keyboard.press('Enter');
    await feedback(page, done(tag, 'ready'));

    // The label: the PDF the station's link opens names the tag.
    const device = await admin<{ id: string; state: string }>('GET', `devices/by-tag/${tag}`);
    assert.equal(device.state, 'ready');
    const label = await operator.context.request.get(
      `/api/v1/programmes/${SLUG}/devices/${device.id}/label.pdf?format=roll`,
    );
    assert.equal(label.status(), 200);
    const labelText = readPdfText(await label.body()).text.replace(/\s+/g, '');
    assert.ok(labelText.includes(tag), `the label shows ${tag}`);

    // The lot is received, then the supervisor issues and downloads the donor certificate.
    await admin('POST', `lots/${lot.id}/status`, { to: 'received', receivedCount: 1, totalWeightKg: 2.5 });
    await other.goto(`/dons/${lot.id}`);
    await other.locator('h1', { hasText: lot.reference }).waitFor();
    await other.getByRole('button', { name: fr['lot.issue'] }).press('Enter');
    const notice = await other.locator('.notice').innerText();
    const code = /: ([A-Z0-9-]+)\.$/.exec(notice.trim())?.[1];
    assert.ok(code, `the verification code is shown: ${notice}`);
    const link = other.getByRole('link', { name: /Télécharger le certificat/ }).first();
    const href = await link.getAttribute('href');
    assert.ok(href);
    const pdf = await supervisor.context.request.get(href);
    assert.equal(pdf.status(), 200);
    const certificate = readPdfText(await pdf.body()).text;
    assert.ok(certificate.replace(/\s+/g, '').includes(tag), 'the certificate lists the device');
    assert.match(certificate, /Loopback device|sda/, 'the certificate lists the erased disk');

    // Anyone can check it, without signing in.
    const visitor = await newPerson(browser, server.baseUrl);
    try {
      await visitor.page.goto(`/verifier/${code}`);
      await visitor.page.getByText(fr['verify.valid']).waitFor();
      await visitor.page.getByText(lot.reference).waitFor();
      await checkAccessibility(visitor.page, 'certificate verification');
    } finally {
      await visitor.context.close();
    }
  } finally {
    await operator.context.close();
    await supervisor.context.close();
  }
});
