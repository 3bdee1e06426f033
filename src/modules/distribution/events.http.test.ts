import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import {
  type DistributionCampaign,
  makeDistributionCampaign,
  makeDistributionSchool,
} from '../../../test/factories/distribution.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('distribution events and slots over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let schoolA: { id: string; name: string };
  let schoolB: { id: string; name: string };
  let outside: { id: string; name: string };
  let campaign: DistributionCampaign;
  let coordinator: TestClient;
  let director: TestClient;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const base = (p: Programme) => `/api/v1/programmes/${p.slug}`;
  const countEvents = async () =>
    Number(
      (
        await t.db.db
          .selectFrom('distribution_events')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Programme A' });
    b = await makeProgramme(t.db.db, { name: 'Programme B' });
    schoolA = await makeDistributionSchool(t.db.db, a.id, { name: 'École des Tilleuls' });
    schoolB = await makeDistributionSchool(t.db.db, a.id, { name: 'École Victor Hugo' });
    outside = await makeDistributionSchool(t.db.db, a.id, { name: 'École hors campagne' });
    campaign = await makeDistributionCampaign(t.db.db, a.id, { schoolIds: [schoolA.id, schoolB.id] });
    coordinator = await clientFor(a.id, 'coordinator');
    director = await clientFor(a.id, 'school_director', schoolA.id);
  });
  after(() => t.close());

  const eventBody = (o: Record<string, unknown> = {}) => ({
    schoolId: schoolA.id,
    placeName: 'Préau de l’école',
    addressLine: '12 rue des Tilleuls',
    date: '2026-10-03',
    ...o,
  });

  it('plans an event and cuts a morning into 30-minute slots in Paris time', async () => {
    const created = await coordinator.post(`${base(a)}/campaigns/${campaign.id}/events`, eventBody());
    assert.equal(created.statusCode, 201, created.body);
    const event = created.json();
    assert.equal(event.schoolName, 'École des Tilleuls');
    assert.deepEqual(event.slots, []);

    const res = await coordinator.post(`${base(a)}/events/${event.id}/slots`, {
      from: '09:00',
      to: '12:00',
      everyMinutes: 30,
      capacity: 4,
    });
    assert.equal(res.statusCode, 201, res.body);
    const { created: slots, event: after } = res.json();
    assert.equal(slots.length, 6);
    // 3 October is in summer time: Paris is UTC+2.
    assert.equal(slots[0].startsAt, '2026-10-03T07:00:00.000Z');
    assert.equal(slots[0].startTime, '09:00');
    assert.equal(slots[5].endTime, '12:00');
    assert.equal(slots[5].endsAt, '2026-10-03T10:00:00.000Z');
    assert.equal(after.capacity, 24);
    assert.equal(after.remaining, 24);

    const got = await director.get(`${base(a)}/events/${event.id}`);
    assert.equal(got.statusCode, 200);
    assert.deepEqual(
      got
        .json()
        .slots.map((s: { startTime: string; capacity: number; booked: number; remaining: number }) => [
          s.startTime,
          s.capacity,
          s.booked,
          s.remaining,
        ])[0],
      ['09:00', 4, 0, 4],
    );

    const overlap = await coordinator.post(`${base(a)}/events/${event.id}/slots`, {
      startsAt: '11:45',
      endsAt: '12:15',
      capacity: 2,
    });
    assert.equal(overlap.statusCode, 400);
    assert.equal(overlap.json().errors[0].field, 'body.startsAt');
    assert.equal(overlap.json().errors[0].code, 'slot_overlaps');
    assert.match(overlap.json().errors[0].message, /11:30–12:00/);

    const single = await coordinator.post(`${base(a)}/events/${event.id}/slots`, {
      startsAt: '14:00',
      endsAt: '14:30',
      capacity: 2,
    });
    assert.equal(single.statusCode, 201);
    assert.equal(single.json().event.slotCount, 7);
  });

  it('refuses ill-formed events and slots, naming the field, and changes nothing', async () => {
    const before = await countEvents();
    const cases: [Record<string, unknown>, string][] = [
      [eventBody({ date: '2027-02-01' }), 'body.date'],
      [eventBody({ date: '2026-02-31' }), 'body.date'],
      [eventBody({ schoolId: outside.id }), 'body.schoolId'],
      [eventBody({ placeName: '  ' }), 'body.placeName'],
      [eventBody({ surprise: true }), 'body'],
    ];
    for (const [body, field] of cases) {
      const res = await coordinator.post(`${base(a)}/campaigns/${campaign.id}/events`, body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.ok(
        res.json().errors.some((e: { field: string }) => e.field === field || e.field.startsWith(field)),
        `${field}: ${res.body}`,
      );
    }
    assert.equal(await countEvents(), before);

    const event = (await coordinator.post(`${base(a)}/campaigns/${campaign.id}/events`, eventBody())).json();
    for (const [body, field] of [
      [{ startsAt: '10:00', endsAt: '09:00', capacity: 2 }, 'body.endsAt'],
      [{ startsAt: '9h', endsAt: '10:00', capacity: 2 }, 'body.startsAt'],
      [{ from: '09:00', to: '12:00', capacity: 2 }, 'body.everyMinutes'],
      [{ startsAt: '09:00', endsAt: '10:00', capacity: 0 }, 'body.capacity'],
    ] as const) {
      const res = await coordinator.post(`${base(a)}/events/${event.id}/slots`, body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.equal(res.json().errors[0].field, field);
    }
    assert.equal((await coordinator.get(`${base(a)}/events/${event.id}`)).json().slotCount, 0);
  });

  it('a director plans events at her own school only and sees only those', async () => {
    const mine = await director.post(`${base(a)}/campaigns/${campaign.id}/events`, eventBody({ schoolId: undefined }));
    assert.equal(mine.statusCode, 201, mine.body);
    assert.equal(mine.json().schoolId, schoolA.id);
    const other = await director.post(
      `${base(a)}/campaigns/${campaign.id}/events`,
      eventBody({ schoolId: schoolB.id }),
    );
    assert.equal(other.statusCode, 400);
    assert.equal(other.json().errors[0].field, 'body.schoolId');

    const theirs = await coordinator.post(
      `${base(a)}/campaigns/${campaign.id}/events`,
      eventBody({ schoolId: schoolB.id, placeName: 'Gymnase Hugo' }),
    );
    assert.equal(theirs.statusCode, 201);
    assert.equal((await director.get(`${base(a)}/events/${theirs.json().id}`)).statusCode, 404);
    const slots = await director.post(`${base(a)}/events/${theirs.json().id}/slots`, {
      startsAt: '09:00',
      endsAt: '10:00',
      capacity: 2,
    });
    assert.equal(slots.statusCode, 404);

    const listed = await director.get(`${base(a)}/campaigns/${campaign.id}/events`);
    assert.equal(listed.statusCode, 200);
    assert.ok(listed.json().items.length > 0);
    assert.ok(listed.json().items.every((e: { schoolId: string }) => e.schoolId === schoolA.id));
    const all = await coordinator.get(`${base(a)}/campaigns/${campaign.id}/events`);
    assert.ok(all.json().items.some((e: { schoolId: string }) => e.schoolId === schoolB.id));
  });

  it('a closed campaign takes no new event and no new slot', async () => {
    const closed = await makeDistributionCampaign(t.db.db, a.id, { schoolIds: [schoolA.id], status: 'closed' });
    const res = await coordinator.post(`${base(a)}/campaigns/${closed.id}/events`, eventBody());
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'CAMPAIGN_CLOSED');
  });

  it('someone of programme B sees nothing and changes nothing of programme A', async () => {
    const event = (await coordinator.post(`${base(a)}/campaigns/${campaign.id}/events`, eventBody())).json();
    const before = await countEvents();
    const coordinatorB = await clientFor(b.id, 'coordinator');
    assert.equal((await coordinatorB.get(`${base(a)}/campaigns/${campaign.id}/events`)).statusCode, 404);
    assert.equal((await coordinatorB.get(`${base(b)}/campaigns/${campaign.id}/events`)).statusCode, 404);
    assert.equal((await coordinatorB.get(`${base(b)}/events/${event.id}`)).statusCode, 404);
    assert.equal((await coordinatorB.post(`${base(b)}/campaigns/${campaign.id}/events`, eventBody())).statusCode, 404);
    const slots = await coordinatorB.post(`${base(b)}/events/${event.id}/slots`, {
      startsAt: '16:00',
      endsAt: '17:00',
      capacity: 3,
    });
    assert.equal(slots.statusCode, 404);
    assert.equal(await countEvents(), before);
    assert.equal((await coordinator.get(`${base(a)}/events/${event.id}`)).json().slotCount, 0);
  });
});
