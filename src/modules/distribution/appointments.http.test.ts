import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import {
  type DistributionCampaign,
  campaignHouseholdStatus,
  makeCampaignFamily,
  makeDistributionCampaign,
  makeDistributionSchool,
} from '../../../test/factories/distribution.js';
import { makeHousehold } from '../../../test/factories/households.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('appointments over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let schoolA: { id: string };
  let schoolB: { id: string };
  let campaign: DistributionCampaign;
  let coordinator: TestClient;
  let director: TestClient;
  let slotsA: { id: string }[];
  let slotB: { id: string };

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const base = (p: Programme) => `/api/v1/programmes/${p.slug}`;
  const slotBooked = async (slotId: string) =>
    (await t.db.db.selectFrom('distribution_slots').select('booked').where('id', '=', slotId).executeTakeFirstOrThrow())
      .booked;
  async function makeEvent(schoolId: string, capacity: number) {
    const event = await coordinator.post(`${base(a)}/campaigns/${campaign.id}/events`, {
      schoolId,
      placeName: 'Salle polyvalente',
      date: '2026-10-03',
    });
    assert.equal(event.statusCode, 201, event.body);
    const slots = await coordinator.post(`${base(a)}/events/${event.json().id}/slots`, {
      from: '09:00',
      to: '10:00',
      everyMinutes: 20,
      capacity,
    });
    assert.equal(slots.statusCode, 201, slots.body);
    return slots.json().created as { id: string }[];
  }
  const book = (client: TestClient, householdId: string, slotId: string, campaignId = campaign.id) =>
    client.post(`${base(a)}/appointments`, { campaignId, householdId, slotId });

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Programme A' });
    schoolA = await makeDistributionSchool(t.db.db, a.id);
    schoolB = await makeDistributionSchool(t.db.db, a.id);
    campaign = await makeDistributionCampaign(t.db.db, a.id, { schoolIds: [schoolA.id, schoolB.id] });
    coordinator = await clientFor(a.id, 'coordinator');
    director = await clientFor(a.id, 'school_director', schoolA.id);
    slotsA = await makeEvent(schoolA.id, 2);
    [slotB] = (await makeEvent(schoolB.id, 2)) as [{ id: string }];
  });
  after(() => t.close());

  it('books a seat, marks the household booked, and refuses a second booking', async () => {
    const family = await makeCampaignFamily(t.db.db, a.id, campaign, { status: 'allocated' });
    const res = await book(coordinator, family.householdId, slotsA[0]!.id);
    assert.equal(res.statusCode, 201, res.body);
    const appointment = res.json();
    assert.equal(appointment.status, 'booked');
    assert.equal(appointment.startTime, '09:00');
    assert.equal(appointment.householdReference, family.reference);
    assert.equal(await slotBooked(slotsA[0]!.id), 1);
    assert.equal(await campaignHouseholdStatus(t.db.db, a.id, campaign.id, family.householdId), 'booked');

    const again = await book(coordinator, family.householdId, slotsA[1]!.id);
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'APPOINTMENT_EXISTS');
    assert.match(again.json().detail, /déplacez/);
    assert.equal(await slotBooked(slotsA[1]!.id), 0);

    const listed = await director.get(`${base(a)}/campaigns/${campaign.id}/appointments`);
    assert.equal(listed.statusCode, 200);
    assert.deepEqual(
      listed.json().items.map((x: { id: string }) => x.id),
      [appointment.id],
    );
  });

  it('gives the last seat to one of two households booking it at once', async () => {
    const [lastSeat] = (await makeEvent(schoolA.id, 1)) as [{ id: string }];
    const first = await makeCampaignFamily(t.db.db, a.id, campaign);
    const second = await makeCampaignFamily(t.db.db, a.id, campaign);
    const results = await Promise.all([
      book(coordinator, first.householdId, lastSeat.id),
      book(director, second.householdId, lastSeat.id),
    ]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [201, 409]);
    assert.equal(results.find((r) => r.statusCode === 409)!.json().code, 'SLOT_FULL');
    assert.equal(await slotBooked(lastSeat.id), 1);
    const loser = results[0]!.statusCode === 409 ? first : second;
    assert.equal(await campaignHouseholdStatus(t.db.db, a.id, campaign.id, loser.householdId), 'eligible');
  });

  it('moving an appointment frees the old seat; cancelling frees it too', async () => {
    const family = await makeCampaignFamily(t.db.db, a.id, campaign, { status: 'invited' });
    const [from, to] = [slotsA[2]!.id, slotsA[1]!.id];
    const booked = (await book(coordinator, family.householdId, from)).json();
    assert.equal(await slotBooked(from), 1);
    const moved = await coordinator.patch(`${base(a)}/appointments/${booked.id}`, { slotId: to });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().slotId, to);
    assert.equal(await slotBooked(from), 0);
    assert.equal(await slotBooked(to), 1);

    const cancelled = await director.patch(`${base(a)}/appointments/${booked.id}`, { status: 'cancelled' });
    assert.equal(cancelled.statusCode, 200);
    assert.equal(cancelled.json().status, 'cancelled');
    assert.equal(await slotBooked(to), 0);
    assert.equal(await campaignHouseholdStatus(t.db.db, a.id, campaign.id, family.householdId), 'eligible');
    const again = await coordinator.patch(`${base(a)}/appointments/${booked.id}`, { status: 'attended' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'APPOINTMENT_NOT_BOOKED');
    const both = await coordinator.patch(`${base(a)}/appointments/${booked.id}`, { slotId: to, status: 'attended' });
    assert.equal(both.statusCode, 400);

    // Once cancelled, the household can book again.
    assert.equal((await book(coordinator, family.householdId, from)).statusCode, 201);
  });

  it('refuses a full slot, a declined household and one that is not in the campaign', async () => {
    const full = slotsA[0]!.id;
    await book(coordinator, (await makeCampaignFamily(t.db.db, a.id, campaign)).householdId, full);
    assert.equal(await slotBooked(full), 2);
    const late = await book(coordinator, (await makeCampaignFamily(t.db.db, a.id, campaign)).householdId, full);
    assert.equal(late.json().code, 'SLOT_FULL');

    const seatsBefore = await slotBooked(slotsA[1]!.id);
    const declined = await makeCampaignFamily(t.db.db, a.id, campaign, { status: 'declined' });
    const res = await book(coordinator, declined.householdId, slotsA[1]!.id);
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'HOUSEHOLD_DECLINED');

    const waiting = await makeCampaignFamily(t.db.db, a.id, campaign, { status: 'waiting' });
    assert.equal((await book(coordinator, waiting.householdId, slotsA[1]!.id)).json().code, 'HOUSEHOLD_NOT_ELIGIBLE');

    const stranger = await makeHousehold(t.db.db, a.id);
    const notIn = await book(coordinator, stranger.id, slotsA[1]!.id);
    assert.equal(notIn.statusCode, 409);
    assert.equal(notIn.json().code, 'HOUSEHOLD_NOT_ELIGIBLE');
    assert.equal(await slotBooked(slotsA[1]!.id), seatsBefore);
  });

  it('a director cannot book at another school’s event nor for another school’s family', async () => {
    const mine = await makeCampaignFamily(t.db.db, a.id, campaign, { schoolId: schoolA.id });
    const theirs = await makeCampaignFamily(t.db.db, a.id, campaign, { schoolId: schoolB.id });
    const atOtherEvent = await book(director, mine.householdId, slotB.id);
    assert.equal(atOtherEvent.statusCode, 404);
    assert.equal(atOtherEvent.json().code, 'SLOT_NOT_FOUND');
    const otherFamily = await book(director, theirs.householdId, slotsA[2]!.id);
    assert.equal(otherFamily.statusCode, 404);
    assert.equal(otherFamily.json().code, 'HOUSEHOLD_NOT_FOUND');
    assert.equal(await slotBooked(slotB.id), 0);

    const theirAppointment = (await book(coordinator, theirs.householdId, slotB.id)).json();
    const move = await director.patch(`${base(a)}/appointments/${theirAppointment.id}`, { status: 'cancelled' });
    assert.equal(move.statusCode, 404);
    assert.equal(await slotBooked(slotB.id), 1);
  });

  it('a closed campaign takes no booking', async () => {
    const closed = await makeDistributionCampaign(t.db.db, a.id, { schoolIds: [schoolA.id], status: 'closed' });
    const family = await makeCampaignFamily(t.db.db, a.id, closed);
    const res = await book(coordinator, family.householdId, slotsA[2]!.id, closed.id);
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'CAMPAIGN_CLOSED');
  });

  it('someone of programme B books nothing in programme A', async () => {
    const b = await makeProgramme(t.db.db, { name: 'Programme B' });
    const coordinatorB = await clientFor(b.id, 'coordinator');
    const family = await makeCampaignFamily(t.db.db, a.id, campaign);
    const slot = slotsA[2]!.id;
    const before = await slotBooked(slot);
    const viaA = await coordinatorB.post(`${base(a)}/appointments`, {
      campaignId: campaign.id,
      householdId: family.householdId,
      slotId: slot,
    });
    assert.equal(viaA.statusCode, 404);
    const viaB = await coordinatorB.post(`${base(b)}/appointments`, {
      campaignId: campaign.id,
      householdId: family.householdId,
      slotId: slot,
    });
    assert.equal(viaB.statusCode, 404);
    assert.equal((await coordinatorB.get(`${base(b)}/campaigns/${campaign.id}/appointments`)).statusCode, 404);
    assert.equal(await slotBooked(slot), before);
    assert.equal(await campaignHouseholdStatus(t.db.db, a.id, campaign.id, family.householdId), 'eligible');
  });
});
