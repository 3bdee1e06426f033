import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cliActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { assertLedgerValid, attendBooking, bookCard, makeCard } from '../../../test/factories/cards.js';
import { makeSession } from '../../../test/factories/trainings.js';
import { reminderKey } from '../reminders/reminders.schedule.js';
import { bookSession } from '../trainings/bookings.service.js';
import type { Programme } from '../programmes/programmes.model.js';
import { correctCardLedger } from './card-corrections.service.js';
import { expireCards } from './card-expiry.service.js';
import { assertCardUsable, findCardByNumberForDesk, getCardSummary } from './card-lookup.service.js';
import { reissueCard, reportCardLost } from './card-reissue.service.js';
import { listCardLedger } from './cards.repository.js';

const DAY = 24 * 3600 * 1000;

async function rejects(promise: Promise<unknown>, code: string, check?: (e: AppError) => void): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof AppError, String(e));
    assert.equal(e.code, code);
    check?.(e);
    return true;
  });
}

describe('card loss, reissue, corrections and expiry', () => {
  let db: TestDatabase;
  let p: Programme;
  before(async () => {
    db = await createTestDatabase();
    p = await makeProgramme(db.db);
  });
  after(() => db.drop());

  const tx = <T>(work: (trx: Executor) => Promise<T>) => db.db.transaction().execute(work);
  const booking = (id: string) =>
    db.db.selectFrom('training_bookings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const sessionSeats = async (id: string) =>
    Number(
      (
        await db.db
          .selectFrom('training_sessions')
          .select('booked_count')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).booked_count,
    );

  it('keeps a lost card’s bookings until the reissue, which moves credits and bookings to the new card', async () => {
    const card = await makeCard(db.db, p.id);
    const s1 = await makeSession(db.db, p.id, { startsAt: new Date(Date.now() + 3 * DAY) });
    const s2 = await makeSession(db.db, p.id, { startsAt: new Date(Date.now() + 5 * DAY) });
    const full = await makeSession(db.db, p.id, { startsAt: new Date(Date.now() + 7 * DAY), seats: 1 });
    const b1 = await bookCard(db.db, p.id, card.id, s1.id);
    const b2 = await bookCard(db.db, p.id, card.id, s2.id);
    await bookCard(db.db, p.id, (await makeCard(db.db, p.id)).id, full.id);
    const waiting = await bookCard(db.db, p.id, card.id, full.id);
    assert.equal((await booking(waiting)).status, 'waiting');

    const lost = await tx((trx) => reportCardLost(trx, p.id, cliActor, card.id, { reason: 'Sac volé' }, 'fr'));
    assert.equal(lost.status, 'lost');
    assert.equal(lost.creditsAvailable, 4);
    assert.equal(lost.creditsHeld, 2);
    assert.equal((await booking(b1)).status, 'booked');
    await rejects(
      bookSession(db.db, p.id, cliActor, { sessionId: full.id, cardId: card.id, channel: 'venue' }),
      'CARD_LOST',
    );

    const r = await tx((trx) => reissueCard(trx, p.id, cliActor, card.id, 'fr'));
    assert.equal(r.card.status, 'active');
    assert.equal(r.card.creditsAvailable, 4);
    assert.equal(r.card.creditsHeld, 2);
    assert.equal(r.card.validUntil, lost.validUntil, 'a reissue never extends the card');
    assert.equal(r.card.householdId, card.householdId);
    assert.equal(r.replaced.status, 'replaced');
    assert.equal(r.replaced.creditsAvailable, 0);
    assert.equal(r.replaced.creditsHeld, 0);
    assert.equal(r.replaced.replacedByNumber, r.card.number);

    for (const [old, session] of [
      [b1, s1],
      [b2, s2],
    ] as const) {
      const o = await booking(old);
      assert.deepEqual([o.status, o.cancel_reason, o.card_id], ['released', 'card_reissued', card.id]);
      const moved = await db.db
        .selectFrom('training_bookings')
        .selectAll()
        .where('session_id', '=', session.id)
        .where('card_id', '=', r.card.id)
        .executeTakeFirstOrThrow();
      assert.equal(moved.status, 'booked');
      assert.equal(await sessionSeats(session.id), 1, 'the seat stays taken, by the new card');
      const jobs = await db.db
        .selectFrom('jobs')
        .select(['dedupe_key', 'status'])
        .where('dedupe_key', 'in', [reminderKey(old), reminderKey(moved.id)])
        .execute();
      const statusOf = new Map(jobs.map((j) => [j.dedupe_key, j.status]));
      assert.notEqual(statusOf.get(reminderKey(old)), 'pending');
      assert.equal(statusOf.get(reminderKey(moved.id)), 'pending');
    }
    const w = await booking(waiting);
    assert.deepEqual([w.status, w.card_id], ['waiting', r.card.id]);

    // The old number stops working: the desk sees where it went, booking refuses it.
    const desk = await findCardByNumberForDesk(db.db, p.id, card.number);
    assert.equal(desk.summary.status, 'replaced');
    assert.throws(
      () => assertCardUsable(desk.summary, new Date(), p.timeZone),
      (e: AppError) => e.code === 'CARD_REPLACED' && (e.options.detail ?? '').includes(r.card.number),
    );
    await rejects(
      bookSession(db.db, p.id, cliActor, { sessionId: full.id, cardId: card.id, channel: 'venue' }),
      'CARD_REPLACED',
    );
    await rejects(
      tx((trx) => reissueCard(trx, p.id, cliActor, card.id, 'fr')),
      'CARD_NOT_ACTIVE',
    );

    // Reissued twice (lost again): the chain stays exact.
    await tx((trx) => reportCardLost(trx, p.id, cliActor, r.card.id, { reason: 'Encore' }, 'fr'));
    const again = await tx((trx) => reissueCard(trx, p.id, cliActor, r.card.id, 'fr'));
    assert.equal(again.card.creditsAvailable, 4);
    assert.equal(again.card.creditsHeld, 2);
    const entries = await listCardLedger(db.db, p.id, r.card.id);
    assert.deepEqual(
      entries.map((e) => [e.sequence, e.kind, e.credits]),
      [
        [1, 'reissued', 6],
        [2, 'booked', -1],
        [3, 'booked', -1],
        [4, 'released', 1],
        [5, 'released', 1],
        [6, 'reissued', -6],
      ],
    );
    await assertLedgerValid(db.db, p.id);
  });

  it('corrects credits with a reason, reverses a redemption once, and never goes below zero', async () => {
    const card = await makeCard(db.db, p.id);
    const correct = (input: { credits: number; reason: string; reversesEntryId?: string }, cardId = card.id) =>
      tx((trx) => correctCardLedger(trx, p.id, cliActor, cardId, input, 'fr'));
    const plus = await correct({ credits: 2, reason: 'Atelier offert' });
    assert.equal(plus.card.creditsAvailable, 8);
    assert.equal(plus.entry.sequence, 2);
    const minus = await correct({ credits: -3, reason: 'Crédits donnés par erreur' });
    assert.equal(minus.card.creditsAvailable, 5);
    await rejects(correct({ credits: -6, reason: 'Trop' }), 'LEDGER_CORRECTION_INVALID', (e) =>
      assert.equal(e.options.fields?.[0]?.code, 'negative_balance'),
    );
    await rejects(correct({ credits: 0, reason: 'Rien' }), 'LEDGER_CORRECTION_INVALID');

    const session = await makeSession(db.db, p.id, { startsAt: new Date(Date.now() + 2 * DAY) });
    const bookingId = await bookCard(db.db, p.id, card.id, session.id);
    const redeemed = await attendBooking(db.db, p.id, card.id, bookingId);
    const issued = (await listCardLedger(db.db, p.id, card.id)).find((e) => e.kind === 'issued')!;
    await rejects(
      correct({ credits: 1, reason: 'Pas une présence', reversesEntryId: issued.id }),
      'LEDGER_CORRECTION_INVALID',
    );
    await rejects(correct({ credits: 2, reason: 'Deux', reversesEntryId: redeemed }), 'LEDGER_CORRECTION_INVALID');
    const other = await makeCard(db.db, p.id);
    await rejects(
      correct({ credits: 1, reason: 'Autre foyer', reversesEntryId: redeemed }, other.id),
      'LEDGER_CORRECTION_INVALID',
    );
    const reversal = await correct({ credits: 1, reason: 'Pointée par erreur', reversesEntryId: redeemed });
    assert.equal(reversal.entry.referenceId, redeemed);
    assert.equal(reversal.card.creditsAvailable, 5);
    await rejects(
      correct({ credits: 1, reason: 'Encore', reversesEntryId: redeemed }),
      'LEDGER_CORRECTION_INVALID',
      (e) => assert.equal(e.options.fields?.[0]?.code, 'already_reversed'),
    );
    const audit = await db.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', card.id)
      .where('action', '=', 'ledger_corrected')
      .execute();
    assert.equal(audit.length, 3);

    const replaced = await makeCard(db.db, p.id);
    await tx((trx) => reissueCard(trx, p.id, cliActor, replaced.id, 'fr'));
    await rejects(correct({ credits: 1, reason: 'Carte remplacée' }, replaced.id), 'CARD_NOT_ACTIVE');
    await assertLedgerValid(db.db, p.id);
  });

  it('expires cards past their last day: future bookings released, seats given to the waiting list, idempotent', async () => {
    const q = await makeProgramme(db.db);
    const now = new Date();
    const card = await makeCard(db.db, q.id);
    const keeper = await makeCard(db.db, q.id);
    const waiter = await makeCard(db.db, q.id);
    const past = await makeSession(db.db, q.id, { startsAt: new Date(now.getTime() - 3 * DAY) });
    const future = await makeSession(db.db, q.id, { startsAt: new Date(now.getTime() + 3 * DAY), seats: 1 });
    const pastBooking = await bookCard(db.db, q.id, card.id, past.id, new Date(now.getTime() - 5 * DAY));
    const futureBooking = await bookCard(db.db, q.id, card.id, future.id);
    const waiting = await bookCard(db.db, q.id, waiter.id, future.id);
    assert.equal((await booking(waiting)).status, 'waiting');

    // The card's last valid day was yesterday in the programme's zone; the keeper's is today.
    const today = now.toLocaleDateString('sv-SE', { timeZone: q.timeZone });
    const yesterday = new Date(now.getTime() - DAY).toLocaleDateString('sv-SE', { timeZone: q.timeZone });
    await db.db.updateTable('cards').set({ valid_until: yesterday }).where('id', '=', card.id).execute();
    await db.db.updateTable('cards').set({ valid_until: today }).where('id', '=', keeper.id).execute();

    const report = await expireCards(db.db, q.id, now);
    assert.deepEqual(report, { cardsExpired: 1, creditsExpired: 5, bookingsReleased: 1 });
    const expired = await getCardSummary(db.db, q.id, card.id);
    assert.deepEqual([expired.status, expired.creditsAvailable, expired.creditsHeld], ['expired', 0, 1]);
    const fb = await booking(futureBooking);
    assert.deepEqual([fb.status, fb.cancel_reason], ['released', 'card_expired']);
    assert.equal((await booking(pastBooking)).status, 'booked', 'the venue still marks a past workshop');
    assert.equal((await booking(waiting)).status, 'booked', 'the freed seat went to the waiting list');
    assert.equal(await sessionSeats(future.id), 1);
    assert.equal((await getCardSummary(db.db, q.id, keeper.id)).status, 'active');
    assert.deepEqual(
      (await listCardLedger(db.db, q.id, card.id)).map((e) => [e.kind, e.credits]),
      [
        ['issued', 6],
        ['booked', -1],
        ['booked', -1],
        ['released', 1],
        ['expired', -5],
      ],
    );
    assert.throws(
      () => assertCardUsable(expired, now, q.timeZone),
      (e: AppError) => e.code === 'CARD_EXPIRED',
    );

    assert.deepEqual(await expireCards(db.db, q.id, now), { cardsExpired: 0, creditsExpired: 0, bookingsReleased: 0 });
    assert.equal((await listCardLedger(db.db, q.id, card.id)).length, 5);
    await assertLedgerValid(db.db, q.id);
  });

  it('tells a card still valid today from one that ended yesterday, in the programme’s time zone', () => {
    const card = { status: 'active' as const, validUntil: '2030-01-15', replacedByNumber: null };
    // 22:30 UTC on the 15th is 23:30 in Paris: still the last valid day.
    assertCardUsable(card, new Date('2030-01-15T22:30:00Z'), 'Europe/Paris');
    // 23:30 UTC on the 15th is already the 16th in Paris.
    assert.throws(
      () => assertCardUsable(card, new Date('2030-01-15T23:30:00Z'), 'Europe/Paris'),
      (e: AppError) => e.code === 'CARD_EXPIRED',
    );
    assert.throws(
      () => assertCardUsable({ ...card, status: 'lost' }, new Date('2030-01-01T00:00:00Z'), 'Europe/Paris'),
      (e: AppError) => e.code === 'CARD_LOST',
    );
  });
});
