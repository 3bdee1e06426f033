import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeVenue } from '../../../test/factories/venues.js';
import { makeSession } from '../../../test/factories/trainings.js';
import { cliActor } from '../../platform/auth/actor.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';
import { importCommunes } from '../territory/communes.service.js';

describe('venues and rooms over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let coordinatorA: TestClient;
  let coordinatorB: TestClient;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const base = (p: Programme) => `/api/v1/programmes/${p.slug}`;
  const auditCount = async (programmeId: string) =>
    Number(
      (
        await t.db.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('programme_id', '=', programmeId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db);
    b = await makeProgramme(t.db.db);
    await importCommunes(t.db.db, a.id, cliActor, [
      { inseeCode: '25056', name: 'Besançon', postalCodes: ['25000'], population: 118489 },
    ]);
    coordinatorA = await clientFor(a.id, 'coordinator');
    coordinatorB = await clientFor(b.id, 'coordinator');
  });
  after(() => t.close());

  it('creates a venue with its accessibility in one go, checks the commune, and names bad fields', async () => {
    const created = await coordinatorA.post(`${base(a)}/venues`, {
      name: 'Médiathèque Pierre-Bayle',
      addressLine: '27 rue de la République',
      postalCode: '25000',
      communeInsee: '25056',
      email: 'Mediatheque@Example.test',
      stepFreeAccess: true,
      hearingLoop: true,
      publicTransport: 'Tram 1, arrêt Révolution',
      openingHours: 'Mardi–samedi 10 h–18 h',
    });
    assert.equal(created.statusCode, 201, created.body);
    const venue = created.json();
    assert.equal(venue.name, 'Médiathèque Pierre-Bayle');
    assert.equal(venue.communeName, 'Besançon');
    assert.equal(venue.email, 'mediatheque@example.test');
    assert.deepEqual([venue.stepFreeAccess, venue.accessibleToilets, venue.hearingLoop], [true, false, true]);
    assert.deepEqual(venue.rooms, []);
    const org = await t.db.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', venue.id)
      .executeTakeFirstOrThrow();
    assert.equal(org.kind, 'venue');
    const events = await t.db.db
      .selectFrom('audit_events')
      .select(['entity_type', 'action'])
      .where('entity_id', '=', venue.id)
      .execute();
    assert.deepEqual(events.map((e) => `${e.entity_type}:${e.action}`).sort(), [
      'organisation:created',
      'venue:created',
    ]);

    const before = await auditCount(a.id);
    const badCommune = await coordinatorA.post(`${base(a)}/venues`, { name: 'Ailleurs', communeInsee: '75056' });
    assert.equal(badCommune.statusCode, 404);
    assert.equal(badCommune.json().code, 'COMMUNE_NOT_FOUND');
    assert.equal(badCommune.json().errors[0].field, 'body.communeInsee');
    const noName = await coordinatorA.post(`${base(a)}/venues`, { communeInsee: '25056' });
    assert.equal(noName.statusCode, 400);
    assert.equal(noName.json().errors[0].field, 'body.name');
    const unknownField = await coordinatorA.post(`${base(a)}/venues`, { name: 'Lieu', kind: 'school' });
    assert.equal(unknownField.statusCode, 400);
    assert.equal(unknownField.json().errors[0].field, 'body.kind');
    assert.equal(await auditCount(a.id), before, 'refused requests change nothing');
    const venues = await t.db.db.selectFrom('venues').select('id').where('programme_id', '=', a.id).execute();
    assert.equal(venues.length, 1);
  });

  it('reads a venue organisation made through the organisations API as the defaults, and makes its row on first write', async () => {
    const org = await coordinatorA.post(`${base(a)}/organisations`, {
      kind: 'venue',
      name: 'Centre social Clairs-Soleils',
    });
    assert.equal(org.statusCode, 201, org.body);
    const id = org.json().id;
    assert.equal((await t.db.db.selectFrom('venues').select('id').where('id', '=', id).execute()).length, 0);

    const read = await coordinatorA.get(`${base(a)}/venues/${id}`);
    assert.equal(read.statusCode, 200, read.body);
    assert.deepEqual(
      [read.json().stepFreeAccess, read.json().accessibleToilets, read.json().openingHours, read.json().rooms],
      [false, false, null, []],
    );
    const listed = await coordinatorA.get(`${base(a)}/venues`);
    assert.ok(listed.json().items.some((v: { id: string }) => v.id === id));

    const room = await coordinatorA.post(`${base(a)}/venues/${id}/rooms`, {
      name: 'Salle informatique',
      capacity: 10,
      computers: 10,
    });
    assert.equal(room.statusCode, 201, room.body);
    assert.equal((await t.db.db.selectFrom('venues').select('id').where('id', '=', id).execute()).length, 1);
    const patched = await coordinatorA.patch(`${base(a)}/venues/${id}`, {
      accessibleToilets: true,
      name: 'Centre social des Clairs-Soleils',
    });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(patched.json().accessibleToilets, true);
    assert.equal(patched.json().name, 'Centre social des Clairs-Soleils');
    assert.equal(patched.json().rooms.length, 1);

    // Another kind of organisation is not a venue.
    const school = await makeOrganisation(t.db.db, a.id, { kind: 'school' });
    assert.equal((await coordinatorA.get(`${base(a)}/venues/${school.id}`)).statusCode, 404);
    assert.equal(
      (await coordinatorA.post(`${base(a)}/venues/${school.id}/rooms`, { name: 'X', capacity: 2 })).statusCode,
      404,
    );
  });

  it('keeps room names unique per venue, seats between 1 and 200', async () => {
    const venue = await makeVenue(t.db.db, a.id);
    const other = await makeVenue(t.db.db, a.id);
    const taken = await coordinatorA.post(`${base(a)}/venues/${venue.id}/rooms`, { name: ' salle 1 ', capacity: 5 });
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().errors[0].field, 'body.name');
    assert.equal(taken.json().errors[0].code, 'room_name_taken');
    const sameNameElsewhere = await coordinatorA.post(`${base(a)}/venues/${other.id}/rooms`, {
      name: 'Salle 2',
      capacity: 5,
    });
    assert.equal(sameNameElsewhere.statusCode, 201);
    const secondHere = await coordinatorA.post(`${base(a)}/venues/${venue.id}/rooms`, { name: 'Salle 2', capacity: 5 });
    assert.equal(secondHere.statusCode, 201);
    const rename = await coordinatorA.patch(`${base(a)}/venues/${venue.id}/rooms/${secondHere.json().id}`, {
      name: 'Salle 1',
    });
    assert.equal(rename.statusCode, 409);
    assert.equal(rename.json().errors[0].field, 'body.name');

    for (const capacity of [0, 201, 2.5]) {
      const res = await coordinatorA.post(`${base(a)}/venues/${venue.id}/rooms`, {
        name: `Salle ${capacity}`,
        capacity,
      });
      assert.equal(res.statusCode, 400, String(capacity));
      assert.equal(res.json().errors[0].field, 'body.capacity');
    }
    // A room of another venue is not found through this one.
    const wrongVenue = await coordinatorA.patch(`${base(a)}/venues/${other.id}/rooms/${venue.roomId}`, { capacity: 3 });
    assert.equal(wrongVenue.statusCode, 404);
    assert.equal(wrongVenue.json().code, 'ROOM_NOT_FOUND');
  });

  it('refuses to shrink or close a room below an upcoming session, and allows it once the session is over', async () => {
    const venue = await makeVenue(t.db.db, a.id, { capacity: 12 });
    const now = Date.now();
    const upcoming = await makeSession(t.db.db, a.id, {
      venueId: venue.id,
      roomId: venue.roomId,
      seats: 10,
      startsAt: new Date(now + 3 * 86_400_000),
    });
    await makeSession(t.db.db, a.id, {
      venueId: venue.id,
      roomId: venue.roomId,
      seats: 12,
      startsAt: new Date(now - 3 * 86_400_000),
    });
    await makeSession(t.db.db, a.id, {
      venueId: venue.id,
      roomId: venue.roomId,
      seats: 12,
      status: 'cancelled',
      startsAt: new Date(now + 4 * 86_400_000),
    });
    const url = `${base(a)}/venues/${venue.id}/rooms/${venue.roomId}`;
    const before = await auditCount(a.id);

    const shrink = await coordinatorA.patch(url, { capacity: 8 });
    assert.equal(shrink.statusCode, 422, shrink.body);
    assert.equal(shrink.json().code, 'ROOM_TOO_SMALL');
    assert.equal(shrink.json().errors[0].field, 'body.capacity');
    assert.match(shrink.json().errors[0].message, /10 places/);
    const close = await coordinatorA.patch(url, { active: false });
    assert.equal(close.statusCode, 422);
    assert.equal(close.json().code, 'ROOM_TOO_SMALL');
    assert.equal(close.json().errors[0].field, 'body.active');
    const room = await t.db.db
      .selectFrom('venue_rooms')
      .selectAll()
      .where('id', '=', venue.roomId)
      .executeTakeFirstOrThrow();
    assert.deepEqual([room.capacity, room.active], [12, 1]);
    assert.equal(await auditCount(a.id), before);

    // Down to the seats of the session is fine; growing always is.
    const fits = await coordinatorA.patch(url, { capacity: 10, computers: 6 });
    assert.equal(fits.statusCode, 200, fits.body);
    assert.deepEqual([fits.json().capacity, fits.json().computers], [10, 6]);

    await t.db.db.updateTable('training_sessions').set({ status: 'cancelled' }).where('id', '=', upcoming.id).execute();
    const closed = await coordinatorA.patch(url, { active: false, capacity: 4 });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.deepEqual([closed.json().active, closed.json().capacity], [false, 4]);
    const events = await t.db.db
      .selectFrom('audit_events')
      .select(['action'])
      .where('entity_type', '=', 'venue_room')
      .where('entity_id', '=', venue.roomId)
      .execute();
    assert.equal(events.length, 2);
  });

  it('scopes venue staff to their own venue: others are 404, practical fields only, no creating', async () => {
    const mine = await makeVenue(t.db.db, a.id, { name: 'Médiathèque de Planoise' });
    const theirs = await makeVenue(t.db.db, a.id, { name: 'Espace numérique de Palente' });
    const staff = await clientFor(a.id, 'venue_staff', mine.id);

    const list = await staff.get(`${base(a)}/venues`);
    assert.equal(list.statusCode, 200);
    assert.deepEqual(
      list.json().items.map((v: { id: string }) => v.id),
      [mine.id],
    );
    assert.equal((await staff.get(`${base(a)}/venues/${mine.id}`)).statusCode, 200);
    const other = await staff.get(`${base(a)}/venues/${theirs.id}`);
    assert.equal(other.statusCode, 404);
    assert.equal(other.json().code, 'VENUE_NOT_FOUND');
    const patchOther = await staff.patch(`${base(a)}/venues/${theirs.id}`, { openingHours: 'Fermé' });
    assert.equal(patchOther.statusCode, 404);

    const practical = await staff.patch(`${base(a)}/venues/${mine.id}`, {
      openingHours: 'Mercredi 14 h–18 h',
      publicTransport: 'Bus 3, arrêt Île-de-France',
      accessibilityNotes: 'Ascenseur à gauche de l’accueil.',
    });
    assert.equal(practical.statusCode, 200, practical.body);
    assert.equal(practical.json().openingHours, 'Mercredi 14 h–18 h');
    const actor = await t.db.db
      .selectFrom('audit_events')
      .select(['actor_role'])
      .where('entity_type', '=', 'venue')
      .where('entity_id', '=', mine.id)
      .executeTakeFirstOrThrow();
    assert.equal(actor.actor_role, 'venue_staff');

    for (const body of [{ name: 'Renamed' }, { stepFreeAccess: false }, { email: 'x@example.test' }]) {
      const res = await staff.patch(`${base(a)}/venues/${mine.id}`, body);
      assert.equal(res.statusCode, 403, JSON.stringify(body));
    }
    assert.equal((await staff.post(`${base(a)}/venues`, { name: 'Mon nouveau lieu' })).statusCode, 403);
    assert.equal(
      (await staff.post(`${base(a)}/venues/${mine.id}/rooms`, { name: 'Salle 9', capacity: 4 })).statusCode,
      403,
    );
    assert.equal(
      (await staff.patch(`${base(a)}/venues/${mine.id}/rooms/${mine.roomId}`, { capacity: 4 })).statusCode,
      403,
    );
    const row = await t.db.db
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', mine.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.name, 'Médiathèque de Planoise');

    // A school director holds no training permission.
    const director = await clientFor(a.id, 'school_director', (await makeOrganisation(t.db.db, a.id)).id);
    assert.equal((await director.get(`${base(a)}/venues`)).statusCode, 403);
  });

  it('answers 404 to another programme and changes nothing there', async () => {
    const venue = await makeVenue(t.db.db, a.id, { name: 'Maison de quartier (A)' });
    assert.equal((await coordinatorB.get(`${base(b)}/venues/${venue.id}`)).statusCode, 404);
    assert.equal((await coordinatorB.get(`${base(a)}/venues/${venue.id}`)).statusCode, 404);
    assert.deepEqual((await coordinatorB.get(`${base(b)}/venues`)).json().items, []);
    const before = await auditCount(a.id);
    const patch = await coordinatorB.patch(`${base(b)}/venues/${venue.id}`, { name: 'Pris' });
    assert.equal(patch.statusCode, 404);
    const room = await coordinatorB.post(`${base(b)}/venues/${venue.id}/rooms`, { name: 'Salle B', capacity: 3 });
    assert.equal(room.statusCode, 404);
    const roomPatch = await coordinatorB.patch(`${base(b)}/venues/${venue.id}/rooms/${venue.roomId}`, { capacity: 3 });
    assert.equal(roomPatch.statusCode, 404);
    const viaA = await coordinatorB.patch(`${base(a)}/venues/${venue.id}`, { name: 'Pris' });
    assert.equal(viaA.statusCode, 404);
    assert.equal(viaA.json().code, 'PROGRAMME_NOT_FOUND');
    assert.equal(await auditCount(a.id), before);
    const rooms = await t.db.db.selectFrom('venue_rooms').select('capacity').where('venue_id', '=', venue.id).execute();
    assert.deepEqual(
      rooms.map((r) => r.capacity),
      [12],
    );
  });
});
