import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../cli.js';
import { cliActor } from '../../platform/auth/actor.js';
import { newId } from '../../platform/db/ids.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { attendBooking, bookCard, makeCard } from '../../../test/factories/cards.js';
import { makeHousehold } from '../../../test/factories/households.js';
import { makeSession } from '../../../test/factories/trainings.js';
import type { Programme } from '../programmes/programmes.model.js';
import { cancelBooking } from '../trainings/bookings.service.js';
import { reissueCard } from './card-reissue.service.js';
import { listCardLedger } from './cards.repository.js';
import { rebuildDailyFigures } from '../dashboard/daily-figures.repository.js';
import { VERIFY_PAGE, verifyLedger } from './ledger-verify.js';

const DAY = 24 * 3600 * 1000;

describe('ledger verification', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
  });
  after(() => db.drop());

  /** A programme with a card in each state the ledger knows: booked, attended, cancelled, reissued. */
  async function scenario(): Promise<{ p: Programme; card: { id: string; number: string }; bookings: string[] }> {
    const p = await makeProgramme(db.db);
    const card = await makeCard(db.db, p.id);
    const sessions = [];
    for (let i = 1; i <= 3; i += 1) {
      sessions.push(await makeSession(db.db, p.id, { startsAt: new Date(Date.now() + (i * 2 + 2) * DAY) }));
    }
    const bookings = [];
    for (const s of sessions) bookings.push(await bookCard(db.db, p.id, card.id, s.id));
    await attendBooking(db.db, p.id, card.id, bookings[0]!);
    await cancelBooking(db.db, p.id, cliActor, { bookingId: bookings[1]!, byFamily: false });
    const lost = await makeCard(db.db, p.id);
    await bookCard(db.db, p.id, lost.id, sessions[2]!.id);
    await db.db.transaction().execute((trx) => reissueCard(trx, p.id, cliActor, lost.id, 'fr'));
    return { p, card, bookings };
  }
  const codes = async (programmeId: string) =>
    (await verifyLedger(db.db, programmeId)).problems.map((p) => p.code).sort();
  const entryOf = async (programmeId: string, cardId: string, kind: string) =>
    (await listCardLedger(db.db, programmeId, cardId)).find((e) => e.kind === kind)!;

  it('finds nothing wrong in a ledger written by the services, and counts what it checked', async () => {
    const { p } = await scenario();
    const report = await verifyLedger(db.db, p.id);
    assert.deepEqual(report.problems, []);
    assert.equal(report.cardsChecked, 3);
    assert.equal(report.entriesChecked, 6 + 4 + 2);
  });

  it('detects a balance changed by hand', async () => {
    const { p, card } = await scenario();
    await db.db.updateTable('cards').set({ credits_available: 9 }).where('id', '=', card.id).execute();
    const report = await verifyLedger(db.db, p.id);
    assert.deepEqual(
      report.problems.map((x) => [x.number, x.code]),
      [[card.number, 'BALANCE_MISMATCH']],
    );
    assert.match(report.problems[0]!.detail, /9 available/);
  });

  it('detects a deleted entry (a gap in the numbering)', async () => {
    const { p, card } = await scenario();
    const entries = await listCardLedger(db.db, p.id, card.id);
    await db.db.deleteFrom('card_ledger').where('id', '=', entries[2]!.id).execute();
    const report = await verifyLedger(db.db, p.id);
    const gap = report.problems.find((x) => x.code === 'SEQUENCE_GAP');
    assert.equal(gap?.cardId, card.id);
    assert.match(gap?.detail ?? '', /entry number 3 is missing/);
    const found = report.problems.map((x) => x.code);
    for (const code of ['ENTRY_COUNT_MISMATCH', 'BALANCE_MISMATCH', 'RESOLUTION_BEFORE_BOOKED']) {
      assert.ok(found.includes(code), `${code} in ${found.join()}`);
    }

    // The last entry deleted leaves no gap, but the card's counter tells.
    const other = await scenario();
    const last = (await listCardLedger(db.db, other.p.id, other.card.id)).at(-1)!;
    await db.db.deleteFrom('card_ledger').where('id', '=', last.id).execute();
    assert.ok((await codes(other.p.id)).includes('ENTRY_COUNT_MISMATCH'));
  });

  it('detects an edited entry', async () => {
    const { p, card } = await scenario();
    const booked = await entryOf(p.id, card.id, 'booked');
    await db.db.updateTable('card_ledger').set({ credits: 0 }).where('id', '=', booked.id).execute();
    // The daily roll-up was moved with the entry as written: it now disagrees with the edit too.
    assert.deepEqual(await codes(p.id), ['BALANCE_MISMATCH', 'DAILY_FIGURES_MISMATCH', 'ENTRY_CREDITS_INVALID']);

    const other = await scenario();
    const issued = await entryOf(other.p.id, other.card.id, 'issued');
    await db.db.updateTable('card_ledger').set({ credits: 7 }).where('id', '=', issued.id).execute();
    assert.deepEqual(await codes(other.p.id), ['BALANCE_MISMATCH', 'DAILY_FIGURES_MISMATCH']);
  });

  it('detects a second redemption inserted by hand, even with the balances adjusted to match', async () => {
    const { p, card, bookings } = await scenario();
    const redeemed = await entryOf(p.id, card.id, 'redeemed');
    const row = await db.db.selectFrom('cards').selectAll().where('id', '=', card.id).executeTakeFirstOrThrow();
    const forged = (sequence: number, referenceId: string | null) => ({
      ...redeemed,
      id: newId(),
      sequence,
      reference_id: referenceId,
      idempotency_key: null,
    });
    // The same booking twice: the unique index refuses it outright.
    await assert.rejects(
      db.db
        .insertInto('card_ledger')
        .values(forged(Number(row.ledger_entries) + 1, bookings[0]!))
        .execute(),
    );
    // Without a reference, or on the cancelled booking: the verification catches it.
    await db.db
      .insertInto('card_ledger')
      .values(forged(Number(row.ledger_entries) + 1, null))
      .execute();
    await db.db
      .insertInto('card_ledger')
      .values(forged(Number(row.ledger_entries) + 2, bookings[1]!))
      .execute();
    await db.db
      .updateTable('cards')
      .set({ ledger_entries: Number(row.ledger_entries) + 2, credits_held: Number(row.credits_held) - 2 })
      .where('id', '=', card.id)
      .execute();
    const found = await codes(p.id);
    for (const code of [
      'ENTRY_WITHOUT_REFERENCE',
      'NEGATIVE_BALANCE',
      'DUPLICATE_RESOLUTION',
      'REDEEMED_NOT_ATTENDED',
    ]) {
      assert.ok(found.includes(code), `${code} in ${found.join()}`);
    }
    assert.ok(!found.includes('BALANCE_MISMATCH'), 'the tamperer adjusted the balances');
  });

  it('detects a booking whose credit is not held, and an attended booking never redeemed', async () => {
    const { p, bookings } = await scenario();
    await db.db.updateTable('training_bookings').set({ status: 'booked' }).where('id', '=', bookings[1]!).execute();
    await db.db.updateTable('training_bookings').set({ status: 'attended' }).where('id', '=', bookings[2]!).execute();
    const found = await codes(p.id);
    assert.deepEqual(found, ['ATTENDED_NOT_REDEEMED', 'BOOKED_NOT_HELD', 'HELD_WITHOUT_BOOKING']);
  });

  it('detects a reissue whose two halves do not balance', async () => {
    const { p } = await scenario();
    const incoming = await db.db
      .selectFrom('card_ledger')
      .selectAll()
      .where('programme_id', '=', p.id)
      .where('kind', '=', 'reissued')
      .where('sequence', '=', 1)
      .executeTakeFirstOrThrow();
    await db.db
      .updateTable('card_ledger')
      .set({ credits: Number(incoming.credits) + 1 })
      .where('id', '=', incoming.id)
      .execute();
    await db.db
      .updateTable('cards')
      .set((eb) => ({ credits_available: eb('credits_available', '+', 1) }))
      .where('id', '=', incoming.card_id)
      .execute();
    assert.deepEqual(await codes(p.id), ['DAILY_FIGURES_MISMATCH', 'REISSUE_UNBALANCED']);
  });

  it('reads the cards page by page and checks only its own programme', async () => {
    const p = await makeProgramme(db.db);
    const other = await makeProgramme(db.db);
    await makeCard(db.db, other.id);
    const household = await makeHousehold(db.db, p.id);
    const count = VERIFY_PAGE * 2 + 37;
    const at = new Date().toISOString();
    const ids: string[] = [];
    for (let start = 0; start < count; start += 250) {
      const cards = [];
      const entries = [];
      for (let i = start; i < Math.min(count, start + 250); i += 1) {
        const id = newId();
        ids.push(id);
        cards.push({
          id,
          programme_id: p.id,
          household_id: household.id,
          handover_id: null,
          number: `CT-${String(i).padStart(4, '0')}-0000-A`,
          pin_hash: 'x',
          hours_per_credit: 2,
          valid_until: '2099-12-31',
          status: 'active',
          replaced_by_id: null,
          replaces_id: null,
          credits_available: 6,
          credits_held: 0,
          ledger_entries: 1,
          lost_at: null,
          lost_reason: null,
          created_at: at,
          updated_at: at,
        });
        entries.push({
          id: newId(),
          programme_id: p.id,
          card_id: id,
          sequence: 1,
          kind: 'issued',
          credits: 6,
          reference_id: null,
          idempotency_key: null,
          note: null,
          actor_label: 'test',
          created_at: at,
        });
      }
      await db.db.insertInto('cards').values(cards).execute();
      await db.db.insertInto('card_ledger').values(entries).execute();
    }
    // Entries written in bulk around cards/ledger.ts leave the daily roll-up to be rebuilt.
    await rebuildDailyFigures(db.db, p.id);
    const clean = await verifyLedger(db.db, p.id);
    assert.deepEqual([clean.cardsChecked, clean.entriesChecked, clean.problems.length], [count, count, 0]);
    const sorted = [...ids].sort();
    const victim = sorted[VERIFY_PAGE + 500]!;
    await db.db.updateTable('cards').set({ credits_available: 5 }).where('id', '=', victim).execute();
    const found = await verifyLedger(db.db, p.id);
    assert.deepEqual(
      found.problems.map((x) => [x.cardId, x.code]),
      [[victim, 'BALANCE_MISMATCH']],
    );
  });

  it('cartable ledger verify prints a summary and exits 1 when it finds a problem', async () => {
    const { p, card } = await scenario();
    const env: NodeJS.ProcessEnv =
      db.dialect === 'postgres'
        ? { NODE_ENV: 'test', DATABASE_URL: db.location }
        : { NODE_ENV: 'test', CARTABLE_DATA_DIR: path.dirname(db.location) };
    const cli = async (argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(argv, {
        out: (l) => out.push(l),
        err: (l) => err.push(l),
        readStdin: async () => '',
        env,
      });
      return { code, out: out.join('\n'), err: err.join('\n') };
    };
    const ok = await cli(['ledger', 'verify', '--programme', p.slug]);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /ledger intact — 3 card\(s\), 12 entries checked/);

    await db.db.updateTable('cards').set({ credits_held: 4 }).where('id', '=', card.id).execute();
    const bad = await cli(['ledger', 'verify', '--programme', p.slug]);
    assert.equal(bad.code, 1);
    assert.match(bad.err, new RegExp(`${card.number}\\s+BALANCE_MISMATCH`));
    assert.match(bad.err, /Ledger check FAILED: 1 problem/);

    const unknown = await cli(['ledger', 'verify', '--programme', 'no-such-programme']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /No programme/);
    const usage = await cli(['ledger', 'check']);
    assert.equal(usage.code, 2);
  });
});
