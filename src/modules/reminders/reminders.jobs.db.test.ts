import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { makeCard } from '../../../test/factories/cards.js';
import { makeHousehold } from '../../../test/factories/households.js';
import { makeSession } from '../../../test/factories/trainings.js';
import { makeVenue } from '../../../test/factories/venues.js';
import { makeProgramme } from '../../../test/factories.js';
import { loadConfig } from '../../platform/config.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { leaves, parseMime } from '../../../test/helpers/mime.js';
import { type DatabaseHandle, openPostgres, openSqlite } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { claimJob, findJobByKey } from '../../platform/jobs/jobs.repository.js';
import {
  DEFAULT_LEASE_SECONDS,
  type JobHandlers,
  backoffSeconds,
  runDueJobs,
} from '../../platform/jobs/jobs.worker.js';
import type { SmsDriver, SmsRequest } from '../../platform/sms/sms.js';
import { fromWallClock } from '../../platform/time/local-time.js';
import { unfoldIcs } from './ics.js';
import { reminderJobHandlers } from './reminders.jobs.js';
import {
  BOOKING_PROMOTED_JOB,
  SESSION_CANCELLED_JOB,
  cancelBookingReminder,
  notifyBookingPromoted,
  notifySessionCancelled,
  reminderKey,
  scheduleBookingReminder,
} from './reminders.schedule.js';

const silent = { info() {}, warn() {}, error() {} };

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on 127.0.0.1, port chosen by the system; `reject` makes it refuse every message. */
async function startSmtp() {
  const received: Received[] = [];
  const state = { reject: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (state.reject) {
          callback(Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 }));
          return;
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function recordingSms(): { driver: SmsDriver; sent: SmsRequest[] } {
  const sent: SmsRequest[] = [];
  return {
    sent,
    driver: {
      kind: 'http',
      async send(message) {
        sent.push(message);
        return { providerId: `p-${sent.length}` };
      },
    },
  };
}

function calendarOf(raw: string) {
  const mail = parseMime(raw);
  const parts = leaves(mail);
  const text = parts.find((p) => p.contentType === 'text/plain');
  const calendar = parts.find((p) => p.contentType === 'text/calendar');
  return { mail, text: text?.body ?? '', calendar, lines: calendar ? unfoldIcs(calendar.body) : [] };
}

/** The configuration as the app reads it from the environment (test/helpers/app.ts does the same). */
function testConfig(env: Record<string, string> = {}) {
  return loadConfig({
    NODE_ENV: 'test',
    PUBLIC_BASE_URL: 'http://localhost:3000',
    CARTABLE_DATA_DIR: '/nonexistent',
    ...env,
  });
}

describe('workshop reminders and notices (jobs, SMTP, SMS)', () => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let programmeId: string;
  let otherProgrammeId: string;
  let venue: { id: string; roomId: string };
  let sms: ReturnType<typeof recordingSms>;
  let handlers: JobHandlers;
  // Sessions far in the future, placed in time by `now` arguments: no test waits.
  const startsAt = fromWallClock('2030-06-12', '14:00', 'Europe/Paris')!;
  const beforeDue = new Date('2030-06-10T08:00:00.000Z');
  const due = new Date('2030-06-11T08:00:01.000Z'); // the day before at 10:00 Paris (CEST, UTC+2)

  before(async () => {
    db = await createTestDatabase();
    smtp = await startSmtp();
    programmeId = (await makeProgramme(db.db, { name: 'Cartable Besançon' })).id;
    otherProgrammeId = (await makeProgramme(db.db)).id;
    venue = await makeVenue(db.db, programmeId, { name: 'Médiathèque Pierre-Bayle' });
    await db.db
      .updateTable('organisations')
      .set({ address_line: '27 rue de la République', postal_code: '25000', phone: '03 81 87 80 40' })
      .where('id', '=', venue.id)
      .execute();
  });
  beforeEach(async () => {
    // Each test sees only its own jobs; the SMTP URL is the app's configuration (SMTP_URL).
    await db.db
      .updateTable('jobs')
      .set({ status: 'cancelled' })
      .where('status', 'in', ['pending', 'running'])
      .execute();
    smtp.received.length = 0;
    smtp.state.reject = false;
    sms = recordingSms();
    handlers = reminderJobHandlers(testConfig({ SMTP_URL: smtp.url }), silent, { sms: sms.driver });
  });
  after(async () => {
    await smtp.close();
    await db.drop();
  });

  async function bookedFamily(
    o: {
      preferredLanguage?: string | null;
      contacts?: { kind: 'phone' | 'email'; value: string }[];
      status?: string;
    } = {},
  ) {
    const household = await makeHousehold(db.db, programmeId, {
      preferredLanguage: o.preferredLanguage === undefined ? 'fr' : o.preferredLanguage,
      contacts: o.contacts ?? [{ kind: 'email', value: `parent-${newId().slice(-8)}@example.test` }],
    });
    const card = await makeCard(db.db, programmeId, { householdId: household.id });
    const session = await makeSession(db.db, programmeId, {
      venueId: venue.id,
      roomId: venue.roomId,
      startsAt: new Date(startsAt),
    });
    const bookingId = newId();
    const now = nowIso();
    await db.db
      .insertInto('training_bookings')
      .values({
        id: bookingId,
        programme_id: programmeId,
        session_id: session.id,
        card_id: card.id,
        household_id: household.id,
        status: o.status ?? 'booked',
        channel: 'venue',
        waitlisted_at: null,
        booked_at: now,
        cancelled_at: null,
        cancel_reason: null,
        attended_at: null,
        absent_marked_at: null,
        created_by: 'test',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const scheduled = await scheduleBookingReminder(
      db.db,
      programmeId,
      { bookingId, startsAt: session.startsAt, timeZone: 'Europe/Paris', reminderLocalTime: '10:00' },
      beforeDue,
    );
    assert.equal(scheduled, true);
    return { bookingId, card, session, householdId: household.id };
  }

  it('sends the reminder the day before to the real SMTP server, with the .ics, in the household language, once', async () => {
    const family = await bookedFamily({
      preferredLanguage: 'en',
      contacts: [
        { kind: 'email', value: 'Parent.One@Example.test' },
        { kind: 'phone', value: '06 12 34 56 78' },
      ],
    });
    assert.equal((await runDueJobs(db.db, { handlers, logger: silent }, { now: beforeDue })).jobs.length, 0);

    const report = await runDueJobs(db.db, { handlers, logger: silent }, { now: due, workerId: 'w1' });
    assert.equal(report.done, 1);
    assert.equal(smtp.received.length, 1);
    const [message] = smtp.received;
    assert.deepEqual(message!.to, ['parent.one@example.test']);
    const { mail, text, calendar, lines } = calendarOf(message!.raw);
    assert.equal(mail.headers.subject, 'Reminder: your workshop on Wednesday 12 June at 14:00');
    assert.equal(mail.headers['message-id'], `<reminder-${family.bookingId}@localhost>`);
    assert.match(text, /We look forward to seeing you at the workshop “Workshop \d+”\./);
    assert.match(text, /Where: Médiathèque Pierre-Bayle, 27 rue de la République, 25000\./);
    assert.match(text, /Step-free access\. Accessible toilets\./);
    assert.ok(text.includes(`Bring your workshop card (number ${family.card.number}).`));
    assert.ok(text.includes('Call the venue on 03 81 87 80 40, at least 24 hours before.'));
    assert.ok(calendar, 'a text/calendar part is attached');
    assert.equal(calendar.filename, 'atelier.ics');
    assert.ok(lines.includes('METHOD:PUBLISH'));
    assert.ok(lines.includes(`DTSTART:${startsAt.replace(/[-:]/g, '').replace('.000Z', 'Z')}`));
    assert.ok(lines.includes('DTSTART:20300612T120000Z'), 'the session start, in UTC');
    assert.ok(lines.includes('DTEND:20300612T140000Z'));
    assert.ok(lines.includes(`UID:booking-${family.bookingId}@localhost`));
    assert.ok(lines.includes('LOCATION:Médiathèque Pierre-Bayle\\, 27 rue de la République\\, 25000'));

    assert.equal(sms.sent.length, 1);
    assert.equal(sms.sent[0]!.to, '+33612345678');
    assert.match(sms.sent[0]!.text, /^Cartable Besançon: workshop “Workshop \d+” on Wednesday 12 June at 14:00/);
    assert.match(sms.sent[0]!.text, /To cancel: 03 81 87 80 40\.$/);
    assert.ok(sms.sent[0]!.reference.startsWith(`reminder:${family.bookingId}:`));

    const job = await findJobByKey(db.db, reminderKey(family.bookingId));
    assert.equal(job?.status, 'done');
    assert.equal(job?.attempts, 1);
    assert.ok(job?.finished_at);
    const result = JSON.parse(job!.result!) as Record<string, unknown>;
    assert.equal(result.outcome, 'sent');
    assert.equal(result.language, 'en');
    assert.equal(result.email, 'smtp');

    // A done job is never sent again, even long after.
    const later = new Date(due.getTime() + 2 * DEFAULT_LEASE_SECONDS * 1000);
    assert.equal((await runDueJobs(db.db, { handlers, logger: silent }, { now: later })).jobs.length, 0);
    assert.equal(smtp.received.length, 1);
    assert.equal(sms.sent.length, 1);
  });

  it('falls back to the programme language when the household prefers one without messages', async () => {
    const family = await bookedFamily({ preferredLanguage: 'ar' });
    await runDueJobs(db.db, { handlers, logger: silent }, { now: due });
    assert.equal(smtp.received.length, 1);
    const { mail, text, lines } = calendarOf(smtp.received[0]!.raw);
    assert.equal(mail.headers.subject, 'Rappel : votre atelier le mercredi 12 juin à 14:00');
    assert.ok(text.includes(`Apportez votre carte d’ateliers (numéro ${family.card.number}).`));
    assert.ok(text.includes('Appelez le lieu au 03 81 87 80 40, au moins 24 heures avant.'));
    assert.ok(lines.includes('DTSTART:20300612T120000Z'));
  });

  it('retries a refused e-mail with a growing backoff, then gives up after max attempts', async () => {
    const family = await bookedFamily();
    smtp.state.reject = true;
    let now = due;
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const report = await runDueJobs(db.db, { handlers, logger: silent }, { now });
      const job = (await findJobByKey(db.db, reminderKey(family.bookingId)))!;
      assert.equal(job.attempts, attempt);
      assert.match(job.last_error ?? '', /451|busy/);
      if (attempt < 5) {
        assert.equal(report.retried, 1);
        assert.equal(job.status, 'pending');
        const delay = (Date.parse(job.run_at) - now.getTime()) / 1000;
        assert.ok(delay >= backoffSeconds(attempt) && delay < backoffSeconds(attempt) + 60, `delay ${delay}`);
        delays.push(Math.round(delay));
        // Not due again before its run_at.
        assert.equal((await runDueJobs(db.db, { handlers, logger: silent }, { now })).jobs.length, 0);
        now = new Date(Date.parse(job.run_at) + 1000);
      } else {
        assert.equal(report.failed, 1);
        assert.equal(job.status, 'failed');
        assert.ok(job.finished_at);
      }
    }
    assert.deepEqual(
      delays.map((d) => Math.round(d / 60)),
      [1, 2, 4, 8],
    );
    assert.equal(smtp.received.length, 0);
    smtp.state.reject = false;
    const afterwards = new Date(now.getTime() + 24 * 3600 * 1000);
    assert.equal((await runDueJobs(db.db, { handlers, logger: silent }, { now: afterwards })).jobs.length, 0);
  });

  it('sends nothing for a cancelled booking: the job is cancelled, and the handler checks again', async () => {
    const cancelled = await bookedFamily();
    await db.db
      .updateTable('training_bookings')
      .set({ status: 'cancelled' })
      .where('id', '=', cancelled.bookingId)
      .execute();
    assert.equal(await cancelBookingReminder(db.db, cancelled.bookingId, beforeDue), true);
    // Cancelled while the job was already claimed or about to be: the booking is read again.
    const raced = await bookedFamily();
    await db.db
      .updateTable('training_bookings')
      .set({ status: 'cancelled' })
      .where('id', '=', raced.bookingId)
      .execute();

    const report = await runDueJobs(db.db, { handlers, logger: silent }, { now: due });
    assert.deepEqual(
      report.jobs.map((j) => j.outcome),
      ['done'],
    );
    assert.equal(smtp.received.length, 0);
    assert.equal((await findJobByKey(db.db, reminderKey(cancelled.bookingId)))?.status, 'cancelled');
    const racedJob = await findJobByKey(db.db, reminderKey(raced.bookingId));
    assert.equal(racedJob?.status, 'done');
    assert.deepEqual(JSON.parse(racedJob!.result!), { outcome: 'booking_not_active' });
  });

  it('sends each job exactly once when two workers on two connections race', async () => {
    const second: DatabaseHandle = db.location.startsWith('postgres')
      ? openPostgres(db.location, 5)
      : openSqlite(db.location);
    try {
      const families = [];
      for (let i = 0; i < 8; i += 1) families.push(await bookedFamily());
      const [a, b] = await Promise.all([
        runDueJobs(db.db, { handlers, logger: silent }, { now: due, workerId: 'worker-a' }),
        runDueJobs(second.db, { handlers, logger: silent }, { now: due, workerId: 'worker-b' }),
      ]);
      const ran = [...a.jobs, ...b.jobs].map((j) => j.id).sort();
      assert.equal(ran.length, 8);
      assert.equal(new Set(ran).size, 8, 'no job ran in both workers');
      assert.equal(smtp.received.length, 8);
      const ids = smtp.received.map((m) => parseMime(m.raw).headers['message-id']).sort();
      assert.deepEqual(ids, families.map((f) => `<reminder-${f.bookingId}@localhost>`).sort());
      for (const f of families) {
        const job = await findJobByKey(db.db, reminderKey(f.bookingId));
        assert.equal(job?.status, 'done');
        assert.equal(job?.attempts, 1);
      }
    } finally {
      await second.destroy();
    }
  });

  it('picks up a job left running by a crashed worker once its lease has ended', async () => {
    const family = await bookedFamily();
    const job = (await findJobByKey(db.db, reminderKey(family.bookingId)))!;
    const claimedAt = due;
    const claimed = await claimJob(db.db, job.id, {
      now: claimedAt.toISOString(),
      lockedUntil: new Date(claimedAt.getTime() + DEFAULT_LEASE_SECONDS * 1000).toISOString(),
      workerId: 'crashed-worker',
    });
    assert.equal(claimed?.status, 'running');
    // The crashed worker is gone; while its lease holds, nobody else takes the job.
    const during = new Date(claimedAt.getTime() + 60_000);
    assert.equal((await runDueJobs(db.db, { handlers, logger: silent }, { now: during })).jobs.length, 0);
    const afterLease = new Date(claimedAt.getTime() + DEFAULT_LEASE_SECONDS * 1000 + 1000);
    const report = await runDueJobs(db.db, { handlers, logger: silent }, { now: afterLease, workerId: 'w2' });
    assert.equal(report.done, 1);
    assert.equal(smtp.received.length, 1);
    const row = (await findJobByKey(db.db, reminderKey(family.bookingId)))!;
    assert.equal(row.status, 'done');
    assert.equal(row.attempts, 2);
    assert.equal(row.locked_by, 'w2');
  });

  it('sends the SMS through the driver in the household language; no contact is not an error', async () => {
    const smsOnly = await bookedFamily({
      preferredLanguage: 'fr',
      contacts: [{ kind: 'phone', value: '07 56 12 34 56' }],
    });
    const landline = await bookedFamily({ contacts: [{ kind: 'phone', value: '03 81 00 00 00' }] });
    const none = await bookedFamily({ contacts: [] });
    await runDueJobs(db.db, { handlers, logger: silent }, { now: due });
    assert.equal(smtp.received.length, 0);
    assert.equal(sms.sent.length, 1);
    assert.equal(sms.sent[0]!.to, '+33756123456');
    assert.match(sms.sent[0]!.text, /^Cartable Besançon : atelier « Atelier \d+ » le mercredi 12 juin à 14:00/);
    assert.match(sms.sent[0]!.text, /Apportez votre carte\. Pour annuler : 03 81 87 80 40\.$/);
    const smsJob = JSON.parse((await findJobByKey(db.db, reminderKey(smsOnly.bookingId)))!.result!);
    assert.equal(smsJob.outcome, 'sent');
    assert.deepEqual(smsJob.sms, { count: 1, driver: 'http' });
    for (const f of [landline, none]) {
      const row = (await findJobByKey(db.db, reminderKey(f.bookingId)))!;
      assert.equal(row.status, 'done');
      assert.deepEqual(JSON.parse(row.result!), { outcome: 'no_contact' });
    }
  });

  it('does not send again the channel that went out when a later one fails', async () => {
    const family = await bookedFamily({
      contacts: [
        { kind: 'email', value: 'both@example.test' },
        { kind: 'phone', value: '06 98 76 54 32' },
      ],
    });
    let failSms = true;
    const flaky: SmsDriver = {
      kind: 'http',
      async send(message) {
        if (failSms) throw new Error('gateway down');
        sms.sent.push(message);
        return {};
      },
    };
    const flakyHandlers = reminderJobHandlers(testConfig({ SMTP_URL: smtp.url }), silent, { sms: flaky });
    assert.equal((await runDueJobs(db.db, { handlers: flakyHandlers, logger: silent }, { now: due })).retried, 1);
    assert.equal(smtp.received.length, 1);
    failSms = false;
    const retryAt = new Date(Date.parse((await findJobByKey(db.db, reminderKey(family.bookingId)))!.run_at) + 1000);
    assert.equal((await runDueJobs(db.db, { handlers: flakyHandlers, logger: silent }, { now: retryAt })).done, 1);
    assert.equal(smtp.received.length, 1, 'the e-mail is not sent a second time');
    assert.equal(sms.sent.length, 1);
  });

  it('tells the family that the session is cancelled, or that a seat freed for them', async () => {
    const cancelled = await bookedFamily({ preferredLanguage: 'fr', status: 'released' });
    await db.db
      .updateTable('training_sessions')
      .set({ status: 'cancelled', cancelled_at: nowIso(), cancel_reason: 'Formateur malade' })
      .where('id', '=', cancelled.session.id)
      .execute();
    await notifySessionCancelled(db.db, programmeId, [cancelled.bookingId], due);
    const promoted = await bookedFamily({ preferredLanguage: 'en' });
    assert.equal(await notifyBookingPromoted(db.db, programmeId, promoted.bookingId, due), true);
    // The reminders of both are not due yet.
    await cancelBookingReminder(db.db, cancelled.bookingId, due);

    const report = await runDueJobs(db.db, { handlers, logger: silent }, { now: due });
    assert.deepEqual(report.jobs.map((j) => j.kind).sort(), [
      BOOKING_PROMOTED_JOB,
      'training.reminder',
      SESSION_CANCELLED_JOB,
    ]);
    const byId = new Map(smtp.received.map((m) => [parseMime(m.raw).headers['message-id'], m.raw]));
    const cancelMail = calendarOf(byId.get(`<session-cancelled-${cancelled.bookingId}@localhost>`)!);
    assert.equal(cancelMail.mail.headers.subject, 'Atelier annulé le mercredi 12 juin');
    assert.ok(cancelMail.text.includes('Votre crédit vous est rendu. Vous pouvez réserver un autre atelier.'));
    assert.ok(cancelMail.lines.includes('STATUS:CANCELLED'));
    assert.ok(cancelMail.lines.includes('SEQUENCE:1'));
    const promotedMail = calendarOf(byId.get(`<booking-promoted-${promoted.bookingId}@localhost>`)!);
    assert.equal(promotedMail.mail.headers.subject, 'Good news: a seat for you on Wednesday 12 June');
    assert.ok(promotedMail.text.includes('A seat became free.'));
    assert.ok(promotedMail.lines.includes(`UID:booking-${promoted.bookingId}@localhost`));
  });

  it('reads a booking only in the job’s own programme', async () => {
    const family = await bookedFamily();
    await cancelBookingReminder(db.db, family.bookingId, due);
    await notifyBookingPromoted(db.db, otherProgrammeId, family.bookingId, due);
    const report = await runDueJobs(db.db, { handlers, logger: silent }, { now: due });
    assert.equal(report.done, 1);
    assert.equal(smtp.received.length, 0);
    const row = await findJobByKey(db.db, `${BOOKING_PROMOTED_JOB}:${family.bookingId}`);
    assert.deepEqual(JSON.parse(row!.result!), { outcome: 'booking_not_found' });
  });
});
