import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeDevice } from '../../../test/factories/devices.js';
import { makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { agentAuth, agentUrl, hardwareCapture, makeInventoryToken } from '../../../test/factories/inventory.js';
import { schoolYearCodeToday } from '../../../test/factories/published-image.js';
import { makeSchool } from '../../../test/factories/schools.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { runDueJobs } from '../../platform/jobs/jobs.worker.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';
import { CONFORMITY_JOB, conformityJobHandlers } from './conformity-jobs.js';
import type { Problem, VersionJson } from './versions.test-helpers.js';

/**
 * The "Done means" of the catalogue, end to end over HTTP: the shipped Debian extract, resources,
 * a profile refused for a missing package then published, school computers reporting the real
 * agents' captures, the conformity job, and a second version sending a machine imaged with the
 * first one back to re-imaging.
 *
 * What the data gives: the captures (test/fixtures/hardware, a bookworm VM) list 40 system
 * packages (adduser, bash, bc, curl…), none of which is in the Debian extract (29 educational
 * packages). So every catalogue package is "missing" on those machines — the real result for a
 * computer that was never imaged — and nothing can be "outdated". `bc` is in the captures: a
 * cycle 3 resource naming it makes it "extra" on the cycle 2 machines.
 */
const EXTRACT = readFileSync(new URL('../../../test/fixtures/debian/bookworm-main-amd64-Packages', import.meta.url));
const silent = { info() {}, warn() {}, error() {} };

interface Item {
  device: { id: string; assetTag: string; state: string };
  place: string;
  band: string | null;
  school: { id: string } | null;
  expected: { versionId: string; label: string; manifestHash: string } | null;
  imageHash: string | null;
  status: string;
  missing: string[];
  outdated: { name: string; expected: string; installed: string }[];
  extra: string[];
}
type Counts = Record<'conform' | 'needs_reimaging' | 'no_profile' | 'no_inventory', number>;

/** The fusioninventory-agent capture as sent with --tag <asset tag> (XML, zlib), nothing else changed. */
function fusionPayload(tag: string): Buffer {
  const xml = hardwareCapture('fusioninventory-2.6-inventory-request.xml').toString('utf8');
  assert.ok(xml.includes('<KEYVALUE>donation-test</KEYVALUE>'));
  return deflateSync(Buffer.from(xml.replace('<KEYVALUE>donation-test</KEYVALUE>', `<KEYVALUE>${tag}</KEYVALUE>`)));
}

/** The glpi-agent JSON capture as sent with --tag <asset tag>; `installed` adds packages to its software list. */
function glpiPayload(tag: string, installed: { name: string; version: string }[] = []): Buffer {
  const doc = JSON.parse(hardwareCapture('glpi-agent-1.x-inventory-request.json').toString('utf8')) as {
    tag: string;
    content: { softwares: Record<string, unknown>[] };
  };
  assert.equal(doc.tag, 'donation-test');
  doc.tag = tag;
  for (const p of installed) {
    doc.content.softwares.push({ arch: 'amd64', from: 'deb', name: p.name, publisher: 'Debian', version: p.version });
  }
  return Buffer.from(JSON.stringify(doc));
}

describe('the catalogue from the Debian index to the computers that need re-imaging, over HTTP', () => {
  let t: TestApp;
  let p: Programme;
  let token: string;
  let coordinator: TestClient;
  let committee: TestClient;
  let director: TestClient;
  let operator: TestClient;
  let school: { id: string; name: string };
  let year: { id: string; code: string };
  let lastYear: { id: string; code: string };
  const resources: Record<string, string> = {};
  let profileId: string;
  let v1: VersionJson;
  let v2: VersionJson;
  const schoolTags: string[] = [];
  let imaged: { id: string; assetTag: string };
  let olderPupilDevice: { id: string; assetTag: string };

  const api = (path: string) => `/api/v1/programmes/${p.slug}${path}`;
  async function clientFor(role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId: p.id, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const devices = async (query = ''): Promise<Item[]> => {
    const res = await coordinator.get(api(`/conformity/devices${query}`));
    assert.equal(res.statusCode, 200, res.body);
    return res.json<{ items: Item[] }>().items;
  };
  const itemOf = async (assetTag: string) => {
    const item = (await devices()).find((i) => i.device.assetTag === assetTag);
    assert.ok(item, `${assetTag} is listed`);
    return item;
  };
  const rowOf = (deviceId: string) =>
    t.db.db.selectFrom('device_conformity').selectAll().where('device_id', '=', deviceId).executeTakeFirstOrThrow();
  const pendingConformityJobs = async () =>
    (
      await t.db.db
        .selectFrom('jobs')
        .select('id')
        .where('programme_id', '=', p.id)
        .where('kind', '=', CONFORMITY_JOB)
        .where('status', '=', 'pending')
        .execute()
    ).length;
  async function postAgent(contentType: string, payload: Buffer) {
    const res = await t.app.inject({
      method: 'POST',
      url: agentUrl(p.slug),
      headers: { 'content-type': contentType, ...agentAuth(token) },
      payload,
    });
    assert.equal(res.statusCode, 200, res.body);
  }
  async function createResource(key: string, body: Record<string, unknown>) {
    const res = await coordinator.post(api('/catalogue/resources'), {
      kind: 'software',
      languages: ['fr'],
      licence: 'GPL-3.0-or-later',
      ...body,
    });
    assert.equal(res.statusCode, 201, res.body);
    resources[key] = res.json<{ id: string }>().id;
  }
  async function approveAndPublish(versionId: string) {
    const approved = await committee.post(api(`/catalogue/versions/${versionId}/approve`));
    assert.equal(approved.statusCode, 200, approved.body);
    return committee.post(api(`/catalogue/versions/${versionId}/publish`));
  }

  before(async () => {
    t = await buildTestApp();
    // Only the people, the school, the school years and the agents' token come from factories.
    p = await makeProgramme(t.db.db, { settings: { assetTagPrefix: 'GB' } });
    token = (await makeInventoryToken(t.db.db, p.id)).token;
    school = await makeSchool(t.db.db, p.id, { name: 'École Jean Macé' });
    year = await makeSchoolYear(t.db.db, p.id, schoolYearCodeToday());
    lastYear = await makeSchoolYear(t.db.db, p.id, schoolYearCodeToday(-1));
    coordinator = await clientFor('coordinator');
    committee = await clientFor('committee_member');
    director = await clientFor('school_director', school.id);
    operator = await clientFor('workshop_operator');
  });
  after(() => t.close());

  it('loads the shipped Debian extract and creates the resources', async () => {
    const loaded = await coordinator.request({
      method: 'POST',
      url: api('/catalogue/debian-indexes?fileName=bookworm-main-amd64-Packages'),
      payload: EXTRACT,
      headers: { 'content-type': 'application/octet-stream' },
    });
    assert.equal(loaded.statusCode, 201, loaded.body);
    assert.deepEqual([loaded.json().packageCount, loaded.json().architecture], [29, 'amd64']);

    const cycle2 = { grades: ['CP', 'CE1', 'CE2'] };
    await createResource('gcompris', {
      ...cycle2,
      title: 'GCompris',
      description: 'Plus de cent activités pour lire, compter et se servir de la souris.',
      subjects: ['french', 'maths'],
      packages: ['gcompris-qt'],
      launchCommand: 'gcompris-qt',
    });
    await createResource('tuxpaint', {
      ...cycle2,
      title: 'Tux Paint',
      description: 'Un logiciel de dessin pour les enfants.',
      subjects: ['arts'],
      packages: ['tuxpaint'],
      launchCommand: 'tuxpaint',
    });
    await createResource('childsplay', {
      ...cycle2,
      title: 'ChildsPlay',
      description: 'Des jeux de mémoire et de lettres pour les petits.',
      subjects: ['french'],
      packages: ['childsplay'],
    });
    await createResource('klavaro', {
      ...cycle2,
      title: 'Klavaro',
      description: 'Apprendre à taper au clavier.',
      subjects: ['typing'],
      packages: ['klavaro'],
    });
    // In the catalogue for cycle 3 only; the captured machines have it installed.
    await createResource('bc', {
      grades: ['CM1', 'CM2'],
      title: 'bc, la calculatrice',
      description: 'Une calculatrice où l’on écrit le calcul.',
      subjects: ['maths'],
      packages: ['bc'],
    });
  });

  it('builds a cycle 2 profile whose publication is refused for childsplay, changing nothing', async () => {
    const created = await committee.post(api('/catalogue/profiles'), { band: 'cycle2', schoolYearId: year.id });
    assert.equal(created.statusCode, 201, created.body);
    profileId = created.json<{ id: string }>().id;
    const versionId = created.json<{ open: { id: string } }>().open.id;
    for (const key of ['gcompris', 'tuxpaint', 'childsplay']) {
      const add = await committee.post(api(`/catalogue/versions/${versionId}/items`), { resourceId: resources[key] });
      assert.equal(add.statusCode, 200, add.body);
    }
    const check = await committee.get(api(`/catalogue/versions/${versionId}/debian-check`));
    assert.equal(check.statusCode, 200, check.body);
    assert.equal(check.json().publishable, false);
    assert.deepEqual(
      check
        .json()
        .packages.map((x: { name: string; status: string; version: string | null }) => [x.name, x.status, x.version]),
      [
        ['childsplay', 'missing', null],
        ['gcompris-qt', 'available', '3.1-2'],
        ['tuxpaint', 'available', '1:0.9.28-sdl2-1'],
      ],
    );

    const refused = await approveAndPublish(versionId);
    assert.equal(refused.statusCode, 409, refused.body);
    const problem = refused.json<Problem>();
    assert.equal(problem.code, 'CATALOGUE_PACKAGES_UNAVAILABLE');
    assert.deepEqual(
      problem.errors?.map((e) => [e.field, e.code]),
      [['packages.childsplay', 'missing']],
    );
    assert.match(problem.errors![0]!.message, /childsplay/);
    const after = (await committee.get(api(`/catalogue/versions/${versionId}`))).json<VersionJson>();
    assert.deepEqual([after.status, after.manifestHash, after.publishedAt], ['approved', null, null]);
    assert.equal(after.items.length, 3);
    assert.deepEqual((await committee.get(api('/catalogue/manifests'))).json(), { items: [] });
    assert.equal(await pendingConformityJobs(), 0);

    const removed = await committee.delete(api(`/catalogue/versions/${versionId}/items/${resources.childsplay}`));
    assert.equal(removed.statusCode, 200, removed.body);
    const published = await approveAndPublish(versionId);
    assert.equal(published.statusCode, 200, published.body);
    v1 = published.json<VersionJson>();
    assert.equal(v1.status, 'published');
    assert.match(v1.manifestHash ?? '', /^[0-9a-f]{64}$/);
    assert.deepEqual(
      v1.items.map((i) => i.title),
      ['GCompris', 'Tux Paint'],
    );
    assert.equal(await pendingConformityJobs(), 1, 'the publication asks for a recompute');
  });

  it('judges the school computers on the real agents’ captures once the conformity job has run', async () => {
    for (const kind of ['desktop', 'laptop']) {
      const res = await director.post(api(`/schools/${school.id}/devices`), { kind, band: 'cycle2' });
      assert.equal(res.statusCode, 201, res.body);
      schoolTags.push(res.json<{ assetTag: string }>().assetTag);
    }
    await postAgent('application/x-compress-zlib', fusionPayload(schoolTags[0]!));
    await postAgent('application/json', glpiPayload(schoolTags[1]!));

    const report = await runDueJobs(t.db.db, { handlers: conformityJobHandlers(), logger: silent });
    assert.deepEqual(
      report.jobs.map((j) => [j.kind, j.outcome]),
      [[CONFORMITY_JOB, 'done']],
    );
    for (const tag of schoolTags) {
      const item = await itemOf(tag);
      assert.deepEqual(
        [item.place, item.band, item.school?.id, item.status, item.imageHash],
        ['school', 'cycle2', school.id, 'needs_reimaging', null],
      );
      assert.equal(item.expected?.manifestHash, v1.manifestHash);
      assert.equal(item.expected?.label, `Cycle 2 · ${year.code} · v1`);
      // Exactly the profile's packages: none of them is on a machine that was never imaged.
      assert.deepEqual(item.missing, ['gcompris-qt', 'tuxpaint']);
      assert.deepEqual(item.outdated, []);
      // bc is in the captures and in the catalogue (cycle 3); the 39 system packages are not reported.
      assert.deepEqual(item.extra, ['bc']);
      const row = await rowOf(item.device.id);
      assert.deepEqual([row.status, row.expected_version_id], ['needs_reimaging', v1.id]);
      assert.deepEqual(JSON.parse(row.missing), ['gcompris-qt', 'tuxpaint']);
    }
    const summary = (await coordinator.get(api('/conformity/summary'))).json<{
      schools: { school: { id: string }; counts: Counts }[];
      home: { counts: Counts };
    }>();
    assert.deepEqual(summary.schools.find((s) => s.school.id === school.id)?.counts, {
      conform: 0,
      needs_reimaging: 2,
      no_profile: 0,
      no_inventory: 0,
    });
  });

  it('counts a computer lent to a family at home, imaged with version 1 through the imaging step', async () => {
    // A CE1 pupil this year: cycle 2. The workshop images the machine with version 1's manifest.
    const household = await makeHousehold(t.db.db, p.id);
    const pupil = await makePupil(t.db.db, p.id, {
      schoolId: school.id,
      schoolYearId: year.id,
      householdId: household.id,
      grade: 'CE1',
    });
    const device = await makeDevice(t.db.db, p.id, { state: 'erased' });
    const move = await operator.post(api(`/devices/${device.id}/moves`), {
      to: 'imaged',
      station: 'imaging',
      image: { manifestHash: v1.manifestHash },
    });
    assert.equal(move.statusCode, 200, move.body);
    assert.equal(move.json().device.image.hash, v1.manifestHash);
    imaged = { id: device.id, assetTag: device.asset_tag };
    await lend(device.id, household.id, pupil.id);
    // A CE2 of last year is in CM1 now: cycle 3, of which nothing is published.
    const older = await makeHousehold(t.db.db, p.id);
    const olderPupil = await makePupil(t.db.db, p.id, {
      schoolId: school.id,
      schoolYearId: lastYear.id,
      householdId: older.id,
      grade: 'CE2',
    });
    const olderDevice = await makeDevice(t.db.db, p.id, { state: 'handed_over' });
    olderPupilDevice = { id: olderDevice.id, assetTag: olderDevice.asset_tag };
    await lend(olderDevice.id, older.id, olderPupil.id);

    // At home, the imaged machine reports through glpi-agent: the capture plus what the image installed.
    await postAgent(
      'application/json',
      glpiPayload(imaged.assetTag, [
        { name: 'gcompris-qt', version: '3.1-2' },
        { name: 'tuxpaint', version: '1:0.9.28-sdl2-1' },
      ]),
    );
    await postAgent('application/json', glpiPayload(olderPupilDevice.assetTag));

    const summary = (await coordinator.get(api('/conformity/summary'))).json<{ home: { counts: Counts } }>();
    assert.deepEqual(summary.home.counts, { conform: 1, needs_reimaging: 0, no_profile: 1, no_inventory: 0 });
    const home = await devices('?place=home');
    assert.deepEqual(
      home.map((i) => [i.device.assetTag, i.place, i.band, i.status, i.school?.id]).sort(),
      [
        [imaged.assetTag, 'home', 'cycle2', 'conform', school.id],
        [olderPupilDevice.assetTag, 'home', 'cycle3', 'no_profile', school.id],
      ].sort(),
    );
    const mine = home.find((i) => i.device.id === imaged.id)!;
    assert.deepEqual(
      [mine.device.state, mine.imageHash, mine.expected?.manifestHash],
      ['handed_over', v1.manifestHash, v1.manifestHash],
    );
    assert.deepEqual([mine.missing, mine.outdated, mine.extra], [[], [], ['bc']]);
    assert.ok((await devices('?place=school')).every((i) => i.place === 'school' && i.device.state === 'in_school'));
  });

  it('publishes version 2 and, once the job has run, sends the machine imaged with version 1 to re-imaging', async () => {
    const opened = await committee.post(api(`/catalogue/profiles/${profileId}/versions`));
    assert.equal(opened.statusCode, 200, opened.body);
    const draft = opened.json<VersionJson>();
    assert.equal(draft.number, 2);
    const add = await committee.post(api(`/catalogue/versions/${draft.id}/items`), { resourceId: resources.klavaro });
    assert.equal(add.statusCode, 200, add.body);
    const published = await approveAndPublish(draft.id);
    assert.equal(published.statusCode, 200, published.body);
    v2 = published.json<VersionJson>();
    assert.notEqual(v2.manifestHash, v1.manifestHash);

    // Until the job runs, the machine is still judged against version 1.
    assert.equal((await itemOf(imaged.assetTag)).status, 'conform');
    const report = await runDueJobs(t.db.db, { handlers: conformityJobHandlers(), logger: silent });
    assert.deepEqual(
      report.jobs.map((j) => [j.kind, j.outcome]),
      [[CONFORMITY_JOB, 'done']],
    );

    const item = await itemOf(imaged.assetTag);
    assert.equal(item.status, 'needs_reimaging');
    assert.deepEqual([item.imageHash, item.expected?.manifestHash], [v1.manifestHash, v2.manifestHash]);
    assert.equal(item.expected?.label, `Cycle 2 · ${year.code} · v2`);
    assert.deepEqual([item.missing, item.outdated], [['klavaro'], []]);
    assert.equal((await rowOf(imaged.id)).expected_version_id, v2.id);
    for (const tag of schoolTags) {
      const school = await itemOf(tag);
      assert.deepEqual(
        [school.status, school.expected?.manifestHash, school.missing],
        ['needs_reimaging', v2.manifestHash, ['gcompris-qt', 'klavaro', 'tuxpaint']],
      );
    }
    const summary = (await coordinator.get(api('/conformity/summary'))).json<{ home: { counts: Counts } }>();
    assert.deepEqual(summary.home.counts, { conform: 0, needs_reimaging: 1, no_profile: 1, no_inventory: 0 });
    // Needing re-imaging first, at home as at school.
    assert.equal((await devices('?place=home'))[0]!.device.id, imaged.id);
  });

  /** Lends a computer to a family for a pupil, as the handover leaves it (state and active loan). */
  async function lend(deviceId: string, householdId: string, pupilId: string) {
    const now = nowIso();
    await t.db.db.updateTable('devices').set({ state: 'handed_over' }).where('id', '=', deviceId).execute();
    await t.db.db
      .insertInto('loans')
      .values({
        id: newId(),
        programme_id: p.id,
        household_id: householdId,
        pupil_id: pupilId,
        device_id: deviceId,
        handover_id: null,
        status: 'active',
        starts_on: now.slice(0, 10),
        ends_on: '2099-07-05',
        ended_at: null,
        end_reason: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
});
