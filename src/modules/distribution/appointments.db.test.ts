import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeProgramme } from '../../../test/factories.js';
import {
  type DistributionCampaign,
  makeCampaignFamily,
  makeDistributionCampaign,
  makeDistributionSchool,
} from '../../../test/factories/distribution.js';
import { type TestDatabase, createTestDatabase, testDialect } from '../../../test/helpers/database.js';
import { cliActor } from '../../platform/auth/actor.js';
import { type DatabaseHandle, openPostgres, openSqlite } from '../../platform/db/database.js';
import { isAppError } from '../../platform/errors.js';
import type { Programme } from '../programmes/programmes.model.js';
import { bookAppointment, changeAppointment } from './appointments.service.js';
import { addSlots, createEvent } from './events.service.js';

const everySchool = { all: true, schoolIds: [] };

/**
 * Two connections to one database stand for two `cartable serve` processes: the seat count lives
 * in the database, so the last seat goes to one household only, whichever process asks.
 *
 * PostgreSQL only: better-sqlite3 is synchronous, so a second SQLite connection in the SAME
 * process waiting for the write lock blocks the event loop that the first one needs to finish
 * its transaction (SQLITE_BUSY after busy_timeout). Between real processes the booking's first
 * statement is the seat UPDATE, so the second process waits for the lock and then sees the seat
 * taken; within one process Kysely runs SQLite transactions one after the other (the HTTP test
 * races two bookings through one app).
 */
describe(
  'appointments across two processes',
  { skip: testDialect === 'sqlite' && 'needs two processes on SQLite' },
  () => {
    let db: TestDatabase;
    let second: DatabaseHandle;
    let programme: Programme;
    let campaign: DistributionCampaign;

    before(async () => {
      db = await createTestDatabase();
      second = db.dialect === 'postgres' ? openPostgres(db.location, 5) : openSqlite(db.location);
      programme = await makeProgramme(db.db);
      const school = await makeDistributionSchool(db.db, programme.id);
      campaign = await makeDistributionCampaign(db.db, programme.id, { schoolIds: [school.id] });
    });
    after(async () => {
      await second?.destroy();
      await db?.drop();
    });

    async function slotOf(capacity: number, startsAt: string, endsAt: string): Promise<string> {
      return db.db.transaction().execute(async (trx) => {
        const event = await createEvent(
          trx,
          programme,
          cliActor,
          everySchool,
          campaign.id,
          { placeName: 'Préau', date: '2026-10-10', schoolId: campaign.schoolIds[0]! },
          'fr',
        );
        const { created } = await addSlots(
          trx,
          programme,
          cliActor,
          everySchool,
          event.id,
          { startsAt, endsAt, capacity },
          'fr',
        );
        return created[0]!.id;
      });
    }

    const bookThrough = (handle: DatabaseHandle, householdId: string, slotId: string) =>
      handle.db
        .transaction()
        .execute((trx) =>
          bookAppointment(
            trx,
            programme,
            cliActor,
            everySchool,
            { campaignId: campaign.id, householdId, slotId },
            'fr',
          ),
        )
        .then(
          () => 'booked',
          (error: unknown) => (isAppError(error) ? error.code : Promise.reject(error)),
        );

    it('gives the last seat to one household when two processes book it at the same moment', async () => {
      for (let round = 0; round < 5; round += 1) {
        const slotId = await slotOf(1, `0${round}:00`, `0${round}:30`);
        const [x, y] = [
          await makeCampaignFamily(db.db, programme.id, campaign),
          await makeCampaignFamily(db.db, programme.id, campaign),
        ];
        const outcomes = await Promise.all([
          bookThrough(db, x.householdId, slotId),
          bookThrough(second, y.householdId, slotId),
        ]);
        assert.deepEqual(outcomes.sort(), ['SLOT_FULL', 'booked'], `round ${round}`);
        const slot = await db.db
          .selectFrom('distribution_slots')
          .select('booked')
          .where('id', '=', slotId)
          .executeTakeFirstOrThrow();
        assert.equal(slot.booked, 1);
        const appointments = await db.db
          .selectFrom('appointments')
          .select('id')
          .where('slot_id', '=', slotId)
          .execute();
        assert.equal(appointments.length, 1);
      }
    });

    it('a move and a booking racing for the last seat of a slot never overfill it', async () => {
      const target = await slotOf(1, '10:00', '10:30');
      const origin = await slotOf(3, '11:00', '11:30');
      const mover = await makeCampaignFamily(db.db, programme.id, campaign);
      const booker = await makeCampaignFamily(db.db, programme.id, campaign);
      const appointment = await db.db
        .transaction()
        .execute((trx) =>
          bookAppointment(
            trx,
            programme,
            cliActor,
            everySchool,
            { campaignId: campaign.id, householdId: mover.householdId, slotId: origin },
            'fr',
          ),
        );
      const move = second.db
        .transaction()
        .execute((trx) =>
          changeAppointment(trx, programme, cliActor, everySchool, appointment.id, { slotId: target }, 'fr'),
        )
        .then(
          () => 'moved',
          (error: unknown) => (isAppError(error) ? error.code : Promise.reject(error)),
        );
      const outcomes = await Promise.all([move, bookThrough(db, booker.householdId, target)]);
      assert.ok(outcomes.includes('SLOT_FULL'), outcomes.join());
      const seats = await db.db
        .selectFrom('distribution_slots')
        .select(['id', 'booked'])
        .where('id', 'in', [target, origin])
        .execute();
      const byId = Object.fromEntries(seats.map((s) => [s.id, s.booked]));
      assert.equal(byId[target], 1);
      assert.equal(byId[origin], outcomes[0] === 'moved' ? 0 : 1);
    });
  },
);
