import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { readPdfText } from '../../../test/helpers/pdf-text.js';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeDevice } from '../../../test/factories/devices.js';
import {
  type DeskCampaign,
  type DeskHousehold,
  makeDeskCampaign,
  makeDeskHousehold,
  makePng,
  makeReservation,
  makeSchoolYear,
} from '../../../test/factories/handover.js';
import type { Role } from '../../platform/auth/roles.js';
import type { DeviceRow } from '../devices/devices.repository.js';
import type { Programme } from '../programmes/programmes.model.js';
import { parseCardNumber } from '../cards/card-number.js';

describe('handover desk over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let campaign: DeskCampaign;
  let otherSchoolId: string;
  let coordinator: TestClient;
  let coordinatorB: TestClient;
  let director: TestClient;
  let otherDirector: TestClient;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, {
      displayName: `Agent ${role}`,
      grants: [{ programmeId, role, organisationId }],
    });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, path: string) => `/api/v1/programmes/${p.slug}${path}`;
  const drawn = () => ({ kind: 'drawn', pngBase64: makePng().toString('base64') });

  async function reserved(o: Parameters<typeof makeDeskHousehold>[3] = {}) {
    const household = await makeDeskHousehold(t.db.db, a.id, campaign, o);
    const { allocationId, device } = await makeReservation(t.db.db, a.id, campaign, household);
    return { household, device, allocationId };
  }
  function body(household: DeskHousehold, device: DeviceRow, extra: Record<string, unknown> = {}) {
    return {
      campaignId: campaign.id,
      householdId: household.id,
      deviceId: device.id,
      signerName: `${household.guardian.firstName} ${household.guardian.lastName}`,
      signature: drawn(),
      ...extra,
    };
  }
  async function snapshot(householdId: string, deviceIds: string[]) {
    const db = t.db.db;
    return {
      devices: await db
        .selectFrom('devices')
        .select(['id', 'state'])
        .where('id', 'in', deviceIds)
        .orderBy('id')
        .execute(),
      allocations: await db
        .selectFrom('allocations')
        .select(['id', 'status', 'device_id'])
        .where('household_id', '=', householdId)
        .orderBy('id')
        .execute(),
      entry: await db
        .selectFrom('campaign_households')
        .select('status')
        .where('household_id', '=', householdId)
        .execute(),
      handovers: await db.selectFrom('handovers').select('id').where('household_id', '=', householdId).execute(),
      loans: await db.selectFrom('loans').select('id').where('household_id', '=', householdId).execute(),
      cards: await db.selectFrom('cards').select('id').where('household_id', '=', householdId).execute(),
      attachments: await db.selectFrom('attachments').select('id').where('programme_id', '=', a.id).execute(),
    };
  }

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Grand Test' });
    b = await makeProgramme(t.db.db, { name: 'Programme B' });
    const schoolYear = await makeSchoolYear(t.db.db, a.id, { code: '2026-2027', endsOn: '2027-07-04' });
    // The programme already knows the year a CM1 pupil leaves primary school: its end date wins.
    await makeSchoolYear(t.db.db, a.id, { code: '2027-2028', endsOn: '2028-07-01' });
    campaign = await makeDeskCampaign(t.db.db, a.id, { schoolYear });
    otherSchoolId = (await makeOrganisation(t.db.db, a.id, { kind: 'school' })).id;
    coordinator = await clientFor(a.id, 'coordinator');
    coordinatorB = await clientFor(b.id, 'coordinator');
    director = await clientFor(a.id, 'school_director', campaign.schoolId);
    otherDirector = await clientFor(a.id, 'school_director', otherSchoolId);
  });
  after(() => t.close());

  it('hands the pack over with a drawn signature: agreement, device, reservation, loan and card', async () => {
    const { household, device, allocationId } = await reserved({ guardianLastName: 'Benali' });
    const res = await coordinator.post(url(a, '/handovers'), body(household, device));
    assert.equal(res.statusCode, 201, res.body);
    const out = res.json();
    assert.equal(out.handover.signatureKind, 'drawn');
    assert.equal(out.handover.deviceId, device.id);
    assert.equal(out.handover.pupilId, household.pupil.id);
    assert.equal(out.loan.status, 'active');
    assert.equal(out.loan.assetTag, device.asset_tag);
    assert.equal(out.loan.endsOn, '2029-07-04', 'CE2 in 2026-2027 keeps it until the end of 2028-2029');
    assert.match(out.card.pin, /^\d{4}$/);
    assert.equal(parseCardNumber(out.card.number).ok, true);
    assert.equal(out.card.credits, 6);
    assert.equal(out.card.hoursPerCredit, 2);
    assert.equal(out.documents.agreement, url(a, `/handovers/${out.handover.id}/agreement.pdf`));

    const db = t.db.db;
    const deviceRow = await db
      .selectFrom('devices')
      .select('state')
      .where('id', '=', device.id)
      .executeTakeFirstOrThrow();
    assert.equal(deviceRow.state, 'handed_over');
    const allocation = await db
      .selectFrom('allocations')
      .select('status')
      .where('id', '=', allocationId)
      .executeTakeFirstOrThrow();
    assert.equal(allocation.status, 'handed_over');
    const entry = await db
      .selectFrom('campaign_households')
      .select('status')
      .where('id', '=', household.campaignHouseholdId)
      .executeTakeFirstOrThrow();
    assert.equal(entry.status, 'handed_over');
    const ledger = await db.selectFrom('card_ledger').selectAll().where('card_id', '=', out.card.id).execute();
    assert.deepEqual(
      ledger.map((e) => [e.kind, Number(e.credits)]),
      [['issued', 6]],
    );
    const card = await db.selectFrom('cards').selectAll().where('id', '=', out.card.id).executeTakeFirstOrThrow();
    assert.notEqual(card.pin_hash, out.card.pin);
    assert.doesNotMatch(card.pin_hash, new RegExp(`^${out.card.pin}$`));
    const signature = await db
      .selectFrom('attachments')
      .select(['media_type', 'owner_type', 'owner_id'])
      .where('owner_id', '=', out.handover.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(signature, { media_type: 'image/png', owner_type: 'handover', owner_id: out.handover.id });
    const history = await db
      .selectFrom('device_events')
      .select(['from_state', 'to_state'])
      .where('device_id', '=', device.id)
      .where('kind', '=', 'transition')
      .execute();
    assert.deepEqual(history.at(-1), { from_state: 'allocated', to_state: 'handed_over' });
    const audit = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', out.handover.id)
      .executeTakeFirstOrThrow();
    assert.equal(audit.action, 'performed');
    assert.doesNotMatch(audit.summary, /Benali|Samia|Inès/, 'no names in the audit trail');

    const pdf = await coordinator.get(out.documents.agreement);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(createHash('sha256').update(pdf.rawPayload).digest('hex'), out.handover.agreementSha256);
    const text = readPdfText(pdf.rawPayload).text;
    assert.match(text, /Samia Benali/);
    assert.match(text, new RegExp(device.asset_tag));
    assert.match(text, /4 juillet 2029/);
    assert.match(text, /version 2026-1/);
    assert.match(text, /Agent coordinator/);
  });

  it('accepts a typed signature with the explicit consent, and prints it as such', async () => {
    const { household, device } = await reserved({ guardianLastName: 'Keller' });
    const res = await coordinator.post(
      url(a, '/handovers'),
      body(household, device, { signerName: 'Anne Keller', signature: { kind: 'typed', consent: true } }),
    );
    assert.equal(res.statusCode, 201, res.body);
    const text = readPdfText((await coordinator.get(res.json().documents.agreement)).rawPayload).text;
    assert.match(text, /Signé électroniquement par Anne Keller/);
  });

  it('refuses a typed signature without consent and a blank drawing, and changes nothing', async () => {
    const { household, device } = await reserved();
    const before = await snapshot(household.id, [device.id]);
    for (const signature of [{ kind: 'typed' }, { kind: 'typed', consent: false }]) {
      const res = await coordinator.post(url(a, '/handovers'), body(household, device, { signature }));
      assert.equal(res.statusCode, 422);
      assert.equal(res.json().code, 'SIGNATURE_REQUIRED');
      assert.equal(res.json().errors[0].field, 'body.signature.consent');
    }
    const blank = { kind: 'drawn', pngBase64: makePng({ blank: true }).toString('base64') };
    const res = await coordinator.post(url(a, '/handovers'), body(household, device, { signature: blank }));
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().errors[0].code, 'signature_blank');
    const svg = { kind: 'drawn', pngBase64: Buffer.from('<svg/>').toString('base64') };
    const notPng = await coordinator.post(url(a, '/handovers'), body(household, device, { signature: svg }));
    assert.equal(notPng.statusCode, 400);
    assert.equal(notPng.json().errors[0].code, 'png_not_png');
    assert.deepEqual(await snapshot(household.id, [device.id]), before);
  });

  it('refuses the wrong device, naming both tags, and changes nothing', async () => {
    const { household, device } = await reserved();
    const other = await reserved();
    const before = await snapshot(household.id, [device.id, other.device.id]);
    const res = await coordinator.post(url(a, '/handovers'), body(household, other.device));
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'HANDOVER_WRONG_DEVICE');
    assert.match(res.json().detail, new RegExp(`${other.device.asset_tag}.*${device.asset_tag}`));
    assert.deepEqual(await snapshot(household.id, [device.id, other.device.id]), before);
  });

  it('hands over another ready device through a documented swap', async () => {
    const { household, device } = await reserved();
    const spare = await makeDevice(t.db.db, a.id, { state: 'ready', grade: 'B' });
    const res = await coordinator.post(
      url(a, '/handovers'),
      body(household, spare, { swapReason: 'Écran fêlé au déballage' }),
    );
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().handover.deviceId, spare.id);
    assert.equal(res.json().handover.swapReason, 'Écran fêlé au déballage');
    const states = await t.db.db
      .selectFrom('devices')
      .select(['id', 'state'])
      .where('id', 'in', [device.id, spare.id])
      .execute();
    assert.deepEqual(Object.fromEntries(states.map((s) => [s.id, s.state])), {
      [device.id]: 'ready',
      [spare.id]: 'handed_over',
    });
  });

  it('refuses a second handover to the same household', async () => {
    const { household, device } = await reserved();
    assert.equal((await coordinator.post(url(a, '/handovers'), body(household, device))).statusCode, 201);
    const again = await coordinator.post(url(a, '/handovers'), body(household, device));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'HANDOVER_ALREADY_DONE');
  });

  it('refuses a household that declined the pack', async () => {
    const household = await makeDeskHousehold(t.db.db, a.id, campaign, { declined: true });
    const device = await makeDevice(t.db.db, a.id, { state: 'allocated' });
    const res = await coordinator.post(url(a, '/handovers'), body(household, device));
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'HOUSEHOLD_DECLINED');
  });

  it('computes the loan end from the pupil’s grade', async () => {
    const ends: Record<string, string> = {};
    for (const grade of ['CM1', 'CM2']) {
      const { household, device } = await reserved({ grade });
      const res = await coordinator.post(url(a, '/handovers'), body(household, device));
      assert.equal(res.statusCode, 201, res.body);
      ends[grade] = res.json().loan.endsOn;
    }
    assert.deepEqual(ends, { CM1: '2028-07-01', CM2: '2027-07-04' });
  });

  it('prints the receipt and the card; the PIN only on the slip printed with it', async () => {
    const { household, device } = await reserved();
    const out = (await coordinator.post(url(a, '/handovers'), body(household, device))).json();
    const receipt = readPdfText((await coordinator.get(out.documents.receipt)).rawPayload).text;
    assert.match(receipt, new RegExp(device.asset_tag));
    assert.match(receipt, new RegExp(out.card.number));
    assert.match(receipt, /60\s€/);

    const reprint = await coordinator.get(out.documents.card);
    assert.equal(reprint.statusCode, 200);
    const card = readPdfText(reprint.rawPayload);
    assert.equal(card.pageCount, 1);
    assert.match(card.text, new RegExp(out.card.number));
    assert.match(card.text, /6 ateliers de 2 h/);
    assert.match(card.text, new RegExp(household.reference));
    assert.doesNotMatch(card.text, /Code PIN : \d{4}/);

    const first = await coordinator.post(out.documents.card, { pin: out.card.pin });
    assert.equal(first.statusCode, 200);
    assert.match(readPdfText(first.rawPayload).text, new RegExp(`Code PIN : ${out.card.pin}`));
    const wrongPin = String((Number(out.card.pin) + 1) % 10000).padStart(4, '0');
    const wrong = await coordinator.post(out.documents.card, { pin: wrongPin });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().errors[0].field, 'body.pin');
  });

  it('finds the household at the desk by tag, invitation code or name', async () => {
    const { household, device } = await reserved({ guardianLastName: 'Oudinot' });
    const byTag = await coordinator.get(
      url(a, `/desk/lookup?tag=${encodeURIComponent(device.asset_tag.toLowerCase())}`),
    );
    assert.equal(byTag.statusCode, 200, byTag.body);
    assert.equal(byTag.json().device.id, device.id);
    assert.equal(byTag.json().matches[0].household.id, household.id);
    assert.equal(byTag.json().matches[0].allocation.assetTag, device.asset_tag);

    const byCode = await coordinator.get(url(a, `/desk/lookup?code=${household.invitationCode.toLowerCase()}`));
    assert.equal(byCode.json().matches[0].household.reference, household.reference);
    assert.equal(byCode.json().matches[0].household.pupils[0].firstName, household.pupil.firstName);

    const byName = await coordinator.get(url(a, '/desk/lookup?q=oudinot'));
    assert.deepEqual(
      byName.json().matches.map((m: { household: { id: string } }) => m.household.id),
      [household.id],
    );

    const badTag = await coordinator.get(url(a, '/desk/lookup?tag=CT-000001-Q'));
    assert.equal(badTag.statusCode, 400);
    assert.equal(badTag.json().errors[0].field, 'query.tag');
    const two = await coordinator.get(url(a, `/desk/lookup?q=oudinot&code=${household.invitationCode}`));
    assert.equal(two.statusCode, 400);
  });

  it('lets a director serve her own school only; another school’s director gets 404 and changes nothing', async () => {
    const { household, device } = await reserved({ guardianLastName: 'Marchal' });
    const code = `/desk/lookup?code=${household.invitationCode}`;
    assert.equal((await otherDirector.get(url(a, code))).statusCode, 404);
    assert.deepEqual((await otherDirector.get(url(a, '/desk/lookup?q=Marchal'))).json().matches, []);
    const before = await snapshot(household.id, [device.id]);
    const refused = await otherDirector.post(url(a, '/handovers'), body(household, device));
    assert.equal(refused.statusCode, 404);
    assert.deepEqual(await snapshot(household.id, [device.id]), before);

    assert.equal((await director.get(url(a, code))).statusCode, 200);
    const res = await director.post(url(a, '/handovers'), body(household, device));
    assert.equal(res.statusCode, 201, res.body);
    assert.equal((await otherDirector.get(res.json().documents.agreement)).statusCode, 404);
    assert.equal((await director.get(res.json().documents.agreement)).statusCode, 200);
  });

  it('shows nothing of programme A to programme B and changes nothing', async () => {
    const { household, device } = await reserved();
    const before = await snapshot(household.id, [device.id]);
    const post = await coordinatorB.post(url(a, '/handovers'), body(household, device));
    assert.equal(post.statusCode, 404);
    const inB = await coordinatorB.post(url(b, '/handovers'), body(household, device));
    assert.equal(inB.statusCode, 404);
    assert.equal((await coordinatorB.get(url(b, `/desk/lookup?code=${household.invitationCode}`))).statusCode, 404);
    assert.deepEqual(await snapshot(household.id, [device.id]), before);
    const done = (await coordinator.post(url(a, '/handovers'), body(household, device))).json();
    assert.equal((await coordinatorB.get(url(b, `/handovers/${done.handover.id}/agreement.pdf`))).statusCode, 404);
    assert.equal((await coordinatorB.get(url(a, `/handovers/${done.handover.id}/receipt.pdf`))).statusCode, 404);
  });
});
