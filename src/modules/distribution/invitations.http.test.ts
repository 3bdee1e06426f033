import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { readPdfText } from '../../../test/helpers/pdf-text.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import {
  type CampaignFamily,
  type DistributionCampaign,
  campaignHouseholdStatus,
  makeCampaignFamily,
  makeDistributionCampaign,
  makeDistributionSchool,
} from '../../../test/factories/distribution.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('invitations over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let schoolA: { id: string; name: string };
  let schoolB: { id: string; name: string };
  let campaign: DistributionCampaign;
  let coordinator: TestClient;
  let director: TestClient;
  let french: CampaignFamily;
  let english: CampaignFamily;
  let booked: CampaignFamily;
  let otherSchool: CampaignFamily;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const base = (p: Programme) => `/api/v1/programmes/${p.slug}`;
  const letters = (client: TestClient, query = '') =>
    client.get(`${base(a)}/campaigns/${campaign.id}/invitations.pdf${query}`);

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Cartable Besançon', languages: ['fr', 'en'] });
    schoolA = await makeDistributionSchool(t.db.db, a.id, { name: 'École des Tilleuls', phone: '03 81 11 22 33' });
    schoolB = await makeDistributionSchool(t.db.db, a.id, { name: 'École Victor Hugo' });
    campaign = await makeDistributionCampaign(t.db.db, a.id, { schoolIds: [schoolA.id, schoolB.id] });
    coordinator = await clientFor(a.id, 'coordinator');
    director = await clientFor(a.id, 'school_director', schoolA.id);

    french = await makeCampaignFamily(t.db.db, a.id, campaign, {
      status: 'allocated',
      guardians: [{ firstName: 'Awa', lastName: 'Diallo' }],
      contacts: [{ kind: 'email', value: 'Awa.Diallo@Example.test' }],
      pupilFirstName: 'Léa',
    });
    english = await makeCampaignFamily(t.db.db, a.id, campaign, {
      status: 'eligible',
      preferredLanguage: 'en',
      guardians: [{ firstName: 'John', lastName: 'Smith' }],
      contacts: [{ kind: 'phone', value: '06 12 34 56 78' }],
    });
    booked = await makeCampaignFamily(t.db.db, a.id, campaign, {
      status: 'allocated',
      preferredLanguage: 'ar',
      guardians: [{ firstName: 'Karim', lastName: 'Benali' }],
      contacts: [{ kind: 'phone', value: '03 81 99 88 77' }],
    });
    otherSchool = await makeCampaignFamily(t.db.db, a.id, campaign, { schoolId: schoolB.id, status: 'allocated' });
    await makeCampaignFamily(t.db.db, a.id, campaign, { status: 'declined' });

    const event = await coordinator.post(`${base(a)}/campaigns/${campaign.id}/events`, {
      schoolId: schoolA.id,
      placeName: 'Préau des Tilleuls',
      addressLine: '3 rue des Tilleuls',
      date: '2026-10-03',
    });
    const slots = await coordinator.post(`${base(a)}/events/${event.json().id}/slots`, {
      from: '09:00',
      to: '12:00',
      everyMinutes: 30,
      capacity: 5,
    });
    const tenOClock = slots.json().created.find((s: { startTime: string }) => s.startTime === '10:00');
    const appointment = await coordinator.post(`${base(a)}/appointments`, {
      campaignId: campaign.id,
      householdId: booked.householdId,
      slotId: tenOClock.id,
    });
    assert.equal(appointment.statusCode, 201, appointment.body);
  });
  after(() => t.close());

  it('prints one A4 letter per household still to be served, in its language, with its code', async () => {
    const res = await letters(coordinator);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['x-total-pages'], '1');
    const pdf = readPdfText(res.rawPayload);
    // Four households: the declined one gets no letter.
    assert.equal(pdf.pageCount, 4);
    assert.ok(pdf.pages.every((p) => Math.round(p.width) === 595 && Math.round(p.height) === 842));
    const pageOf = (code: string) => {
      const page = pdf.pages.find((p) => p.text.includes(code));
      assert.ok(page, `a page with ${code}`);
      return page.text;
    };

    const fr = pageOf(french.invitationCode);
    assert.match(fr, /Un ordinateur pour votre enfant/);
    assert.match(fr, /Bonjour Awa Diallo/);
    assert.match(fr, /Léa/);
    assert.match(fr, /60\s€/);
    assert.match(fr, /6 ateliers de 2 h/);
    assert.match(fr, /samedi 3 octobre 2026, de 09:00 à 12:00/);
    assert.match(fr, /03 81 11 22 33/);
    assert.match(fr, /École des Tilleuls/);

    const en = pageOf(english.invitationCode);
    assert.match(en, /A computer for your child/);
    assert.match(en, /Hello John Smith/);
    assert.match(en, /€60/);

    // Arabic is not offered by the programme: the letter is in French, with the appointment.
    const withAppointment = pageOf(booked.invitationCode);
    assert.match(withAppointment, /Votre rendez-vous/);
    assert.match(withAppointment, /Le samedi 3 octobre 2026, à 10:00/);
    assert.match(withAppointment, /Préau des Tilleuls, 3 rue des Tilleuls/);

    assert.match(pageOf(otherSchool.invitationCode), /École Victor Hugo/);
  });

  it('prints one household’s letter, and a director gets her school’s letters only', async () => {
    const one = await letters(coordinator, `?householdId=${english.householdId}`);
    assert.equal(one.statusCode, 200);
    assert.equal(readPdfText(one.rawPayload).pageCount, 1);

    const hers = await letters(director);
    assert.equal(hers.statusCode, 200);
    const text = readPdfText(hers.rawPayload);
    assert.equal(text.pageCount, 3);
    assert.ok(!text.text.includes(otherSchool.invitationCode));
    assert.equal((await letters(director, `?schoolId=${schoolB.id}`)).statusCode, 404);
    assert.equal((await letters(director, `?householdId=${otherSchool.householdId}`)).statusCode, 404);
    const beyond = await letters(coordinator, '?page=2');
    assert.equal(beyond.statusCode, 400);
    assert.equal(beyond.json().errors[0].field, 'query.page');
  });

  it('sends by email and SMS, counts letter-only households, and a second send is a reminder', async () => {
    const send = () =>
      director.post(`${base(a)}/campaigns/${campaign.id}/invitations/send`, { channels: ['email', 'sms'] });
    const first = await send();
    assert.equal(first.statusCode, 200, first.body);
    // The director reaches her school's three households; the landline gets no SMS.
    assert.deepEqual(first.json(), { households: 3, email: 1, sms: 1, letterOnly: 1, alreadyInvited: 0, skipped: 0 });

    const mails = await t.db.db.selectFrom('mail_outbox').selectAll().where('programme_id', '=', a.id).execute();
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.to_address, 'awa.diallo@example.test');
    assert.equal(mails[0]!.template, 'family_invitation');
    assert.match(mails[0]!.body_text, new RegExp(french.invitationCode));
    assert.match(mails[0]!.body_text, /samedi 3 octobre 2026/);

    const sends = await t.db.db
      .selectFrom('invitation_sends')
      .select(['household_id', 'channel', 'recipient', 'language'])
      .where('campaign_id', '=', campaign.id)
      .execute();
    const byHousehold = (id: string) => sends.filter((s) => s.household_id === id).map((s) => [s.channel, s.language]);
    assert.deepEqual(byHousehold(french.householdId), [['email', 'fr']]);
    assert.deepEqual(byHousehold(english.householdId), [['sms', 'en']]);
    assert.deepEqual(byHousehold(booked.householdId), [['letter', 'fr']]);
    assert.equal(sends.find((s) => s.channel === 'sms')!.recipient, '+33612345678');

    assert.equal(await campaignHouseholdStatus(t.db.db, a.id, campaign.id, french.householdId), 'invited');
    assert.equal(await campaignHouseholdStatus(t.db.db, a.id, campaign.id, english.householdId), 'invited');
    // Never backwards: a booked household stays booked.
    assert.equal(await campaignHouseholdStatus(t.db.db, a.id, campaign.id, booked.householdId), 'booked');
    assert.equal(await campaignHouseholdStatus(t.db.db, a.id, campaign.id, otherSchool.householdId), 'allocated');

    const again = await send();
    assert.equal(again.json().alreadyInvited, 3);
    assert.equal(again.json().email, 1);
  });

  it('refuses households that are not in the campaign or out of reach', async () => {
    const res = await director.post(`${base(a)}/campaigns/${campaign.id}/invitations/send`, {
      householdIds: [otherSchool.householdId],
      channels: ['email'],
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'HOUSEHOLD_NOT_ELIGIBLE');
    assert.equal(res.json().errors[0].field, 'body.householdIds');
    assert.equal(await campaignHouseholdStatus(t.db.db, a.id, campaign.id, otherSchool.householdId), 'allocated');
    const badChannel = await coordinator.post(`${base(a)}/campaigns/${campaign.id}/invitations/send`, {
      channels: ['pigeon'],
    });
    assert.equal(badChannel.statusCode, 400);
  });

  it('prints the programme’s language when it does not offer the household’s', async () => {
    const frenchOnly = await makeProgramme(t.db.db, { languages: ['fr'] });
    const school = await makeDistributionSchool(t.db.db, frenchOnly.id);
    const c = await makeDistributionCampaign(t.db.db, frenchOnly.id, { schoolIds: [school.id] });
    const family = await makeCampaignFamily(t.db.db, frenchOnly.id, c, { preferredLanguage: 'en' });
    const client = await clientFor(frenchOnly.id, 'coordinator');
    const res = await client.get(`${base(frenchOnly)}/campaigns/${c.id}/invitations.pdf`);
    assert.equal(res.statusCode, 200);
    const text = readPdfText(res.rawPayload).text;
    assert.match(text, /Un ordinateur pour votre enfant/);
    assert.match(text, new RegExp(family.invitationCode));
    assert.match(text, /La date n’est pas encore fixée/);
  });

  it('someone of programme B gets no letter and sends nothing in programme A', async () => {
    const b = await makeProgramme(t.db.db);
    const coordinatorB = await clientFor(b.id, 'coordinator');
    assert.equal((await coordinatorB.get(`${base(a)}/campaigns/${campaign.id}/invitations.pdf`)).statusCode, 404);
    assert.equal((await coordinatorB.get(`${base(b)}/campaigns/${campaign.id}/invitations.pdf`)).statusCode, 404);
    const before = await t.db.db.selectFrom('invitation_sends').select('id').execute();
    const send = await coordinatorB.post(`${base(b)}/campaigns/${campaign.id}/invitations/send`, {
      channels: ['email'],
    });
    assert.equal(send.statusCode, 404);
    assert.equal((await t.db.db.selectFrom('invitation_sends').select('id').execute()).length, before.length);
  });
});
