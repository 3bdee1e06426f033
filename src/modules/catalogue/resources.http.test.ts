import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeResource } from '../../../test/factories/catalogue.js';
import { makeSchoolYear } from '../../../test/factories/households.js';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';
import { addResourceToVersion, openDraft } from './profile-drafts.js';

type FieldError = { field: string; code: string; message: string };

const software = {
  kind: 'software',
  title: 'GCompris',
  description: 'Plus de cent activités pour apprendre à lire, compter et utiliser la souris.',
  subjects: ['french', 'maths'],
  grades: ['CP', 'CE1', 'CE2'],
  languages: ['fr'],
  licence: 'GPL-3.0-or-later',
  minRamMb: 2048,
  packages: ['gcompris-qt'],
  launchCommand: 'gcompris-qt',
};
const web = {
  kind: 'web',
  title: 'Vikidia',
  description: 'L’encyclopédie des 8-13 ans.',
  subjects: ['reference'],
  grades: ['CM1', 'CM2'],
  languages: ['fr'],
  licence: 'CC-BY-SA-3.0',
  webUrl: 'https://fr.vikidia.org/',
};
const content = {
  kind: 'content',
  title: 'Wikipédia hors ligne',
  description: 'Wikipédia sans connexion, lue avec Kiwix.',
  subjects: ['reference'],
  grades: ['CM1', 'CM2'],
  languages: ['fr'],
  licence: 'CC-BY-SA-4.0',
  content: {
    fileName: 'wikipedia_fr_all_nopic.zim',
    url: 'https://download.kiwix.org/zim/wikipedia/wikipedia_fr_all_nopic.zim',
    sha256: 'a'.repeat(64),
    bytes: 4_100_000_000,
  },
};

describe('catalogue resources over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let managerA: TestClient;
  let teacherA: TestClient;
  let managerB: TestClient;

  async function clientFor(programmeId: string, role: Role) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, path = '') => `/api/v1/programmes/${p.slug}/catalogue/resources${path}`;
  const resourceCount = async () =>
    (await t.db.db.selectFrom('catalogue_resources').select('id').where('programme_id', '=', a.id).execute()).length;
  const rowOf = (id: string) =>
    t.db.db.selectFrom('catalogue_resources').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  /** Posts a bad body: 400, the expected field errors, and no resource created. */
  async function refused(body: unknown, expected: { field: string; code: string }[], lang?: 'en') {
    const before = await resourceCount();
    const res = await managerA.request({
      method: 'POST',
      url: url(a),
      payload: body as object,
      ...(lang ? { headers: { 'accept-language': lang } } : {}),
    });
    assert.equal(res.statusCode, 400, res.body);
    const problem = res.json() as { code: string; errors: FieldError[] };
    assert.equal(problem.code, 'VALIDATION_FAILED');
    for (const e of expected) {
      const found = problem.errors.find((x) => x.field === e.field);
      assert.ok(found, `${e.field} in ${JSON.stringify(problem.errors)}`);
      assert.equal(found.code, e.code, JSON.stringify(found));
      assert.ok(found.message.length > 10);
    }
    assert.equal(await resourceCount(), before);
    return problem.errors;
  }

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db);
    b = await makeProgramme(t.db.db);
    managerA = await clientFor(a.id, 'coordinator');
    teacherA = await clientFor(a.id, 'teacher');
    managerB = await clientFor(b.id, 'coordinator');
  });
  after(() => t.close());

  it('creates a software, a web and an offline content resource, accepted, proposed by the person', async () => {
    const res = await managerA.post(url(a), software);
    assert.equal(res.statusCode, 201, res.body);
    const r = res.json();
    assert.equal(r.status, 'accepted');
    assert.deepEqual(r.packages, ['gcompris-qt']);
    assert.equal(r.launchCommand, 'gcompris-qt');
    assert.equal(r.minRamMb, 2048);
    assert.equal(r.minDiskMb, null);
    assert.equal(r.content, null);
    assert.equal(r.webUrl, null);
    assert.match(r.proposedBy, /@example\.test$/);
    // Read back, the plain words a teacher sees: description, languages, licence.
    const read = await teacherA.get(url(a, `/${r.id}`));
    assert.equal(read.statusCode, 200, read.body);
    assert.deepEqual(
      [read.json().description, read.json().languages, read.json().licence],
      [software.description, ['fr'], 'GPL-3.0-or-later'],
    );

    const w = await managerA.post(url(a), web);
    assert.equal(w.statusCode, 201, w.body);
    assert.equal(w.json().webUrl, 'https://fr.vikidia.org/');
    assert.deepEqual(w.json().packages, []);

    const c = await managerA.post(url(a), { ...content, content: { ...content.content, sha256: 'A'.repeat(64) } });
    assert.equal(c.statusCode, 201, c.body);
    assert.deepEqual(c.json().content, { ...content.content, verifiedAt: null });
    const readContent = (await teacherA.get(url(a, `/${c.json().id}`))).json();
    assert.deepEqual(
      [readContent.description, readContent.languages, readContent.licence],
      [content.description, ['fr'], 'CC-BY-SA-4.0'],
    );

    const audit = await t.db.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_type', '=', 'catalogue_resource')
      .where('entity_id', '=', r.id)
      .execute();
    assert.deepEqual(
      audit.map((e) => e.action),
      ['created'],
    );
  });

  it('refuses Debian package names with forbidden characters, naming the package and its index', async () => {
    await refused({ ...software, packages: ['tuxpaint', 'gcompris_qt'] }, [
      { field: 'body.packages.1', code: 'forbidden_character' },
    ]);
    const errors = await refused({ ...software, packages: ['Tux Paint'] }, [
      { field: 'body.packages.0', code: 'bad_first_character' },
    ]);
    assert.match(errors[0]!.message, /Tux Paint/);
    await refused({ ...software, packages: ['-x'] }, [{ field: 'body.packages.0', code: 'bad_first_character' }]);
    await refused({ ...software, packages: ['tux paint'] }, [
      { field: 'body.packages.0', code: 'forbidden_character' },
    ]);
    await refused({ ...software, packages: ['gcompris-qt;rm'] }, [
      { field: 'body.packages.0', code: 'forbidden_character' },
    ]);
    await refused({ ...software, packages: ['x'] }, [{ field: 'body.packages.0', code: 'too_short' }]);
    await refused({ ...software, packages: ['tuxmath', 'tuxmath'] }, [{ field: 'body.packages.1', code: 'duplicate' }]);
    await refused({ ...software, packages: [] }, [{ field: 'body.packages', code: 'required_for_kind' }]);
    await refused({ ...software, packages: Array.from({ length: 21 }, (_, i) => `paquet${i}`) }, [
      { field: 'body.packages', code: 'too_big' },
    ]);
    const en = await refused(
      { ...software, packages: ['gcompris_qt'] },
      [{ field: 'body.packages.0', code: 'forbidden_character' }],
      'en',
    );
    assert.match(en[0]!.message, /lower-case letters.*“gcompris_qt”/);
  });

  it('refuses a menu command with shell characters', async () => {
    for (const launchCommand of ['gcompris-qt; rm -rf /', 'gcompris-qt $(id)', 'Gcompris', 'a && b']) {
      await refused({ ...software, launchCommand }, [{ field: 'body.launchCommand', code: 'invalid_command' }]);
    }
  });

  it('refuses a web address that is not http(s): javascript:, data:, ftp://, file:', async () => {
    for (const webUrl of [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://ftp.example.org/file',
      'file:///etc/passwd',
    ]) {
      const errors = await refused({ ...web, webUrl }, [{ field: 'body.webUrl', code: 'url_not_http' }]);
      assert.match(errors[0]!.message, /http:\/\/ ou https:\/\//);
    }
    await refused({ ...web, webUrl: 'fr.vikidia.org' }, [{ field: 'body.webUrl', code: 'invalid_url' }]);
    await refused({ ...web, webUrl: 'https://fr.vikidia.org/"onload' }, [
      { field: 'body.webUrl', code: 'invalid_url' },
    ]);
    await refused({ ...content, content: { ...content.content, url: 'javascript:alert(1)' } }, [
      { field: 'body.content.url', code: 'url_not_http' },
    ]);
  });

  it('refuses a bad content file: name, checksum, size', async () => {
    await refused(
      { ...content, content: { ...content.content, fileName: '../../etc/passwd', sha256: 'xyz', bytes: 0 } },
      [
        { field: 'body.content.fileName', code: 'invalid_file_name' },
        { field: 'body.content.sha256', code: 'invalid_sha256' },
        { field: 'body.content.bytes', code: 'too_small' },
      ],
    );
  });

  it('refuses kind-specific fields on the wrong kind, and a missing field of the kind', async () => {
    await refused({ ...web, packages: ['gcompris-qt'] }, [{ field: 'body.packages', code: 'not_for_kind' }]);
    await refused({ ...web, launchCommand: 'firefox-esr' }, [{ field: 'body.launchCommand', code: 'not_for_kind' }]);
    await refused({ ...software, webUrl: 'https://example.org/' }, [{ field: 'body.webUrl', code: 'not_for_kind' }]);
    await refused({ ...software, content: content.content }, [{ field: 'body.content', code: 'not_for_kind' }]);
    await refused({ ...content, webUrl: 'https://example.org/' }, [{ field: 'body.webUrl', code: 'not_for_kind' }]);
    const { content: _c, ...noFile } = content;
    await refused(noFile, [{ field: 'body.content', code: 'required_for_kind' }]);
    const { webUrl: _w, ...noUrl } = web;
    const errors = await refused(noUrl, [{ field: 'body.webUrl', code: 'required_for_kind' }]);
    assert.match(errors[0]!.message, /site web/);
  });

  it('refuses unknown subject and grade codes, unknown fields, empty lists', async () => {
    await refused({ ...software, subjects: ['maths', 'cooking'] }, [
      { field: 'body.subjects.1', code: 'invalid_value' },
    ]);
    await refused({ ...software, grades: ['CP', '6e'] }, [{ field: 'body.grades.1', code: 'invalid_value' }]);
    await refused({ ...software, grades: ['cp'] }, [{ field: 'body.grades.0', code: 'invalid_value' }]);
    await refused({ ...software, grades: ['CP', 'CP'] }, [{ field: 'body.grades.1', code: 'duplicate' }]);
    await refused({ ...software, subjects: [] }, [{ field: 'body.subjects', code: 'too_small' }]);
    await refused({ ...software, languages: ['français'] }, [{ field: 'body.languages.0', code: 'invalid_format' }]);
    await refused({ ...software, status: 'accepted' }, [{ field: 'body.status', code: 'unknown_field' }]);
    await refused({ ...software, title: '  ' }, [{ field: 'body.title', code: 'too_small' }]);
  });

  it('lists accepted resources by default, sorted by title, filtered by grade, subject, kind and words', async () => {
    const p = await makeProgramme(t.db.db);
    const reader = await clientFor(p.id, 'teacher');
    await makeResource(t.db.db, p.id, { title: 'TuxMath', gradeCodes: ['CE1', 'CE2'], subjectCodes: ['maths'] });
    await makeResource(t.db.db, p.id, {
      title: 'Klavaro',
      gradeCodes: ['CM1'],
      subjectCodes: ['typing'],
      description: 'Apprendre à taper au clavier (dactylographie) sans regarder.',
    });
    await makeResource(t.db.db, p.id, { title: 'ChildsPlay', status: 'proposed', packageNames: ['childsplay'] });
    await makeResource(t.db.db, p.id, { title: 'Vikidia', kind: 'web', gradeCodes: ['CM1', 'CM2'] });
    const titles = async (query: string) => {
      const res = await reader.get(`${url(p)}${query}`);
      assert.equal(res.statusCode, 200, res.body);
      return (res.json().items as { title: string }[]).map((i) => i.title);
    };
    assert.deepEqual(await titles(''), ['Klavaro', 'TuxMath', 'Vikidia']);
    assert.deepEqual(await titles('?grade=CE1'), ['TuxMath']);
    assert.deepEqual(await titles('?grade=CM1'), ['Klavaro', 'Vikidia']);
    assert.deepEqual(await titles('?subject=typing'), ['Klavaro']);
    assert.deepEqual(await titles('?kind=web'), ['Vikidia']);
    assert.deepEqual(await titles('?q=CLAVIER'), ['Klavaro']);
    assert.deepEqual(await titles('?q=tux'), ['TuxMath']);
    assert.deepEqual(await titles('?q=100%25'), []);
    assert.deepEqual(await titles('?status=proposed'), ['ChildsPlay']);
    const bad = await reader.get(`${url(p)}?grade=6e`);
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'query.grade');
  });

  it('shows a resource with the profile versions holding it', async () => {
    const r = await makeResource(t.db.db, a.id, { title: 'Stellarium', packageNames: ['stellarium'] });
    const year = await makeSchoolYear(t.db.db, a.id, '2026-2027');
    const { version } = await t.db.db.transaction().execute((trx) => openDraft(trx, a.id, 'cycle3', year.id));
    await t.db.db.transaction().execute((trx) => addResourceToVersion(trx, a.id, version, r.id, null));
    const res = await teacherA.get(url(a, `/${r.id}`));
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().title, 'Stellarium');
    assert.deepEqual(res.json().inVersions, [
      {
        versionId: version.id,
        profileId: version.profile_id,
        band: 'cycle3',
        schoolYearCode: '2026-2027',
        number: 1,
        status: 'draft',
      },
    ]);
    const unknown = await teacherA.get(url(a, '/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'));
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'CATALOGUE_RESOURCE_NOT_FOUND');
  });

  it('changes a resource; a changed file is no longer verified; the kind rules apply to the result', async () => {
    const created = (await managerA.post(url(a), content)).json();
    await t.db.db
      .updateTable('catalogue_resources')
      .set({ content_verified_at: new Date().toISOString() })
      .where('id', '=', created.id)
      .execute();
    const retitled = await managerA.patch(url(a, `/${created.id}`), { title: 'Wikipédia (sans images)' });
    assert.equal(retitled.statusCode, 200, retitled.body);
    assert.equal(retitled.json().title, 'Wikipédia (sans images)');
    assert.notEqual(retitled.json().content.verifiedAt, null, 'a new title keeps the check');

    const refile = await managerA.patch(url(a, `/${created.id}`), {
      content: { ...content.content, sha256: 'b'.repeat(64) },
    });
    assert.equal(refile.statusCode, 200, refile.body);
    assert.equal(refile.json().content.sha256, 'b'.repeat(64));
    assert.equal(refile.json().content.verifiedAt, null);

    const before = await rowOf(created.id);
    for (const [patch, field, code] of [
      [{ packages: ['kiwix'] }, 'body.packages', 'not_for_kind'],
      [{ webUrl: 'https://example.org/' }, 'body.webUrl', 'not_for_kind'],
      [{ content: null }, 'body.content', 'required_for_kind'],
      [{ kind: 'web' }, 'body.webUrl', 'required_for_kind'],
      [{ kind: 'software', packages: ['Kiwix Desktop'] }, 'body.packages.0', 'bad_first_character'],
      [{ webUrl: 'javascript:alert(1)' }, 'body.webUrl', 'url_not_http'],
      [{}, 'body', 'empty'],
    ] as const) {
      const res = await managerA.patch(url(a, `/${created.id}`), patch);
      assert.equal(res.statusCode, 400, `${JSON.stringify(patch)} ${res.body}`);
      assert.ok(
        (res.json().errors as FieldError[]).some((e) => e.field === field && e.code === code),
        `${JSON.stringify(patch)} → ${res.body}`,
      );
    }
    assert.deepEqual(await rowOf(created.id), before, 'nothing changed');

    const toWeb = await managerA.patch(url(a, `/${created.id}`), { kind: 'web', webUrl: 'https://fr.wikipedia.org/' });
    assert.equal(toWeb.statusCode, 200, toWeb.body);
    assert.equal(toWeb.json().content, null);
    assert.equal(toWeb.json().webUrl, 'https://fr.wikipedia.org/');
  });

  it('edits a resource of a published version (the version keeps its snapshot)', async () => {
    const r = await makeResource(t.db.db, a.id, { title: 'Tux Paint', packageNames: ['tuxpaint'] });
    const year = await makeSchoolYear(t.db.db, a.id, '2025-2026');
    const { version } = await t.db.db.transaction().execute((trx) => openDraft(trx, a.id, 'cycle2', year.id));
    await t.db.db.transaction().execute((trx) => addResourceToVersion(trx, a.id, version, r.id, null));
    await t.db.db
      .updateTable('catalogue_profile_versions')
      .set({ status: 'published', published_at: new Date().toISOString() })
      .where('id', '=', version.id)
      .execute();
    const res = await managerA.patch(url(a, `/${r.id}`), { minRamMb: 1024, packages: ['tuxpaint', 'tuxpaint-stamps'] });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().packages, ['tuxpaint', 'tuxpaint-stamps']);
    assert.equal(res.json().minRamMb, 1024);
    const detail = (await teacherA.get(url(a, `/${r.id}`))).json();
    assert.equal(detail.inVersions[0].status, 'published');
  });

  it('lets a teacher read but not create, change or verify (403)', async () => {
    const r = await makeResource(t.db.db, a.id, { title: 'KGeography', packageNames: ['kgeography'] });
    assert.equal((await teacherA.get(url(a))).statusCode, 200);
    assert.equal((await teacherA.get(url(a, `/${r.id}`))).statusCode, 200);
    const before = await resourceCount();
    const create = await teacherA.post(url(a), software);
    assert.equal(create.statusCode, 403);
    assert.equal(create.json().code, 'FORBIDDEN');
    assert.equal((await teacherA.patch(url(a, `/${r.id}`), { title: 'Autre' })).statusCode, 403);
    assert.equal((await teacherA.post(url(a, `/${r.id}/verify-content`))).statusCode, 403);
    assert.equal(await resourceCount(), before);
    assert.equal((await rowOf(r.id)).title, 'KGeography');
  });

  it('hides another programme’s resources: 404, nothing listed, nothing changed', async () => {
    const r = await makeResource(t.db.db, a.id, { title: 'LibreOffice Writer', packageNames: ['libreoffice-writer'] });
    const viaB = await managerB.get(url(b, `/${r.id}`));
    assert.equal(viaB.statusCode, 404);
    assert.equal(viaB.json().code, 'CATALOGUE_RESOURCE_NOT_FOUND');
    assert.equal((await managerB.get(url(a, `/${r.id}`))).json().code, 'PROGRAMME_NOT_FOUND');
    assert.equal((await managerB.post(url(a), software)).statusCode, 404);
    const patch = await managerB.patch(url(b, `/${r.id}`), { title: 'Piraté' });
    assert.equal(patch.statusCode, 404);
    assert.equal((await managerB.post(url(b, `/${r.id}/verify-content`))).statusCode, 404);
    const listB = (await managerB.get(url(b))).json();
    assert.ok(!listB.items.some((i: { id: string }) => i.id === r.id));
    assert.equal((await rowOf(r.id)).title, 'LibreOffice Writer');
  });
});
