import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cliActor } from '../../platform/auth/actor.js';
import { verifyPassword } from '../../platform/auth/password.js';
import type { Role } from '../../platform/auth/roles.js';
import { verifyAuditTrail } from '../../platform/audit/audit.js';
import { AppError } from '../../platform/errors.js';
import { makeOrganisation, makeProgramme } from '../../../test/factories.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { createApiToken } from './api-tokens.service.js';
import { actorFromApiToken } from './sessions.service.js';
import { addUser } from './users.service.js';

function hasCode(code: string) {
  return (e: unknown) => e instanceof AppError && e.code === code;
}

describe('account services used by the command line', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
  });
  after(() => db.drop());

  it('adds a person with a password, then a second role to the same person', async () => {
    const p = await makeProgramme(db.db);
    const workshop = await makeOrganisation(db.db, p.id, { kind: 'workshop' });
    const first = await db.db.transaction().execute((trx) =>
      addUser(trx, cliActor, {
        programmeId: p.id,
        email: ' Admin@Example.test',
        role: 'admin',
        password: 'Granite-Soleil-Nuage-5',
      }),
    );
    assert.equal(first.created, true);
    const user = await db.db.selectFrom('users').selectAll().where('id', '=', first.userId).executeTakeFirstOrThrow();
    assert.equal(user.email, 'admin@example.test');
    assert.equal(user.display_name, 'admin');
    assert.ok(user.password_hash && (await verifyPassword('Granite-Soleil-Nuage-5', user.password_hash)));

    const second = await db.db.transaction().execute((trx) =>
      addUser(trx, cliActor, {
        programmeId: p.id,
        email: 'admin@example.test',
        role: 'workshop_supervisor',
        organisationId: workshop.id,
      }),
    );
    assert.deepEqual([second.userId, second.created], [first.userId, false]);
    const roles = await db.db
      .selectFrom('role_assignments')
      .select('role')
      .where('user_id', '=', first.userId)
      .orderBy('role')
      .execute();
    assert.deepEqual(
      roles.map((r) => r.role),
      ['admin', 'workshop_supervisor'],
    );

    await assert.rejects(
      db.db
        .transaction()
        .execute((trx) => addUser(trx, cliActor, { programmeId: p.id, email: 'admin@example.test', role: 'admin' })),
      hasCode('ROLE_ALREADY_ASSIGNED'),
    );
    const events = await db.db
      .selectFrom('audit_events')
      .select(['action', 'actor_label', 'summary'])
      .where('programme_id', '=', p.id)
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ['created', 'created', 'role_granted', 'role_granted'],
    );
    assert.equal(events[1]!.actor_label, 'cli');
    assert.ok(!events.some((e) => e.summary.includes('Granite')));
    assert.deepEqual((await verifyAuditTrail(db.db)).problems, []);
  });

  it('refuses an unknown role, a weak password and a role without its organisation, changing nothing', async () => {
    const p = await makeProgramme(db.db);
    const attempt = (input: { role: string; password?: string }) =>
      db.db
        .transaction()
        .execute((trx) =>
          addUser(trx, cliActor, { programmeId: p.id, email: 'nope@example.test', ...input, role: input.role as Role }),
        );
    await assert.rejects(
      attempt({ role: 'superuser' }),
      (e: unknown) =>
        e instanceof AppError && e.code === 'VALIDATION_FAILED' && e.options.fields?.[0]?.field === 'body.role',
    );
    await assert.rejects(attempt({ role: 'coordinator', password: 'short' }), hasCode('WEAK_PASSWORD'));
    await assert.rejects(attempt({ role: 'donor' }), hasCode('ROLE_NEEDS_ORGANISATION'));
    assert.equal(
      await db.db.selectFrom('users').select('id').where('email', '=', 'nope@example.test').executeTakeFirst(),
      undefined,
    );
  });

  it('creates an API token that authenticates until revoked', async () => {
    const p = await makeProgramme(db.db);
    const created = await db.db
      .transaction()
      .execute((trx) => createApiToken(trx, p.id, cliActor, { name: 'Agent', purpose: 'inventory' }));
    assert.match(created.token, /^cart_/);
    assert.equal(created.tokenPrefix, created.token.slice(0, 12));
    const actor = await actorFromApiToken(db.db, created.token);
    assert.deepEqual(actor && [actor.kind, actor.programmeId, actor.purpose], ['token', p.id, 'inventory']);
    await db.db
      .updateTable('api_tokens')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', created.id)
      .execute();
    assert.equal(await actorFromApiToken(db.db, created.token), undefined);
  });
});
