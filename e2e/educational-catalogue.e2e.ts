/**
 * The educational catalogue browser journey, on the demo data: a teacher proposes adding Klavaro
 * for her CE2 class this school year (cycle 2) with a reason from her classroom; two colleagues
 * support it; the committee member accepts it with a reason, and also accepts the demo's open
 * ChildsPlay proposal (a real program Debian no longer ships). She approves this year's cycle 2
 * draft and tries to publish it: the refusal says, in words, that childsplay is not in Debian. She
 * removes ChildsPlay, publishes, and sees the manifest fingerprint and "Klavaro est ajouté".
 * Last, the conformity page, after "Recalculer maintenant", lists the school computers that must
 * be reinstalled, missing klavaro. axe-core finds no serious or critical violation on any page
 * visited, and every page fits a 320 px wide screen.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, type DemoAccount } from '../src/modules/demo/demo.seed.js';
import { fr } from '../web/src/i18n/fr.js';
import {
  type RunningServer,
  checkAccessibility,
  demoAccount,
  demoApi,
  hasHorizontalScroll,
  newPerson,
  useServerAndBrowser,
} from './helpers.js';

/** The demo school whose computers report inventories. */
const SCHOOL = 'École élémentaire des Tilleuls (démo)';

let server: RunningServer;
let browser: Browser;

useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

interface ProfileList {
  schoolYears: { id: string; code: string; current: boolean }[];
}
interface ResourceList {
  items: { id: string; title: string }[];
}
interface ProposalAnswer {
  id: string;
  status: string;
  supportCount: number;
  opposeCount: number;
}

async function signIn(page: Page, a: DemoAccount, next: string): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(fr['form.email']).fill(a.email);
  await page.getByLabel(fr['form.password'], { exact: false }).fill(a.password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
}

/** axe on the page as it is, then the same page on a 320 px wide screen: no horizontal scroll. */
async function checkPage(page: Page, label: string): Promise<void> {
  await checkAccessibility(page, label);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  assert.equal(await hasHorizontalScroll(page), false, `${label} is wider than 320 px`);
  if (size) await page.setViewportSize(size);
}

async function heading(page: Page, text: string): Promise<void> {
  await page.locator('h1', { hasText: text }).waitFor();
}

test('a teacher proposes, two colleagues support, the committee accepts, approves and publishes, and the conformity page lists the computers to reinstall', async () => {
  const teachers = DEMO_ACCOUNTS.filter((a) => a.role === 'teacher');
  assert.equal(teachers.length, 3, 'the demo has three teachers');
  const committee = demoAccount('committee_member');
  const api = (await demoApi(server.baseUrl, committee, '203.0.113.61')).json;
  const years = await api<ProfileList>('GET', 'catalogue/profiles');
  const currentYear = years.schoolYears.find((y) => y.current);
  assert.ok(currentYear, 'the demo has a current school year');
  const klavaro = (await api<ResourceList>('GET', 'catalogue/resources?q=Klavaro')).items.find(
    (r) => r.title === 'Klavaro',
  );
  assert.ok(klavaro, 'the demo catalogue has Klavaro');

  // 1. A teacher proposes Klavaro for her CE2 class, this school year.
  const first = await newPerson(browser, server.baseUrl);
  await signIn(first.page, teachers[0]!, '/catalogue/propositions/nouvelle');
  await first.page.locator('#proposal-form').waitFor();
  await checkPage(first.page, 'the new proposal form');
  await first.page.locator('#proposal-kind-add').check();
  await first.page.locator('#proposal-grade').selectOption('CE2');
  await first.page.locator('#proposal-year').selectOption(currentYear.id);
  await first.page.locator('#proposal-resource').selectOption(klavaro.id);
  await first.page
    .locator('#proposal-reason')
    .fill('Mes CE2 écrivent leurs textes au clavier : Klavaro leur apprendrait à taper avec tous les doigts.');
  await first.page.locator('#proposal-form button[type="submit"]').click();
  await first.page.waitForURL(
    (url) => /^\/catalogue\/propositions\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/nouvelle'),
  );
  const proposalPath = new URL(first.page.url()).pathname;
  const proposalId = decodeURIComponent(proposalPath.split('/').pop()!);
  await first.page.locator('h2', { hasText: fr['catalogue.proposal.votes'] }).waitFor();
  await checkPage(first.page, 'the proposal, seen by its author');
  await first.context.close();

  // 2. Two colleagues support it.
  for (const [i, colleague] of [teachers[1]!, teachers[2]!].entries()) {
    const { context, page } = await newPerson(browser, server.baseUrl);
    await signIn(page, colleague, proposalPath);
    const support = page.locator('.vote-support');
    await support.click();
    await page.locator('.vote-support[aria-pressed="true"]').waitFor();
    await page.locator('.support-count', { hasText: String(i + 1) }).waitFor();
    if (i === 0) await checkPage(page, 'the proposal, after a vote');
    await context.close();
  }
  const voted = await api<ProposalAnswer>('GET', `catalogue/proposals/${encodeURIComponent(proposalId)}`);
  assert.equal(voted.supportCount, 2);
  assert.equal(voted.opposeCount, 0);

  // 3. The committee member sees the proposals ranked, accepts ChildsPlay (from the demo) and Klavaro.
  const { page } = await newPerson(browser, server.baseUrl);
  await signIn(page, committee, '/catalogue/propositions');
  await page.locator('.proposal-row').first().waitFor();
  await checkPage(page, 'the proposals ranked by support');
  const childsplayRow = page.locator('.proposal-row', { hasText: 'ChildsPlay' });
  await childsplayRow
    .getByRole('link', { name: /ChildsPlay/ })
    .first()
    .click();
  const decide = async (reason: string) => {
    await page.locator('#decision-form').waitFor();
    await page.locator('#decision-accept').check();
    await page.locator('#decision-reason').fill(reason);
    await page.locator('#decision-form button[type="submit"]').click();
    await page.locator('.proposal-decision', { hasText: reason }).waitFor();
  };
  await decide('Demandé par deux collègues de CP, libre : ajouté au cycle 2 dès cette année.');
  await page.goto(proposalPath);
  await heading(page, 'Klavaro');
  await checkPage(page, 'the proposal, seen by the committee');
  await decide('Deux soutiens, utile avant le CM1 : ajouté au cycle 2 dès cette année.');
  await checkPage(page, 'the proposal once decided');
  const decided = await api<ProposalAnswer>('GET', `catalogue/proposals/${encodeURIComponent(proposalId)}`);
  assert.equal(decided.status, 'accepted');

  // 4. This year's cycle 2 list: the draft the decisions made.
  await page.goto('/catalogue/profils');
  await heading(page, fr['images.profiles.title']);
  const cycle2 = page.locator('section[aria-labelledby="band-cycle2"]');
  await cycle2.locator('.im-resources li').first().waitFor();
  await checkPage(page, 'the software on the computers');
  const draftLink = cycle2.getByRole('link', {
    name: new RegExp(`${currentYear.code} · version \\d+ \\(${fr['images.status.draft'].toLowerCase()}\\)`),
  });
  await draftLink.click();
  await page.locator('#version-status', { hasText: fr['images.status.draft'] }).waitFor();
  const childsplayRow2 = page.locator('.debian-row', { hasText: 'childsplay' });
  await childsplayRow2.locator('td', { hasText: fr['images.debian.missing'] }).waitFor();
  await page.locator('.debian-row', { hasText: 'klavaro' }).waitFor();
  await page.locator('.diff-sentence', { hasText: 'Klavaro' }).first().waitFor();
  await checkPage(page, 'the draft version');

  // 5. Approve, try to publish: refused in words, ChildsPlay is not in Debian.
  await page.locator('#approve-version').click();
  await page.locator('#version-status', { hasText: fr['images.status.approved'] }).waitFor();
  await page.locator('#publish-version').click();
  const refusal = page.locator('.im-refusal', { hasText: fr['images.version.refused'] });
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /childsplay/);
  await checkPage(page, 'the refused publication');

  // 6. Remove ChildsPlay, (approve again if the change sent the version back to draft), publish.
  await page.getByRole('button', { name: `${fr['images.version.remove']} — ChildsPlay` }).click();
  await page.locator('.version-item', { hasText: 'ChildsPlay' }).waitFor({ state: 'detached' });
  await page.locator('.debian-row', { hasText: 'childsplay' }).waitFor({ state: 'detached' });
  if (await page.locator('#approve-version').isVisible()) await page.locator('#approve-version').click();
  await page.locator('#publish-version').click();
  await page.locator('#version-status', { hasText: fr['images.status.published'] }).waitFor();
  const hash = (await page.locator('#manifest-hash').innerText()).trim();
  assert.match(hash, /^[0-9a-f]{64}$/);
  await page.locator('.diff-sentence', { hasText: 'Klavaro' }).first().waitFor();
  await checkPage(page, 'the published version');
  const script = await page.getByRole('link', { name: fr['images.version.script'] }).getAttribute('href');
  const scriptBody = await (
    await demoApi(server.baseUrl, committee, '203.0.113.62')
  ).bytes(script!.replace(/^\/api\/v1\/programmes\/[^/]+\//, ''));
  assert.match(scriptBody.toString('utf8'), /klavaro/);
  assert.doesNotMatch(scriptBody.toString('utf8'), /childsplay/);

  // 7. The conformity page, recomputed: the cycle 2 school computers lack klavaro.
  await page.goto('/conformite');
  await heading(page, fr['images.conformity.title']);
  await page.locator('.conformity-school').first().waitFor();
  await page.locator('#recompute-conformity').click();
  await page.locator('.notice', { hasText: fr['images.conformity.recomputed'] }).waitFor();
  const rows = page.locator('.needs-reimaging-row');
  await rows.first().waitFor();
  const lacking = rows.filter({ hasText: 'klavaro' });
  // The list is fetched again after the recompute: wait for the new rows rather than count the old ones.
  await lacking.nth(1).waitFor();
  assert.ok((await lacking.count()) >= 2, 'the cycle 2 computers need klavaro');
  await checkPage(page, 'the conformity page');

  // 8. One school's computers, with the form to register another one.
  await page.locator('.conformity-school', { hasText: SCHOOL }).getByRole('link').click();
  await page.locator('.school-device').first().waitFor();
  assert.ok((await page.locator('.school-device.needs-reimaging-row').count()) >= 2);
  await page.locator('#register-computer').waitFor({ state: 'detached' });
  await checkPage(page, 'a school’s computers');
  const schoolPath = new URL(page.url()).pathname;

  // 9. The school's director registers a new computer: its asset tag and the agent command to run.
  const director = await newPerson(browser, server.baseUrl);
  await signIn(director.page, demoAccount('school_director'), schoolPath);
  await director.page.locator('#register-computer').waitFor();
  await checkPage(director.page, 'a school’s computers, with the form');
  await director.page.locator('#field-band').selectOption('cycle3');
  await director.page.locator('#field-model').fill('ThinkCentre M700');
  await director.page.locator('#register-computer button[type="submit"]').click();
  const command = (await director.page.locator('#agent-command').innerText()).trim();
  assert.match(
    command,
    /^fusioninventory-agent --server http:\/\/127\.0\.0\.1:\d+\/api\/v1\/programmes\/[^/]+\/inventory\/agent /,
  );
  assert.match(command, / --tag [A-Z]+-\d+-[A-Z0-9]$/);
  await director.page.locator('.school-device', { hasText: 'ThinkCentre M700' }).waitFor();
  await checkPage(director.page, 'a school’s computers, after registering one');
  await director.context.close();

  // 10. The Debian package list the versions are checked against.
  await page.goto('/catalogue/debian');
  await page.locator('#debian-index').waitFor();
  await checkPage(page, 'the Debian package list');
});

test('a teacher browses the catalogue by grade and subject, opens a resource, and reads what changes next year', async () => {
  const teacher = DEMO_ACCOUNTS.filter((a) => a.role === 'teacher')[1]!;
  const api = (await demoApi(server.baseUrl, teacher, '203.0.113.62')).json;
  const expected = await api<ResourceList>('GET', 'catalogue/resources?grade=CE1&subject=maths');
  assert.ok(expected.items.length > 0, 'the demo has maths resources for CE1');

  const { context, page } = await newPerson(browser, server.baseUrl);
  await signIn(page, teacher, '/catalogue');
  await heading(page, fr['catalogue.title']);
  await page.locator('.cat-resource').first().waitFor();
  const all = await page.locator('.cat-resource').count();
  await page.getByLabel(fr['catalogue.filter.grade']).selectOption('CE1');
  await page.getByLabel(fr['catalogue.filter.subject']).selectOption('maths');
  await page.getByRole('button', { name: fr['catalogue.filter.apply'] }).click();
  await page.waitForURL(
    (url) => url.searchParams.get('classe') === 'CE1' && url.searchParams.get('matiere') === 'maths',
  );
  await page.waitForFunction((n) => document.querySelectorAll('.cat-resource').length === n, expected.items.length);
  assert.ok(expected.items.length < all, 'the filters narrow the list');
  const titles = await page.locator('.cat-resource h2').allInnerTexts();
  assert.deepEqual(titles.map((s) => s.trim()).sort(), expected.items.map((r) => r.title).sort());
  await checkPage(page, 'the catalogue filtered by grade and subject');

  // A resource's own page, reached from the list.
  const first = expected.items.find((r) => r.title === titles[0]!.trim())!;
  await page.locator('.cat-resource h2 a').first().click();
  await page.waitForURL((url) => url.pathname === `/catalogue/ressources/${first.id}`);
  await heading(page, first.title);
  await checkPage(page, 'a resource of the catalogue');

  // This year's software and next year's changes, in words: the demo's committee accepted
  // Scratch for the CM1 classes next year.
  await page.goto('/catalogue/profils');
  await page.locator('.diff-sentence', { hasText: 'Scratch' }).first().waitFor();
  await checkPage(page, 'this year’s software and next year’s changes');
  await context.close();

  // The coordinator's form to add a resource to the catalogue.
  const coordinator = await newPerson(browser, server.baseUrl);
  await signIn(coordinator.page, demoAccount('coordinator'), '/catalogue/ressources/nouvelle');
  await coordinator.page.locator('#resource-form').waitFor();
  await checkPage(coordinator.page, 'the form adding a resource');
  await coordinator.context.close();
});
