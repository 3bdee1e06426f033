import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeResource } from '../../../test/factories/catalogue.js';
import { makeSchoolYear } from '../../../test/factories/households.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';
import {
  type Problem,
  type ProfileJson,
  type VersionJson,
  currentYearCode,
  followingYearCode,
  loadShippedIndex,
} from './versions.test-helpers.js';

interface BandChanges {
  band: string;
  current: { schoolYear: { code: string } | null; version: VersionJson | null };
  next: { schoolYear: { code: string } | null; version: VersionJson | null; status: string };
  diff: { sentences: string[]; from: { id: string } | null } | null;
}

describe('profiles and versions over HTTP', () => {
  let t: TestApp;
  let programme: Programme;
  let committee: TestClient;
  let teacher: TestClient;
  let outsider: TestClient;
  let other: Programme;
  let thisYear: { id: string; code: string };
  let nextYear: { id: string; code: string };
  let gcompris: { id: string };
  let tuxmath: { id: string };

  const url = (p: string, slug = programme.slug) => `/api/v1/programmes/${slug}/catalogue${p}`;
  async function clientFor(role: Role, p: Programme = programme) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId: p.id, role }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const count = async (table: 'catalogue_profiles' | 'catalogue_profile_versions' | 'catalogue_version_items') =>
    Number(
      (
        await t.db.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('programme_id', '=', programme.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await buildTestApp();
    programme = await makeProgramme(t.db.db);
    const code = currentYearCode();
    await makeSchoolYear(t.db.db, programme.id, `${Number(code.slice(0, 4)) - 1}-${code.slice(0, 4)}`);
    thisYear = await makeSchoolYear(t.db.db, programme.id, code);
    nextYear = await makeSchoolYear(t.db.db, programme.id, followingYearCode(code));
    committee = await clientFor('committee_member');
    teacher = await clientFor('teacher');
    other = await makeProgramme(t.db.db);
    outsider = await clientFor('committee_member', other);
    gcompris = await makeResource(t.db.db, programme.id, { title: 'GCompris', packageNames: ['gcompris-qt'] });
    tuxmath = await makeResource(t.db.db, programme.id, { title: 'TuxMath', packageNames: ['tuxmath'] });
    await loadShippedIndex(t.db.db, programme);
  });
  after(() => t.close());

  it('lists the current and the next school year by default', async () => {
    const res = await teacher.get(url('/profiles'));
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), {
      schoolYears: [
        { id: thisYear.id, code: thisYear.code, current: true },
        { id: nextYear.id, code: nextYear.code, current: false },
      ],
      items: [],
    });
  });

  it('refuses a bad profile, naming the field, and creates nothing', async () => {
    const badBand = await committee.post(url('/profiles'), { band: 'cycle4', schoolYearId: thisYear.id });
    assert.equal(badBand.statusCode, 400);
    assert.deepEqual(
      badBand.json<Problem>().errors?.map((e) => e.field),
      ['body.band'],
    );
    const unknownYear = await committee.post(url('/profiles'), {
      band: 'cycle2',
      schoolYearId: '01900000-0000-7000-8000-000000000000',
    });
    assert.equal(unknownYear.statusCode, 404);
    assert.equal(unknownYear.json<Problem>().errors?.[0]?.field, 'body.schoolYearId');
    const extra = await committee.post(url('/profiles'), { band: 'cycle2', schoolYearId: thisYear.id, number: 3 });
    assert.equal(extra.statusCode, 400);
    assert.equal((await teacher.post(url('/profiles'), { band: 'cycle2', schoolYearId: thisYear.id })).statusCode, 403);
    assert.equal(await count('catalogue_profiles'), 0);
  });

  it('guards a version: accepted resources only, no empty approval, one open version', async () => {
    const created = await committee.post(url('/profiles'), { band: 'cycle2', schoolYearId: thisYear.id });
    assert.equal(created.statusCode, 201, created.body);
    const profile = created.json<ProfileJson>();
    const versionId = profile.open!.id;
    const empty = await committee.post(url(`/versions/${versionId}/approve`));
    assert.equal(empty.json<Problem>().code, 'CATALOGUE_VERSION_EMPTY');
    const proposed = await makeResource(t.db.db, programme.id, {
      title: 'ChildsPlay',
      packageNames: ['childsplay'],
      status: 'proposed',
    });
    const refused = await committee.post(url(`/versions/${versionId}/items`), { resourceId: proposed.id });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(
      refused.json<Problem>().errors?.map((e) => [e.field, e.code]),
      [['body.resourceId', 'resource_not_accepted']],
    );
    assert.equal(await count('catalogue_version_items'), 0);
    assert.equal(
      (await committee.post(url(`/versions/${versionId}/items`), { resourceId: gcompris.id })).statusCode,
      200,
    );
    const twice = await committee.post(url(`/versions/${versionId}/items`), { resourceId: gcompris.id });
    assert.equal(twice.json<Problem>().code, 'CATALOGUE_RESOURCE_ALREADY_IN_VERSION');
    const notIn = await committee.delete(url(`/versions/${versionId}/items/${tuxmath.id}`));
    assert.equal(notIn.json<Problem>().code, 'CATALOGUE_RESOURCE_NOT_IN_VERSION');
    assert.equal((await committee.post(url(`/versions/${versionId}/approve`))).statusCode, 200);
    const again = await committee.post(url(`/versions/${versionId}/approve`));
    assert.equal(again.json<Problem>().code, 'CATALOGUE_VERSION_NOT_DRAFT');
    assert.equal((await committee.post(url(`/profiles/${profile.id}/versions`))).json<VersionJson>().id, versionId);
    const published = await committee.post(url(`/versions/${versionId}/publish`));
    assert.equal(published.statusCode, 200, published.body);
  });

  it('hides another programme’s profiles and versions', async () => {
    const list = (await committee.get(url('/profiles'))).json<{ items: ProfileJson[] }>();
    const version = list.items[0]!.published!;
    assert.equal((await outsider.get(url(`/versions/${version.id}`))).statusCode, 404);
    const slug = other.slug;
    const own = await outsider.get(url(`/versions/${version.id}`, slug));
    assert.equal(own.statusCode, 404);
    assert.equal(own.json<Problem>().code, 'CATALOGUE_VERSION_NOT_FOUND');
    const add = await outsider.post(url(`/versions/${version.id}/items`, slug), { resourceId: gcompris.id });
    assert.equal(add.statusCode, 404);
  });

  it('tells teachers what is on the machines this year and what changes next year', async () => {
    const none = (await teacher.get(url('/changes?band=cycle2'))).json<BandChanges>();
    assert.equal(none.current.version?.items[0]?.title, 'GCompris');
    assert.equal(none.next.status, 'none');
    assert.equal(none.diff, null);

    const next = await committee.post(url('/profiles'), { band: 'cycle2', schoolYearId: nextYear.id });
    const draft = next.json<ProfileJson>().open!;
    assert.equal(draft.resourceCount, 1, 'next year starts from this year’s published set');
    await committee.post(url(`/versions/${draft.id}/items`), { resourceId: tuxmath.id });

    const res = await teacher.get(url('/changes?band=cycle2'));
    assert.equal(res.statusCode, 200, res.body);
    const changes = res.json<BandChanges>();
    assert.equal(changes.band, 'cycle2');
    assert.equal(changes.current.schoolYear?.code, thisYear.code);
    assert.equal(changes.next.schoolYear?.code, nextYear.code);
    assert.equal(changes.next.status, 'draft');
    assert.deepEqual(changes.diff?.sentences, ['TuxMath est ajouté.']);
    const en = await teacher.get(url('/changes?band=cycle2'), { 'accept-language': 'en' });
    assert.deepEqual(en.json<BandChanges>().diff?.sentences, ['TuxMath is added.']);

    const all = (await teacher.get(url('/changes'))).json<BandChanges[]>();
    assert.deepEqual(
      all.map((b) => [b.band, b.current.version?.number ?? null, b.next.status]),
      [
        ['cycle2', 1, 'draft'],
        ['cycle3', null, 'none'],
      ],
    );
    const diff = await teacher.get(url(`/versions/${draft.id}/diff`));
    assert.deepEqual(diff.json<{ sentences: string[] }>().sentences, ['TuxMath est ajouté.']);
  });
});
