import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { TestClient, type TestApp, TEST_ORIGIN, buildTestApp } from '../../../test/helpers/app.js';

describe('invitations and the people of a programme', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  async function adminOf(programmeId: string) {
    const admin = await makeUser(t.db.db, { grants: [{ programmeId, role: 'admin' }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, admin);
    return { admin, client };
  }

  function invitationToken(text: string): string {
    const match = text.match(/\/accept-invitation\?token=([\w-]+)/);
    assert.ok(match, 'the mail holds an invitation link');
    return match[1]!;
  }

  it('invites a new director end to end: account, role, mail, accepted link signs her in, second use 410', async () => {
    const p = await makeProgramme(t.db.db, { name: 'Grand Besançon' });
    const school = await makeOrganisation(t.db.db, p.id, { kind: 'school', name: 'École Rivotte' });
    const { client } = await adminOf(p.id);

    const res = await client.post(`/api/v1/programmes/${p.slug}/invitations`, {
      email: ' Nadia.Benali@Example.test ',
      displayName: 'Nadia Benali',
      role: 'school_director',
      organisationId: school.id,
    });
    assert.equal(res.statusCode, 201);
    const body = res.json();
    assert.equal(body.user.email, 'nadia.benali@example.test');
    assert.equal(body.user.displayName, 'Nadia Benali');
    assert.equal(body.role, 'school_director');
    assert.equal(body.organisationId, school.id);

    const user = await t.db.db.selectFrom('users').selectAll().where('id', '=', body.user.id).executeTakeFirstOrThrow();
    assert.equal(user.password_hash, null);
    const mail = await t.db.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', 'nadia.benali@example.test')
      .executeTakeFirstOrThrow();
    assert.equal(mail.template, 'invitation');
    assert.equal(mail.programme_id, p.id);
    assert.equal(mail.subject, 'Cartable : vous êtes invité(e) dans Grand Besançon');
    assert.ok(mail.body_text.includes('direction d’école'));
    assert.ok(mail.body_text.includes(`${TEST_ORIGIN}/accept-invitation?token=`));
    const token = invitationToken(mail.body_text);
    const stored = await t.db.db
      .selectFrom('one_time_tokens')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.equal(stored.purpose, 'invitation');
    assert.equal(Date.parse(stored.expires_at) - Date.parse(stored.created_at), 7 * 24 * 3600_000);

    const invited = new TestClient(t.app);
    const weak = await invited.post('/api/v1/auth/invitations/accept', { token, password: 'short' });
    assert.equal(weak.statusCode, 422);
    assert.equal(weak.json().errors[0].field, 'body.password');

    const accepted = await invited.post('/api/v1/auth/invitations/accept', {
      token,
      password: 'Tilleul-Bleu-Horizon-3',
      displayName: 'Nadia B.',
    });
    assert.equal(accepted.statusCode, 200);
    assert.equal(accepted.json().user.displayName, 'Nadia B.');
    assert.deepEqual(accepted.json().programmes[0].roles, [
      { role: 'school_director', organisation: { id: school.id, name: 'École Rivotte', kind: 'school' } },
    ]);
    assert.equal((await invited.get('/api/v1/me')).statusCode, 200, 'the answer set a session cookie');

    const again = await new TestClient(t.app).post('/api/v1/auth/invitations/accept', {
      token,
      password: 'Another-Good-One-44',
    });
    assert.equal(again.statusCode, 410);
    assert.equal(again.json().code, 'LINK_INVALID_OR_EXPIRED');

    const audit = await t.db.db
      .selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('programme_id', '=', p.id)
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      audit.map((e) => e.action),
      ['created', 'created', 'role_granted', 'invitation_accepted'],
    );
    assert.ok(!audit.some((e) => e.summary.includes(token) || e.summary.includes('Tilleul')));
  });

  it('checks the role against the organisation', async () => {
    const p = await makeProgramme(t.db.db);
    const other = await makeProgramme(t.db.db);
    const workshop = await makeOrganisation(t.db.db, p.id, { kind: 'workshop' });
    const foreignSchool = await makeOrganisation(t.db.db, other.id, { kind: 'school' });
    const { client } = await adminOf(p.id);
    const invite = (extra: Record<string, unknown>) =>
      client.post(`/api/v1/programmes/${p.slug}/invitations`, {
        email: 'someone@example.test',
        displayName: 'Someone',
        ...extra,
      });

    const missing = await invite({ role: 'school_director' });
    assert.equal(missing.statusCode, 422);
    assert.equal(missing.json().code, 'ROLE_NEEDS_ORGANISATION');
    assert.equal(missing.json().errors[0].field, 'body.organisationId');

    const wrongKind = await invite({ role: 'school_director', organisationId: workshop.id });
    assert.equal(wrongKind.statusCode, 422);
    assert.equal(wrongKind.json().code, 'ROLE_ORGANISATION_KIND_MISMATCH');

    const notAttachable = await invite({ role: 'coordinator', organisationId: workshop.id });
    assert.equal(notAttachable.json().code, 'ROLE_ORGANISATION_KIND_MISMATCH');

    const foreign = await invite({ role: 'school_director', organisationId: foreignSchool.id });
    assert.equal(foreign.statusCode, 404);
    assert.equal(foreign.json().code, 'ORGANISATION_NOT_FOUND');

    const unknownRole = await invite({ role: 'superuser' });
    assert.equal(unknownRole.statusCode, 400);
    assert.equal(unknownRole.json().errors[0].field, 'body.role');

    const extra = await invite({ role: 'teacher', programmeId: other.id });
    assert.equal(extra.statusCode, 400);
    assert.equal(extra.json().errors[0].code, 'unknown_field');

    assert.equal(
      await t.db.db.selectFrom('users').select('id').where('email', '=', 'someone@example.test').executeTakeFirst(),
      undefined,
    );
  });

  it('keeps programmes apart and keeps admin rights for admins', async () => {
    const a = await makeProgramme(t.db.db);
    const b = await makeProgramme(t.db.db);
    const school = await makeOrganisation(t.db.db, a.id, { kind: 'school' });
    const coordinatorB = await makeUser(t.db.db, { grants: [{ programmeId: b.id, role: 'coordinator' }] });
    const coordinatorA = await makeUser(t.db.db, { grants: [{ programmeId: a.id, role: 'coordinator' }] });
    const director = await makeUser(t.db.db, {
      grants: [{ programmeId: a.id, role: 'school_director', organisationId: school.id }],
    });
    const body = { email: 'new.person@example.test', displayName: 'New Person', role: 'teacher' };

    const fromB = new TestClient(t.app);
    await signIn(fromB, t.db.db, coordinatorB);
    const crossing = await fromB.post(`/api/v1/programmes/${a.slug}/invitations`, body);
    assert.equal(crossing.statusCode, 404);
    assert.equal(crossing.json().code, 'PROGRAMME_NOT_FOUND');
    assert.equal((await fromB.get(`/api/v1/programmes/${a.slug}/users`)).statusCode, 404);

    const asDirector = new TestClient(t.app);
    await signIn(asDirector, t.db.db, director);
    const byDirector = await asDirector.post(`/api/v1/programmes/${a.slug}/invitations`, {
      ...body,
      organisationId: school.id,
    });
    assert.equal(byDirector.statusCode, 403);
    assert.equal(byDirector.json().code, 'FORBIDDEN');

    const asCoordinator = new TestClient(t.app);
    await signIn(asCoordinator, t.db.db, coordinatorA);
    const adminGrant = await asCoordinator.post(`/api/v1/programmes/${a.slug}/invitations`, { ...body, role: 'admin' });
    assert.equal(adminGrant.statusCode, 403);
    assert.equal(
      await t.db.db.selectFrom('users').select('id').where('email', '=', body.email).executeTakeFirst(),
      undefined,
    );

    const ok = await asCoordinator.post(`/api/v1/programmes/${a.slug}/invitations`, body);
    assert.equal(ok.statusCode, 201);
    const duplicate = await asCoordinator.post(`/api/v1/programmes/${a.slug}/invitations`, body);
    assert.equal(duplicate.statusCode, 409);
    assert.equal(duplicate.json().code, 'ROLE_ALREADY_ASSIGNED');
  });

  it('mails a notice without a link to a person who already has a password', async () => {
    const p = await makeProgramme(t.db.db, { name: 'Dakar' });
    const other = await makeProgramme(t.db.db);
    const existing = await makeUser(t.db.db, { grants: [{ programmeId: other.id, role: 'teacher' }] });
    const { client } = await adminOf(p.id);
    const res = await client.post(`/api/v1/programmes/${p.slug}/invitations`, {
      email: existing.email,
      displayName: 'Ignored',
      role: 'coordinator',
    });
    assert.equal(res.statusCode, 201);
    assert.equal(res.json().user.id, existing.id);
    const mail = await t.db.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', existing.email)
      .executeTakeFirstOrThrow();
    assert.equal(mail.template, 'role_notice');
    assert.equal(mail.subject, 'Cartable : nouveau rôle dans Dakar');
    assert.ok(!mail.body_text.includes('token='));
    assert.equal(
      await t.db.db.selectFrom('one_time_tokens').select('id').where('user_id', '=', existing.id).executeTakeFirst(),
      undefined,
    );
  });

  it('lists the people with only this programme’s roles, removes roles, and never removes the last admin', async () => {
    const a = await makeProgramme(t.db.db);
    const b = await makeProgramme(t.db.db);
    const venue = await makeOrganisation(t.db.db, a.id, { kind: 'venue', name: 'Médiathèque Pierre-Bayle' });
    const { admin, client } = await adminOf(a.id);
    const both = await makeUser(t.db.db, {
      displayName: 'Both Programmes',
      grants: [
        { programmeId: a.id, role: 'coordinator' },
        { programmeId: a.id, role: 'venue_staff', organisationId: venue.id },
        { programmeId: b.id, role: 'admin' },
      ],
    });

    const list = await client.get(`/api/v1/programmes/${a.slug}/users`);
    assert.equal(list.statusCode, 200);
    const person = list.json().items.find((i: { id: string }) => i.id === both.id);
    assert.equal(person.disabled, false);
    assert.deepEqual(
      person.roles.map((r: { role: string; organisation: { name: string } | null }) => [
        r.role,
        r.organisation?.name ?? null,
      ]),
      [
        ['coordinator', null],
        ['venue_staff', 'Médiathèque Pierre-Bayle'],
      ],
    );
    assert.ok(list.json().items.some((i: { id: string }) => i.id === admin.id));

    // The coordinator is signed in; once the role is gone, their next request sees it.
    const bothClient = new TestClient(t.app);
    await signIn(bothClient, t.db.db, both);
    assert.equal((await bothClient.get(`/api/v1/programmes/${a.slug}/users`)).statusCode, 200);
    const coordinatorRole = person.roles.find((r: { role: string }) => r.role === 'coordinator');
    const removed = await client.delete(
      `/api/v1/programmes/${a.slug}/role-assignments/${coordinatorRole.assignmentId}`,
    );
    assert.equal(removed.statusCode, 204);
    const after = await bothClient.get(`/api/v1/programmes/${a.slug}/users`);
    assert.equal(after.statusCode, 403, 'still a venue staff member of A, no longer allowed to list people');
    assert.equal((await bothClient.get('/api/v1/me')).statusCode, 200, 'the session itself stays');

    const adminRole = (await client.get(`/api/v1/programmes/${a.slug}/users`))
      .json()
      .items.find((i: { id: string }) => i.id === admin.id).roles[0];
    const lastAdmin = await client.delete(`/api/v1/programmes/${a.slug}/role-assignments/${adminRole.assignmentId}`);
    assert.equal(lastAdmin.statusCode, 422);
    assert.equal(lastAdmin.json().code, 'LAST_ADMIN');

    const bAdminRole = await t.db.db
      .selectFrom('role_assignments')
      .select('id')
      .where('programme_id', '=', b.id)
      .where('user_id', '=', both.id)
      .executeTakeFirstOrThrow();
    const crossing = await client.delete(`/api/v1/programmes/${a.slug}/role-assignments/${bAdminRole.id}`);
    assert.equal(crossing.statusCode, 404);
    assert.equal(crossing.json().code, 'ROLE_ASSIGNMENT_NOT_FOUND');
    assert.ok(
      await t.db.db.selectFrom('role_assignments').select('id').where('id', '=', bAdminRole.id).executeTakeFirst(),
    );

    const audit = await t.db.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id'])
      .where('programme_id', '=', a.id)
      .execute();
    assert.ok(audit.some((e) => e.action === 'role_revoked' && e.entity_id === coordinatorRole.assignmentId));
  });

  it('lets an admin remove another admin but not a coordinator', async () => {
    const p = await makeProgramme(t.db.db);
    const { client } = await adminOf(p.id);
    const second = await makeUser(t.db.db, { grants: [{ programmeId: p.id, role: 'admin' }] });
    const coordinator = await makeUser(t.db.db, { grants: [{ programmeId: p.id, role: 'coordinator' }] });
    const secondRole = await t.db.db
      .selectFrom('role_assignments')
      .select('id')
      .where('user_id', '=', second.id)
      .executeTakeFirstOrThrow();

    const asCoordinator = new TestClient(t.app);
    await signIn(asCoordinator, t.db.db, coordinator);
    const refused = await asCoordinator.delete(`/api/v1/programmes/${p.slug}/role-assignments/${secondRole.id}`);
    assert.equal(refused.statusCode, 403);

    const ok = await client.delete(`/api/v1/programmes/${p.slug}/role-assignments/${secondRole.id}`);
    assert.equal(ok.statusCode, 204);
  });
});
