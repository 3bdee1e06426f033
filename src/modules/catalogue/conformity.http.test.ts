import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeResource } from '../../../test/factories/catalogue.js';
import { makeSchoolYear } from '../../../test/factories/households.js';
import {
  agentAuth,
  agentUrl,
  glpiInventoryJson,
  hardwareCapture,
  makeInventoryToken,
} from '../../../test/factories/inventory.js';
import { makePublishedVersion, schoolYearCodeToday } from '../../../test/factories/published-image.js';
import { makeSchool } from '../../../test/factories/schools.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

/** The fusioninventory capture (real agent output) as the agent sends it with --tag <asset tag>. */
function fusionInventory(tag: string): Buffer {
  const xml = hardwareCapture('fusioninventory-2.6-inventory-request.xml').toString('utf8');
  return deflateSync(Buffer.from(xml.replace('<KEYVALUE>donation-test</KEYVALUE>', `<KEYVALUE>${tag}</KEYVALUE>`)));
}

interface Item {
  device: { id: string; assetTag: string };
  status: string;
  missing: string[];
  outdated: { name: string; expected: string; installed: string }[];
  extra: string[];
  expected: { label: string; manifestHash: string } | null;
  school: { id: string } | null;
}

describe('school computers and conformity over HTTP, with the real agents’ inventories', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let token: string;
  let coordinator: TestClient;
  let director: TestClient;
  let committee: TestClient;
  let outsider: TestClient;
  let schoolOne: { id: string; name: string };
  let schoolTwo: { id: string; name: string };
  let year: { id: string; code: string };
  const url = (p: Programme, path: string) => `/api/v1/programmes/${p.slug}${path}`;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const devices = async (client: TestClient, query = ''): Promise<Item[]> => {
    const res = await client.get(url(a, `/conformity/devices${query}`));
    assert.equal(res.statusCode, 200, res.body);
    return res.json().items;
  };
  const itemOf = async (assetTag: string) => (await devices(coordinator)).find((i) => i.device.assetTag === assetTag);

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { settings: { assetTagPrefix: 'GB' } });
    b = await makeProgramme(t.db.db);
    token = (await makeInventoryToken(t.db.db, a.id)).token;
    schoolOne = await makeSchool(t.db.db, a.id, { name: 'École Pasteur' });
    schoolTwo = await makeSchool(t.db.db, a.id, { name: 'École Curie' });
    year = await makeSchoolYear(t.db.db, a.id, schoolYearCodeToday());
    coordinator = await clientFor(a.id, 'coordinator');
    committee = await clientFor(a.id, 'committee_member');
    director = await clientFor(a.id, 'school_director', schoolOne.id);
    outsider = await clientFor(b.id, 'coordinator');
    // bc is in the catalogue (accepted, a cycle 3 resource): on a cycle 2 computer it is "extra".
    await makeResource(t.db.db, a.id, { packageNames: ['bc'], gradeCodes: ['CM1', 'CM2'] });
    // Cycle 2 of this year expects exactly what the captures have.
    await makePublishedVersion(t.db.db, a.id, {
      band: 'cycle2',
      schoolYearId: year.id,
      schoolYearCode: year.code,
      packages: [
        { name: 'adduser', version: '3.134' },
        { name: 'bash', version: '5.2.15-2+b8' },
        { name: 'curl', version: '7.88.1-10+deb12u14' },
      ],
    });
  });
  after(() => t.close());

  it('registers school computers (a director at her own school only), which the agents then report with --tag', async () => {
    const bad = await director.post(url(a, `/schools/${schoolOne.id}/devices`), { kind: 'desktop', band: 'cycle4' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'body.band');
    const other = await director.post(url(a, `/schools/${schoolTwo.id}/devices`), { kind: 'desktop', band: 'cycle2' });
    assert.equal(other.statusCode, 404);
    assert.equal(
      (await committee.post(url(a, `/schools/${schoolOne.id}/devices`), { kind: 'desktop', band: 'cycle2' }))
        .statusCode,
      403,
    );
    assert.equal(
      (await outsider.post(url(a, `/schools/${schoolOne.id}/devices`), { kind: 'desktop', band: 'cycle2' })).statusCode,
      404,
    );

    const created = await director.post(url(a, `/schools/${schoolOne.id}/devices`), {
      kind: 'desktop',
      make: 'Dell',
      band: 'cycle2',
    });
    assert.equal(created.statusCode, 201, created.body);
    const fusion = created.json();
    assert.match(fusion.assetTag, /^GB-\d{6}-[A-Z]$/);
    assert.deepEqual([fusion.state, fusion.band, fusion.conformity.status], ['in_school', 'cycle2', 'no_inventory']);

    const glpi = (
      await coordinator.post(url(a, `/schools/${schoolTwo.id}/devices`), { kind: 'laptop', band: 'cycle2' })
    ).json();
    const waiting = (
      await director.post(url(a, `/schools/${schoolOne.id}/devices`), { kind: 'laptop', band: 'cycle2' })
    ).json();
    const cycle3 = (
      await director.post(url(a, `/schools/${schoolOne.id}/devices`), { kind: 'laptop', band: 'cycle3' })
    ).json();

    // fusioninventory-agent --tag <asset tag> (XML, zlib) and glpi-agent --tag (JSON).
    const xml = await t.app.inject({
      method: 'POST',
      url: agentUrl(a.slug),
      headers: { 'content-type': 'application/x-compress-zlib', ...agentAuth(token) },
      payload: fusionInventory(fusion.assetTag),
    });
    assert.equal(xml.statusCode, 200, xml.body);
    const json = await t.app.inject({
      method: 'POST',
      url: agentUrl(a.slug),
      headers: { 'content-type': 'application/json', ...agentAuth(token) },
      payload: Buffer.from(JSON.stringify(glpiInventoryJson({ tag: glpi.assetTag, serial: 'SCHOOL-GLPI-1' }))),
    });
    assert.equal(json.statusCode, 200, json.body);

    // Judged right after each inventory: exactly the expected packages, plus bc of cycle 3.
    for (const tag of [fusion.assetTag, glpi.assetTag]) {
      const item = (await itemOf(tag))!;
      assert.deepEqual([item.status, item.missing, item.outdated, item.extra], ['conform', [], [], ['bc']]);
      assert.equal(item.expected?.label, `Cycle 2 · ${year.code} · v1`);
    }
    assert.equal((await itemOf(waiting.assetTag))!.status, 'no_inventory');
    // No cycle 3 version is published this year.
    assert.equal((await itemOf(cycle3.assetTag))!.status, 'no_profile');

    const list = await director.get(url(a, `/schools/${schoolOne.id}/devices`));
    assert.equal(list.statusCode, 200, list.body);
    assert.deepEqual(
      list
        .json()
        .items.map((d: { id: string }) => d.id)
        .sort(),
      [fusion.id, waiting.id, cycle3.id].sort(),
    );
    assert.equal((await director.get(url(a, `/schools/${schoolTwo.id}/devices`))).statusCode, 404);
  });

  it('shows which computers need re-imaging once a new version is published, and why', async () => {
    // Version 2: adduser newer than installed, gcompris-qt added.
    await makePublishedVersion(t.db.db, a.id, {
      band: 'cycle2',
      schoolYearId: year.id,
      schoolYearCode: year.code,
      packages: [
        { name: 'adduser', version: '3.137' },
        { name: 'bash', version: '5.2.15-2+b8' },
        { name: 'gcompris-qt', version: '3.1-2' },
      ],
    });
    assert.equal((await director.post(url(a, '/conformity/recompute'))).statusCode, 403);
    const recomputed = await committee.post(url(a, '/conformity/recompute'));
    assert.equal(recomputed.statusCode, 200, recomputed.body);
    const summary = recomputed.json();
    const one = summary.schools.find((s: { school: { id: string } }) => s.school.id === schoolOne.id);
    assert.deepEqual(one.counts, { conform: 0, needs_reimaging: 1, no_profile: 1, no_inventory: 1 });
    assert.deepEqual(summary.home.counts, { conform: 0, needs_reimaging: 0, no_profile: 0, no_inventory: 0 });
    assert.deepEqual(
      summary.versions.map((v: { band: string; label: string }) => [v.band, v.label]),
      [['cycle2', `Cycle 2 · ${year.code} · v2`]],
    );

    const all = await devices(coordinator, '?status=needs_reimaging');
    assert.equal(all.length, 2);
    for (const item of all) {
      assert.deepEqual(item.missing, ['gcompris-qt']);
      assert.deepEqual(item.outdated, [{ name: 'adduser', expected: '3.137', installed: '3.134' }]);
      // curl was in version 1 and is no longer expected: "extra", like bc of cycle 3; the
      // hundreds of system packages (dash, coreutils…) are not.
      assert.deepEqual(item.extra, ['bc', 'curl']);
    }
    // Needing re-imaging comes first.
    assert.equal((await devices(coordinator))[0]!.status, 'needs_reimaging');
  });

  it('lets a director read her own school only, and another programme nothing', async () => {
    const summary = (await director.get(url(a, '/conformity/summary'))).json();
    assert.deepEqual(
      summary.schools.map((s: { school: { id: string } }) => s.school.id),
      [schoolOne.id],
    );
    const mine = await devices(director);
    assert.equal(mine.length, 3);
    assert.ok(mine.every((i) => i.school?.id === schoolOne.id));
    assert.equal((await devices(director, `?schoolId=${schoolTwo.id}`)).length, 0);
    assert.equal((await devices(coordinator)).length, 4);
    assert.equal((await director.get(url(a, '/conformity/devices?status=broken'))).statusCode, 400);
    assert.equal((await outsider.get(url(a, '/conformity/summary'))).statusCode, 404);
    const theirs = (await outsider.get(url(b, '/conformity/devices'))).json();
    assert.deepEqual(theirs.items, []);
  });
});
