import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeResource } from '../../../test/factories/catalogue.js';
import { makeSchoolYear } from '../../../test/factories/households.js';
import { nowIso } from '../../platform/db/ids.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';
import { CONFORMITY_JOB } from './conformity-jobs.js';
import { type ImageManifestInput, manifestHash } from './image-manifest.js';
import { findPublishedManifest } from './manifests.service.js';
import { type Problem, type ProfileJson, type VersionJson, loadShippedIndex } from './versions.test-helpers.js';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

describe('publishing a profile version', () => {
  let t: TestApp;
  let programme: Programme;
  let committee: TestClient;
  let teacher: TestClient;
  let workshop: TestClient;
  let family: TestClient;
  let year: { id: string; code: string };
  const r: Record<string, { id: string; title: string }> = {};

  const url = (p: string) => `/api/v1/programmes/${programme.slug}/catalogue${p}`;
  async function clientFor(role: Role, p: Programme = programme) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId: p.id, role }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const versionRow = (id: string) =>
    t.db.db.selectFrom('catalogue_profile_versions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const conformityJobs = () =>
    t.db.db
      .selectFrom('jobs')
      .selectAll()
      .where('programme_id', '=', programme.id)
      .where('kind', '=', CONFORMITY_JOB)
      .execute();

  before(async () => {
    t = await buildTestApp();
    programme = await makeProgramme(t.db.db, { slug: `publish-${Date.now().toString(36)}` });
    year = await makeSchoolYear(t.db.db, programme.id, '2026-2027');
    committee = await clientFor('committee_member');
    teacher = await clientFor('teacher');
    workshop = await clientFor('workshop_operator');
    family = await clientFor('family');
    await loadShippedIndex(t.db.db, programme);
    r.gcompris = await makeResource(t.db.db, programme.id, { title: 'GCompris', packageNames: ['gcompris-qt'] });
    r.tuxpaint = await makeResource(t.db.db, programme.id, { title: 'Tux Paint', packageNames: ['tuxpaint'] });
    r.childsplay = await makeResource(t.db.db, programme.id, { title: 'ChildsPlay', packageNames: ['childsplay'] });
    r.heavy = await makeResource(t.db.db, programme.id, {
      title: 'TuxMath',
      packageNames: ['tuxmath'],
      min_ram_mb: 8192,
    });
    const content = (fileName: string, sha256: string, verified: boolean) => ({
      kind: 'content',
      content_file_name: fileName,
      content_url: `https://download.kiwix.org/zim/${fileName}`,
      content_sha256: sha256,
      content_bytes: 3_800_000_000,
      content_verified_at: verified ? nowIso() : null,
    });
    r.kiwix = await makeResource(t.db.db, programme.id, {
      title: 'Kiwix',
      ...content('wikipedia_fr.zim', SHA_A, false),
    });
    r.vikidia = await makeResource(t.db.db, programme.id, {
      title: 'Vikidia hors ligne',
      ...content('vikidia_fr_all.zim', SHA_B, true),
    });
    r.web = await makeResource(t.db.db, programme.id, { title: 'Vikidia', kind: 'web' });
  });
  after(() => t.close());

  let profile: ProfileJson;
  let v1: VersionJson;

  it('builds a profile from accepted resources', async () => {
    const res = await committee.post(url('/profiles'), { band: 'cycle2', schoolYearId: year.id });
    assert.equal(res.statusCode, 201, res.body);
    profile = res.json();
    assert.equal(profile.open?.number, 1);
    assert.equal(profile.published, null);
    for (const key of ['gcompris', 'tuxpaint', 'childsplay', 'heavy', 'kiwix', 'vikidia', 'web']) {
      const add = await committee.post(url(`/versions/${profile.open!.id}/items`), { resourceId: r[key]!.id });
      assert.equal(add.statusCode, 200, add.body);
    }
    v1 = (await teacher.get(url(`/versions/${profile.open!.id}`))).json();
    assert.equal(v1.items.length, 7);
    assert.equal(v1.status, 'draft');
  });

  it('checks it against the shipped Debian extract', async () => {
    const res = await teacher.get(url(`/versions/${v1.id}/debian-check`));
    assert.equal(res.statusCode, 200, res.body);
    const check = res.json<{
      publishable: boolean;
      packages: { name: string; status: string; version: string | null }[];
    }>();
    const byName = Object.fromEntries(check.packages.map((p) => [p.name, p]));
    assert.equal(byName['gcompris-qt']?.status, 'available');
    assert.equal(byName['gcompris-qt']?.version, '3.1-2');
    assert.equal(byName.childsplay?.status, 'missing');
    assert.equal(byName.tuxmath?.status, 'too_heavy');
    assert.equal(check.publishable, false);
  });

  it('publishes only an approved version, approved by the committee', async () => {
    assert.equal(
      (await committee.post(url(`/versions/${v1.id}/publish`))).json<Problem>().code,
      'CATALOGUE_VERSION_NOT_APPROVED',
    );
    assert.equal((await teacher.post(url(`/versions/${v1.id}/approve`))).statusCode, 403);
    const res = await committee.post(url(`/versions/${v1.id}/approve`));
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json<VersionJson>().status, 'approved');
    assert.ok(res.json<VersionJson>().approvedBy);
    assert.equal((await teacher.post(url(`/versions/${v1.id}/publish`))).statusCode, 403);
  });

  it('refuses a missing and a too heavy package, naming them, and changes nothing', async () => {
    const res = await committee.post(url(`/versions/${v1.id}/publish`));
    assert.equal(res.statusCode, 409, res.body);
    const problem = res.json<Problem>();
    assert.equal(problem.code, 'CATALOGUE_PACKAGES_UNAVAILABLE');
    const missing = problem.errors?.find((e) => e.field === 'packages.childsplay');
    assert.equal(missing?.code, 'missing');
    assert.match(missing?.message ?? '', /childsplay.*introuvable dans Debian bookworm amd64/);
    const heavy = problem.errors?.find((e) => e.field === 'packages.tuxmath');
    assert.equal(heavy?.code, 'too_heavy');
    assert.match(heavy?.message ?? '', /8192 Mo de mémoire.*4096/);
    assert.ok(!problem.errors?.some((e) => e.field === 'packages.gcompris-qt'));
    const row = await versionRow(v1.id);
    assert.equal(row.status, 'approved');
    assert.equal(row.manifest_hash, null);
    assert.equal((await conformityJobs()).length, 0);
  });

  it('refuses an offline content not verified, then publishes once the blockers are removed', async () => {
    for (const key of ['childsplay', 'heavy']) {
      const res = await committee.delete(url(`/versions/${v1.id}/items/${r[key]!.id}`));
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json<VersionJson>().status, 'draft', 'a change sends an approved version back to draft');
    }
    await committee.post(url(`/versions/${v1.id}/approve`));
    const refused = await committee.post(url(`/versions/${v1.id}/publish`));
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(refused.json<Problem>().code, 'CATALOGUE_CONTENT_NOT_VERIFIED');
    assert.deepEqual(
      refused.json<Problem>().errors?.map((e) => e.field),
      [`resources.${r.kiwix!.id}`],
    );
    assert.equal((await versionRow(v1.id)).status, 'approved');

    await committee.delete(url(`/versions/${v1.id}/items/${r.kiwix!.id}`));
    await committee.post(url(`/versions/${v1.id}/approve`));
    const res = await committee.post(url(`/versions/${v1.id}/publish`));
    assert.equal(res.statusCode, 200, res.body);
    v1 = res.json();
    assert.equal(v1.status, 'published');
    assert.match(v1.manifestHash ?? '', /^[0-9a-f]{64}$/);
    assert.ok(v1.publishedAt);
    assert.deepEqual(
      v1.items.map((i) => i.title),
      ['GCompris', 'Tux Paint', 'Vikidia', 'Vikidia hors ligne'],
    );
  });

  it('enqueues the conformity recompute with the publication', async () => {
    const jobs = await conformityJobs();
    assert.equal(jobs.length, 1);
    assert.equal(jobs[0]!.status, 'pending');
    assert.deepEqual(JSON.parse(jobs[0]!.payload), { programmeId: programme.id, cause: v1.id });
  });

  it('keeps a published version immutable', async () => {
    const add = await committee.post(url(`/versions/${v1.id}/items`), { resourceId: r.childsplay!.id });
    assert.equal(add.statusCode, 409);
    assert.equal(add.json<Problem>().code, 'CATALOGUE_VERSION_PUBLISHED');
    const remove = await committee.delete(url(`/versions/${v1.id}/items/${r.gcompris!.id}`));
    assert.equal(remove.json<Problem>().code, 'CATALOGUE_VERSION_PUBLISHED');
    const approve = await committee.post(url(`/versions/${v1.id}/approve`));
    assert.equal(approve.statusCode, 409);
    assert.equal(approve.json<Problem>().code, 'CATALOGUE_VERSION_PUBLISHED');
    assert.equal(
      (await committee.post(url(`/versions/${v1.id}/publish`))).json<Problem>().code,
      'CATALOGUE_VERSION_PUBLISHED',
    );
    const again = (await teacher.get(url(`/versions/${v1.id}`))).json<VersionJson>();
    assert.equal(again.items.length, 4);
    assert.equal(again.manifestHash, v1.manifestHash);
  });

  it('keeps the published items as they were when a resource is edited later', async () => {
    await t.db.db
      .updateTable('catalogue_resources')
      .set({ title: 'GCompris Qt', packages: JSON.stringify(['gcompris-qt', 'gcompris-qt-data']) })
      .where('id', '=', r.gcompris!.id)
      .execute();
    const after = (await teacher.get(url(`/versions/${v1.id}`))).json<VersionJson>();
    const g = after.items.find((i) => i.id === r.gcompris!.id);
    assert.equal(g?.title, 'GCompris');
    assert.deepEqual(g?.packages, ['gcompris-qt']);
    const check = (await teacher.get(url(`/versions/${v1.id}/debian-check`))).json<{ packages: { name: string }[] }>();
    assert.ok(!check.packages.some((p) => p.name === 'gcompris-qt-data'), 'the stored check, not a live one');
  });

  it('makes the next change a new version, and says what changed in French and English', async () => {
    const res = await committee.post(url(`/profiles/${profile.id}/versions`));
    assert.equal(res.statusCode, 200, res.body);
    const v2 = res.json<VersionJson>();
    assert.equal(v2.number, 2);
    assert.equal(v2.status, 'draft');
    assert.deepEqual(v2.basedOn, { id: v1.id, number: 1 });
    assert.equal((await committee.post(url(`/profiles/${profile.id}/versions`))).json<VersionJson>().id, v2.id);
    const tuxmath = await makeResource(t.db.db, programme.id, { title: 'TuxMath', packageNames: ['tuxmath'] });
    await committee.post(url(`/versions/${v2.id}/items`), { resourceId: tuxmath.id });
    await committee.delete(url(`/versions/${v2.id}/items/${r.tuxpaint!.id}`));

    const fr = await teacher.get(url(`/versions/${v2.id}/diff`));
    assert.equal(fr.statusCode, 200, fr.body);
    const diff = fr.json<{
      from: { id: string; number: number } | null;
      to: { id: string; number: number; resourceCount: number };
      added: { title: string }[];
      removed: { title: string }[];
      changed: { resource: { title: string }; changes: { field: string }[] }[];
      sentences: string[];
    }>();
    assert.equal(diff.from?.id, v1.id);
    assert.equal(diff.to.number, 2);
    assert.equal(diff.to.resourceCount, 4);
    assert.deepEqual(
      diff.added.map((x) => x.title),
      ['TuxMath'],
    );
    assert.deepEqual(
      diff.removed.map((x) => x.title),
      ['Tux Paint'],
    );
    assert.deepEqual(
      diff.changed.map((c) => [c.resource.title, c.changes.map((x) => x.field)]),
      [['GCompris Qt', ['title', 'packages.gcompris-qt-data']]],
    );
    assert.deepEqual(diff.sentences, [
      'TuxMath est ajouté.',
      'Tux Paint est retiré.',
      '« GCompris » s’appelle maintenant « GCompris Qt ».',
      'GCompris Qt : le paquet gcompris-qt-data est ajouté.',
    ]);
    const en = await teacher.get(url(`/versions/${v2.id}/diff?against=${v1.id}`), { 'accept-language': 'en' });
    assert.deepEqual(en.json<{ sentences: string[] }>().sentences, [
      'TuxMath is added.',
      'Tux Paint is removed.',
      '“GCompris” is now called “GCompris Qt”.',
      'GCompris Qt: the package gcompris-qt-data is added.',
    ]);
    const profiles = (await teacher.get(url(`/profiles?schoolYearId=${year.id}`))).json<{ items: ProfileJson[] }>();
    const p = profiles.items.find((x) => x.id === profile.id);
    assert.equal(p?.published?.id, v1.id);
    assert.equal(p?.open?.id, v2.id);
    assert.deepEqual(
      p?.versions.map((v) => [v.number, v.status]),
      [
        [2, 'draft'],
        [1, 'published'],
      ],
    );
  });

  it('lists the published manifest, for the catalogue and the workshop', async () => {
    for (const client of [teacher, workshop]) {
      const res = await client.get(url('/manifests'));
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), {
        items: [
          {
            hash: v1.manifestHash,
            profile: { band: 'cycle2', schoolYearCode: '2026-2027' },
            versionId: v1.id,
            versionNumber: 1,
            publishedAt: v1.publishedAt,
            packageCount: 2,
            label: 'Cycle 2 · 2026-2027 · v1',
          },
        ],
      });
    }
    assert.equal((await family.get(url('/manifests'))).statusCode, 403);
    const other = await makeProgramme(t.db.db);
    const outsider = await clientFor('admin', other);
    assert.equal((await outsider.get(url(`/manifests/${v1.manifestHash}`))).statusCode, 404);
  });

  it('serves a manifest whose hash is the hash of its content, and the same every time', async () => {
    const res = await workshop.get(url(`/manifests/${v1.manifestHash}`));
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json<{ hash: string; label: string; content: ImageManifestInput }>();
    assert.equal(body.hash, v1.manifestHash);
    assert.equal(manifestHash(body.content), v1.manifestHash);
    assert.deepEqual(body.content.packages, [
      { name: 'gcompris-qt', version: '3.1-2' },
      { name: 'tuxpaint', version: '1:0.9.28-sdl2-1' },
    ]);
    assert.deepEqual(
      body.content.contents.map((c) => c.fileName),
      ['vikidia_fr_all.zim'],
    );
    assert.deepEqual(body.content.childAccount, { username: 'eleve', fullName: 'Élève' });
    assert.deepEqual(
      body.content.menuEntries.map((m) => [m.id, m.exec ?? m.url]),
      [
        ['gcompris', 'gcompris-qt'],
        ['tux-paint', 'tuxpaint'],
        ['vikidia', 'https://fr.vikidia.org/'],
        ['vikidia-hors-ligne', 'file:///srv/cartable/content/vikidia_fr_all.zim'],
      ],
    );
    const found = await findPublishedManifest(t.db.db, programme.id, v1.manifestHash!);
    assert.equal(found?.versionId, v1.id);
    assert.equal(found?.label, 'Cycle 2 · 2026-2027 · v1');
    assert.equal(await findPublishedManifest(t.db.db, programme.id, 'f'.repeat(64)), undefined);
    const missing = await teacher.get(url(`/manifests/${'f'.repeat(64)}`));
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json<Problem>().code, 'CATALOGUE_MANIFEST_NOT_FOUND');
    assert.equal((await teacher.get(url('/manifests/not-a-hash'))).statusCode, 400);
  });

  it('downloads a script that bash reads and shellcheck finds nothing in', async () => {
    const res = await workshop.get(url(`/manifests/${v1.manifestHash}/script`));
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^text\/x-shellscript/);
    assert.match(String(res.headers['content-disposition']), /attachment; filename="cartable-cycle2-2026-2027-v1\.sh"/);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cartable-publish-')), 'provision.sh');
    writeFileSync(file, res.body);
    execFileSync('bash', ['-n', file]);
    assert.ok(res.body.includes(`MANIFEST_HASH='${v1.manifestHash}'`));
    assert.match(res.body, /apt-get install -y \\\n {2}gcompris-qt \\\n {2}tuxpaint\n/);
    assert.ok(res.body.includes(`fetch_checked 'https://download.kiwix.org/zim/vikidia_fr_all.zim'`));
    if (existsSync('/usr/bin/shellcheck') || process.env.CARTABLE_REQUIRE_SHELLCHECK) {
      const r = spawnSync('shellcheck', ['--shell=bash', '--severity=style', file], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
    }
  });

  it('downloads a playbook that is valid YAML with the expected tasks, and the package list', async () => {
    const res = await workshop.get(url(`/manifests/${v1.manifestHash}/playbook`));
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^application\/yaml/);
    type Task = Record<string, Record<string, unknown>>;
    const plays = parse(res.body) as { hosts: string; vars: Record<string, string>; tasks: Task[] }[];
    assert.equal(plays.length, 1);
    assert.equal(plays[0]!.vars.cartable_manifest_hash, v1.manifestHash);
    const tasks = plays[0]!.tasks;
    const apt = tasks.find((task) => task['ansible.builtin.apt']);
    assert.deepEqual(apt?.['ansible.builtin.apt']?.name, ['ca-certificates', 'curl', 'gcompris-qt', 'tuxpaint']);
    const download = tasks.find((task) => task['ansible.builtin.get_url']);
    assert.equal(download?.['ansible.builtin.get_url']?.checksum, `sha256:${SHA_B}`);
    assert.equal(tasks.find((task) => task['ansible.builtin.user'])?.['ansible.builtin.user']?.name, 'eleve');
    const menus = tasks.filter((task) => String(task['ansible.builtin.copy']?.dest ?? '').endsWith('.desktop'));
    assert.equal(menus.length, 4);

    const list = await workshop.get(url(`/manifests/${v1.manifestHash}/packages`));
    assert.equal(list.statusCode, 200);
    assert.match(String(list.headers['content-type']), /^text\/plain/);
    assert.equal(list.body, 'gcompris-qt\ntuxpaint\n');
  });

  it('refuses to serve recipes whose content no longer matches the hash', async () => {
    const row = await versionRow(v1.id);
    const content = JSON.parse(row.manifest!) as ImageManifestInput;
    content.packages.push({ name: 'vlc', version: '3.0.23-0+deb12u1' });
    await t.db.db
      .updateTable('catalogue_profile_versions')
      .set({ manifest: JSON.stringify(content) })
      .where('id', '=', v1.id)
      .execute();
    const res = await workshop.get(url(`/manifests/${v1.manifestHash}/script`));
    assert.equal(res.statusCode, 500);
    assert.ok(!res.body.includes('apt-get'));
  });
});
