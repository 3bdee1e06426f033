import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeTheme, makeVenue } from '../../../test/factories/venues.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('workshop themes over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let coordinatorA: TestClient;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const base = (p: Programme) => `/api/v1/programmes/${p.slug}`;
  const email = {
    code: 'email_basics',
    titles: { fr: 'Le courrier électronique', en: 'E-mail' },
    descriptions: { fr: 'Lire et envoyer un message.', en: 'Read and send a message.' },
    languages: ['fr', 'ar'],
  };

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db);
    b = await makeProgramme(t.db.db);
    coordinatorA = await clientFor(a.id, 'coordinator');
  });
  after(() => t.close());

  it('adds a theme after the last one, lists the catalogue in order, and changes it', async () => {
    const created = await coordinatorA.post(`${base(a)}/training-themes`, email);
    assert.equal(created.statusCode, 201, created.body);
    const theme = created.json();
    assert.deepEqual(
      [theme.code, theme.titles, theme.languages, theme.position, theme.active],
      ['email_basics', email.titles, ['fr', 'ar'], 0, true],
    );
    const second = await coordinatorA.post(`${base(a)}/training-themes`, {
      ...email,
      code: 'video_calls',
      titles: { fr: 'Appels vidéo' },
      descriptions: { fr: 'Appeler sa famille en vidéo.' },
    });
    assert.equal(second.statusCode, 201, second.body);
    assert.equal(second.json().position, 1);

    const moved = await coordinatorA.patch(`${base(a)}/training-themes/${second.json().id}`, { position: 0 });
    assert.equal(moved.statusCode, 200);
    const off = await coordinatorA.patch(`${base(a)}/training-themes/${theme.id}`, {
      active: false,
      position: 5,
      titles: { fr: 'E-mail : les bases', en: 'E-mail basics' },
    });
    assert.equal(off.statusCode, 200, off.body);
    assert.equal(off.json().titles.fr, 'E-mail : les bases');
    const all = await coordinatorA.get(`${base(a)}/training-themes`);
    assert.deepEqual(
      all.json().items.map((x: { code: string }) => x.code),
      ['video_calls', 'email_basics'],
    );
    const active = await coordinatorA.get(`${base(a)}/training-themes?active=true`);
    assert.deepEqual(
      active.json().items.map((x: { code: string }) => x.code),
      ['video_calls'],
    );
    const events = await t.db.db
      .selectFrom('audit_events')
      .select(['action'])
      .where('entity_type', '=', 'training_theme')
      .where('entity_id', '=', theme.id)
      .execute();
    assert.deepEqual(events.map((e) => e.action).sort(), ['created', 'updated']);
    // The code cannot change.
    const recode = await coordinatorA.patch(`${base(a)}/training-themes/${theme.id}`, { code: 'mail' });
    assert.equal(recode.statusCode, 400);
    assert.equal(recode.json().errors[0].field, 'body.code');
  });

  it('names the field of every wrong code, language or missing French text, and saves nothing', async () => {
    const cases: [Record<string, unknown>, string, string, number][] = [
      [{ code: 'Email' }, 'body.code', 'invalid_format', 400],
      [{ code: 'e' }, 'body.code', 'invalid_format', 400],
      [{ titles: { en: 'E-mail' } }, 'body.titles.fr', 'required', 400],
      [{ descriptions: { fr: '  ' } }, 'body.descriptions.fr', 'required', 400],
      [{ titles: { fr: 'Courriel', xx: 'Mail' } }, 'body.titles.xx', 'unknown_language', 400],
      [{ titles: { fr: 'Courriel', ar: 'بريد' } }, 'body.titles.ar', 'language_not_in_programme', 400],
      [{ languages: ['fr', 'klingon'] }, 'body.languages.1', 'unknown_language', 400],
      [{ languages: ['fr', 'qq'] }, 'body.languages.1', 'unknown_language', 400],
      [{ languages: ['fr', 'fr'] }, 'body.languages.1', 'language_twice', 400],
      [{ languages: [] }, 'body.languages', 'too_small', 400],
      [{ code: 'email_basics' }, 'body.code', 'theme_code_taken', 409],
    ];
    const before = await t.db.db.selectFrom('training_themes').select('id').where('programme_id', '=', a.id).execute();
    for (const [change, field, code, status] of cases) {
      const res = await coordinatorA.post(`${base(a)}/training-themes`, { ...email, code: 'new_theme', ...change });
      assert.equal(res.statusCode, status, `${JSON.stringify(change)} ${res.body}`);
      const error = res.json().errors.find((e: { field: string }) => e.field === field);
      assert.ok(error, `${field} in ${res.body}`);
      if (code !== 'invalid_format') assert.equal(error.code, code);
      assert.ok(error.message.length > 0);
    }
    const after = await t.db.db.selectFrom('training_themes').select('id').where('programme_id', '=', a.id).execute();
    assert.equal(after.length, before.length);

    const theme = await makeTheme(t.db.db, a.id);
    const patch = await coordinatorA.patch(`${base(a)}/training-themes/${theme.id}`, {
      titles: { en: 'Only English' },
    });
    assert.equal(patch.statusCode, 400);
    assert.equal(patch.json().errors[0].field, 'body.titles.fr');
    const english = await coordinatorA.get(`${base(a)}/training-themes`, { 'accept-language': 'en' });
    assert.equal(english.statusCode, 200);
    const refusedEn = await coordinatorA.request({
      method: 'POST',
      url: `${base(a)}/training-themes`,
      payload: { ...email, code: 'other', languages: ['zz'] },
      headers: { 'accept-language': 'en' },
    });
    assert.match(refusedEn.json().errors[0].message, /not known/);
  });

  it('lets venue staff read the catalogue but not change it; other roles without training or card rights get 403', async () => {
    const venue = await makeVenue(t.db.db, a.id);
    const staff = await clientFor(a.id, 'venue_staff', venue.id);
    const list = await staff.get(`${base(a)}/training-themes`);
    assert.equal(list.statusCode, 200);
    assert.ok(list.json().items.length >= 1);
    assert.equal((await staff.post(`${base(a)}/training-themes`, { ...email, code: 'staff_theme' })).statusCode, 403);
    const id = list.json().items[0].id;
    assert.equal((await staff.patch(`${base(a)}/training-themes/${id}`, { active: false })).statusCode, 403);
    const director = await clientFor(a.id, 'school_director', (await makeOrganisation(t.db.db, a.id)).id);
    assert.equal((await director.get(`${base(a)}/training-themes`)).statusCode, 403);
  });

  it('answers 404 to another programme and changes nothing there', async () => {
    const theme = await makeTheme(t.db.db, a.id, { code: 'only_in_a' });
    const coordinatorB = await clientFor(b.id, 'coordinator');
    assert.deepEqual((await coordinatorB.get(`${base(b)}/training-themes`)).json().items, []);
    const patch = await coordinatorB.patch(`${base(b)}/training-themes/${theme.id}`, { active: false });
    assert.equal(patch.statusCode, 404);
    assert.equal(patch.json().code, 'THEME_NOT_FOUND');
    assert.equal((await coordinatorB.get(`${base(a)}/training-themes`)).statusCode, 404);
    // The same code is free in another programme.
    assert.equal(
      (await coordinatorB.post(`${base(b)}/training-themes`, { ...email, code: 'only_in_a', languages: ['fr'] }))
        .statusCode,
      201,
    );
    const row = await t.db.db
      .selectFrom('training_themes')
      .select('active')
      .where('id', '=', theme.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.active, 1);
  });
});
