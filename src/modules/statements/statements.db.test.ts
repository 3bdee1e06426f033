import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { readPdfText } from '../../../test/helpers/pdf-text.js';
import { makeProgramme } from '../../../test/factories.js';
import { assertLedgerValid, makeCard } from '../../../test/factories/cards.js';
import { makeTheme, makeVenue } from '../../../test/factories/venues.js';
import { makeSession } from '../../../test/factories/trainings.js';
import { makeRedemption } from '../../../test/factories/statements.js';
import type { RoleGrant, UserActor } from '../../platform/auth/actor.js';
import { cliActor } from '../../platform/auth/actor.js';
import { transactionWithRetry } from '../../platform/db/retry.js';
import { type AppError, isAppError } from '../../platform/errors.js';
import { correctCardLedger } from '../cards/card-corrections.service.js';
import type { Programme } from '../programmes/programmes.model.js';
import { issueStatement } from './issue-statement.js';
import { getStatement, getStatementFile, listStatements } from './statements.service.js';

function userActor(grants: RoleGrant[]): UserActor {
  return {
    kind: 'user',
    userId: 'u',
    email: 'coordinatrice@example.test',
    displayName: 'Coordinatrice',
    locale: null,
    grants,
    sessionIdHash: '',
  };
}

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(isAppError(e), String(e));
    assert.equal((e as AppError).code, code);
    return true;
  });
}

const at = (iso: string) => new Date(iso);

describe('venue statements (database)', () => {
  let t: TestDatabase;
  let p: Programme;
  let coordinator: UserActor;
  const audit = { userId: null, label: 'coordinatrice@example.test', role: 'coordinator' };
  let v1: Awaited<ReturnType<typeof makeVenue>>;
  let v2: Awaited<ReturnType<typeof makeVenue>>;
  let themeA: { id: string; code: string };
  let themeB: { id: string; code: string };
  const cards: Awaited<ReturnType<typeof makeCard>>[] = [];
  const redeemed: Record<string, string> = {};

  before(async () => {
    t = await createTestDatabase();
    p = await makeProgramme(t.db);
    coordinator = userActor([{ programmeId: p.id, role: 'coordinator', organisationId: null }]);
    v1 = await makeVenue(t.db, p.id, { name: 'Médiathèque Pierre-Bayle' });
    v2 = await makeVenue(t.db, p.id, { name: 'Espace numérique Planoise' });
    themeA = await makeTheme(t.db, p.id, { code: 'first_steps' });
    themeB = await makeTheme(t.db, p.id, { code: 'email' });
    for (let i = 0; i < 5; i += 1) cards.push(await makeCard(t.db, p.id, { now: at('2026-08-20T10:00:00Z') }));
    // September 2026: three redemptions, two at venue 1 (one session), one at venue 2.
    const s1 = await makeSession(t.db, p.id, {
      venueId: v1.id,
      roomId: v1.roomId,
      themeId: themeA.id,
      startsAt: at('2026-09-10T12:00:00Z'),
    });
    const s3 = await makeSession(t.db, p.id, {
      venueId: v2.id,
      roomId: v2.roomId,
      themeId: themeB.id,
      startsAt: at('2026-09-15T08:00:00Z'),
    });
    redeemed.c0s1 = (
      await makeRedemption(t.db, p.id, { sessionId: s1.id, card: cards[0]!, at: at('2026-09-01T09:00:00Z') })
    ).redeemedEntryId;
    redeemed.c1s1 = (
      await makeRedemption(t.db, p.id, { sessionId: s1.id, card: cards[1]!, at: at('2026-09-01T09:00:00Z') })
    ).redeemedEntryId;
    redeemed.c2s3 = (
      await makeRedemption(t.db, p.id, { sessionId: s3.id, card: cards[2]!, at: at('2026-09-02T09:00:00Z') })
    ).redeemedEntryId;
    // October at venue 1: not on September's statement.
    const s4 = await makeSession(t.db, p.id, {
      venueId: v1.id,
      roomId: v1.roomId,
      themeId: themeB.id,
      startsAt: at('2026-10-06T14:00:00Z'),
    });
    redeemed.c3s4 = (
      await makeRedemption(t.db, p.id, { sessionId: s4.id, card: cards[3]!, at: at('2026-10-01T09:00:00Z') })
    ).redeemedEntryId;
  });
  after(() => t.drop());

  it('gives each venue its own lines and total for the month', async () => {
    const now = at('2026-10-10T10:00:00Z');
    const first = await getStatement(t.db, p, coordinator, v1.id, '2026-09', 'fr', now);
    assert.equal(first.status, 'draft');
    assert.equal(first.monthOver, true);
    assert.deepEqual(
      first.lines.map((l) => [
        l.kind,
        l.sessionDate,
        l.themeCode,
        l.cardNumber,
        l.hours,
        l.hourlyRateMinor,
        l.amountMinor,
      ]),
      [
        ['redemption', '2026-09-10', 'first_steps', cards[0]!.number, 2, 2500, 5000],
        ['redemption', '2026-09-10', 'first_steps', cards[1]!.number, 2, 2500, 5000],
      ].sort((x, y) => String(x[3]).localeCompare(String(y[3]))),
    );
    assert.equal(first.totalMinor, 10000);
    const second = await getStatement(t.db, p, coordinator, v2.id, '2026-09', 'fr', now);
    assert.equal(second.lineCount, 1);
    assert.equal(second.lines[0]!.cardNumber, cards[2]!.number);
    assert.equal(second.totalMinor, 5000);
    const october = await getStatement(t.db, p, coordinator, v1.id, '2026-10', 'fr', now);
    assert.equal(october.lineCount, 3, 'October still holds September’s unpaid lines');
    assert.equal(october.monthOver, false);
  });

  it('refuses to issue before the month is over in the programme’s time zone', async () => {
    // 23:59:59 in Paris on 30 September.
    await rejectsWith(
      transactionWithRetry(t.db, (trx) =>
        issueStatement(trx, p, coordinator, audit, v1.id, '2026-09', at('2026-09-30T21:59:59Z')),
      ),
      'STATEMENT_MONTH_NOT_OVER',
    );
    assert.equal((await t.db.selectFrom('venue_statements').selectAll().execute()).length, 0);
  });

  it('refuses an empty month', async () => {
    await rejectsWith(
      transactionWithRetry(t.db, (trx) =>
        issueStatement(trx, p, coordinator, audit, v2.id, '2026-08', at('2026-10-10T10:00:00Z')),
      ),
      'STATEMENT_EMPTY',
    );
  });

  it('issues once: frozen lines and files, a second issue refused, later credits on the next month', async () => {
    const now = at('2026-09-30T22:00:00Z'); // midnight in Paris
    const issued = await transactionWithRetry(t.db, (trx) =>
      issueStatement(trx, p, coordinator, audit, v1.id, '2026-09', now),
    );
    assert.equal(issued.status, 'issued');
    assert.equal(issued.reference, 'REL-2026-09-0001');
    assert.equal(issued.totalMinor, 10000);
    const pdf = await getStatementFile(t.db, p, coordinator, v1.id, '2026-09', 'pdf');
    const csv = await getStatementFile(t.db, p, coordinator, v1.id, '2026-09', 'csv');
    assert.equal(pdf.fileName, 'REL-2026-09-0001.pdf');
    assert.equal(createHash('sha256').update(pdf.bytes).digest('hex'), issued.pdfSha256);
    const text = readPdfText(pdf.bytes).text.replace(/\u00a0/g, ' ');
    assert.match(text, /Relevé de remboursement des ateliers/);
    assert.match(text, /Médiathèque Pierre-Bayle/);
    assert.match(text, /septembre 2026/);
    assert.match(text, /REL-2026-09-0001/);
    assert.match(text, /100,00 €/);
    assert.doesNotMatch(text, /PROVISOIRE/);
    const rows = parse(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Record<
      string,
      string
    >[];
    assert.equal(rows.length, 2);
    assert.deepEqual(
      rows.map((r) => r['Montant']),
      ['50,00', '50,00'],
    );
    assert.equal(rows[0]!['Relevé'], 'REL-2026-09-0001');

    await rejectsWith(
      transactionWithRetry(t.db, (trx) => issueStatement(trx, p, coordinator, audit, v1.id, '2026-09', now)),
      'STATEMENT_FROZEN',
    );

    // A late check-in for a September session of venue 1, after the issue.
    const late = await makeSession(t.db, p.id, {
      venueId: v1.id,
      roomId: v1.roomId,
      themeId: themeA.id,
      startsAt: at('2026-09-29T14:00:00Z'),
    });
    redeemed.c4late = (
      await makeRedemption(t.db, p.id, { sessionId: late.id, card: cards[4]!, at: at('2026-09-28T09:00:00Z') })
    ).redeemedEntryId;

    const again = await getStatement(t.db, p, coordinator, v1.id, '2026-09', 'fr', at('2026-10-10T10:00:00Z'));
    assert.equal(again.status, 'issued');
    assert.equal(again.lineCount, 2);
    assert.deepEqual(again.lines.map((l) => l.ledgerEntryId).sort(), [redeemed.c0s1, redeemed.c1s1].sort());
    const pdfAgain = await getStatementFile(t.db, p, coordinator, v1.id, '2026-09', 'pdf');
    const csvAgain = await getStatementFile(t.db, p, coordinator, v1.id, '2026-09', 'csv');
    assert.ok(pdfAgain.bytes.equals(pdf.bytes), 'the PDF is served byte for byte');
    assert.ok(csvAgain.bytes.equals(csv.bytes), 'the CSV is served byte for byte');

    const october = await getStatement(t.db, p, coordinator, v1.id, '2026-10', 'fr', at('2026-10-10T10:00:00Z'));
    assert.deepEqual(
      october.lines.map((l) => l.ledgerEntryId),
      [redeemed.c4late, redeemed.c3s4],
      'the late September check-in goes to October, first by session date',
    );
    await assertLedgerValid(t.db, p.id);
  });

  it('reverses a paid redemption on the next statement, negative, and gives the family its credit back', async () => {
    const before = await t.db
      .selectFrom('cards')
      .select('credits_available')
      .where('id', '=', cards[0]!.id)
      .executeTakeFirstOrThrow();
    const correction = await t.db
      .transaction()
      .execute((trx) =>
        correctCardLedger(
          trx,
          p.id,
          cliActor,
          cards[0]!.id,
          { credits: 1, reason: 'Atelier non donné (panne de salle)', reversesEntryId: redeemed.c0s1! },
          'fr',
          at('2026-10-05T09:00:00Z'),
        ),
      );
    assert.equal(correction.card.creditsAvailable, Number(before.credits_available) + 1);

    // The issued September statement does not move.
    const september = await getStatement(t.db, p, coordinator, v1.id, '2026-09', 'fr', at('2026-10-10T10:00:00Z'));
    assert.equal(september.totalMinor, 10000);
    assert.equal(september.lineCount, 2);

    const now = at('2026-11-02T10:00:00Z');
    const october = await transactionWithRetry(t.db, (trx) =>
      issueStatement(trx, p, coordinator, audit, v1.id, '2026-10', now),
    );
    assert.equal(october.reference, 'REL-2026-10-0001');
    const reversal = october.lines.find((l) => l.kind === 'reversal');
    assert.ok(reversal);
    assert.equal(reversal.ledgerEntryId, correction.entry.id);
    assert.equal(reversal.reversesEntryId, redeemed.c0s1);
    assert.equal(reversal.amountMinor, -5000);
    assert.equal(reversal.cardNumber, cards[0]!.number);
    assert.equal(reversal.sessionDate, '2026-09-10');
    assert.equal(october.lineCount, 3);
    assert.equal(october.totalMinor, 5000 + 5000 - 5000);

    const read = await getStatement(t.db, p, coordinator, v1.id, '2026-10', 'fr', now);
    assert.equal(read.lines.find((l) => l.kind === 'reversal')?.reversesEntryId, redeemed.c0s1);
    const pdf = readPdfText((await getStatementFile(t.db, p, coordinator, v1.id, '2026-10', 'pdf')).bytes);
    assert.match(pdf.text.replace(/\u00a0/g, ' '), /Annulation/);
    assert.match(pdf.text.replace(/\u00a0/g, ' '), /-50,00 €/);
    const csv = parse(
      (await getStatementFile(t.db, p, coordinator, v1.id, '2026-10', 'csv')).bytes.toString('utf8').slice(1),
      { delimiter: ';', columns: true },
    ) as Record<string, string>[];
    assert.deepEqual(
      csv.map((r) => [r['Type'], r['Montant']]),
      [
        ['Atelier', '50,00'],
        ['Atelier', '50,00'],
        ['Annulation', '-50,00'],
      ],
    );

    // Paid once: November carries neither the reversal nor anything of October.
    const november = await getStatement(t.db, p, coordinator, v1.id, '2026-11', 'fr', now);
    assert.equal(november.lineCount, 0);
    await assertLedgerValid(t.db, p.id);
  });

  it('drops a redemption corrected before it was paid: neither paid nor reversed', async () => {
    await t.db
      .transaction()
      .execute((trx) =>
        correctCardLedger(
          trx,
          p.id,
          cliActor,
          cards[2]!.id,
          { credits: 1, reason: 'Saisie en double', reversesEntryId: redeemed.c2s3! },
          'fr',
          at('2026-10-02T09:00:00Z'),
        ),
      );
    const now = at('2026-12-02T10:00:00Z');
    const september = await getStatement(t.db, p, coordinator, v2.id, '2026-09', 'fr', now);
    assert.equal(september.lineCount, 0);
    await rejectsWith(
      transactionWithRetry(t.db, (trx) => issueStatement(trx, p, coordinator, audit, v2.id, '2026-09', now)),
      'STATEMENT_EMPTY',
    );
    const november = await getStatement(t.db, p, coordinator, v2.id, '2026-11', 'fr', now);
    assert.equal(november.lineCount, 0, 'no reversal of a redemption that was never paid');
    const list = await listStatements(t.db, p, coordinator, v2.id, now);
    assert.deepEqual(
      list.items.map((i) => [i.month, i.status, i.lineCount]),
      [['2026-12', 'draft', 0]],
    );
    await assertLedgerValid(t.db, p.id);
  });

  it('lists issued statements and the drafts still owed, newest first', async () => {
    const list = await listStatements(t.db, p, coordinator, v1.id, at('2026-11-20T10:00:00Z'));
    assert.deepEqual(
      list.items.map((i) => [i.month, i.status, i.reference, i.totalMinor]),
      [
        ['2026-11', 'draft', null, 0],
        ['2026-10', 'issued', 'REL-2026-10-0001', 5000],
        ['2026-09', 'issued', 'REL-2026-09-0001', 10000],
      ],
    );
  });

  it('hides another venue from its staff and another programme’s venue from everyone', async () => {
    const staff = userActor([{ programmeId: p.id, role: 'venue_staff', organisationId: v2.id }]);
    const own = await getStatement(t.db, p, staff, v2.id, '2026-09', 'fr');
    assert.equal(own.venue.id, v2.id);
    await rejectsWith(getStatement(t.db, p, staff, v1.id, '2026-09', 'fr'), 'VENUE_NOT_FOUND');
    await rejectsWith(getStatementFile(t.db, p, staff, v1.id, '2026-09', 'pdf'), 'VENUE_NOT_FOUND');
    const other = await makeProgramme(t.db);
    const otherCoordinator = userActor([{ programmeId: other.id, role: 'coordinator', organisationId: null }]);
    await rejectsWith(getStatement(t.db, other, otherCoordinator, v1.id, '2026-09', 'fr'), 'VENUE_NOT_FOUND');
    await rejectsWith(
      transactionWithRetry(t.db, (trx) =>
        issueStatement(trx, other, otherCoordinator, audit, v1.id, '2026-10', at('2026-12-01T00:00:00Z')),
      ),
      'VENUE_NOT_FOUND',
    );
  });

  it('lets one of two simultaneous issues win; the other is refused and nothing is paid twice', async (ctx) => {
    const venue = await makeVenue(t.db, p.id);
    const session = await makeSession(t.db, p.id, {
      venueId: venue.id,
      roomId: venue.roomId,
      themeId: themeA.id,
      startsAt: at('2026-10-20T12:00:00Z'),
    });
    const later = await makeSession(t.db, p.id, {
      venueId: venue.id,
      roomId: venue.roomId,
      themeId: themeA.id,
      startsAt: at('2026-11-03T12:00:00Z'),
    });
    for (const [i, s] of [session, session, session, later].entries()) {
      const card = await makeCard(t.db, p.id, { now: at('2026-08-20T10:00:00Z') });
      await makeRedemption(t.db, p.id, { sessionId: s.id, card, at: at(`2026-10-0${i + 1}T09:00:00Z`) });
    }
    const now = at('2026-12-03T10:00:00Z');
    const issue = (month: string) =>
      transactionWithRetry(t.db, (trx) => issueStatement(trx, p, coordinator, audit, venue.id, month, now));
    const same = await Promise.allSettled([issue('2026-10'), issue('2026-10')]);
    assert.equal(same.filter((r) => r.status === 'fulfilled').length, 1);
    const refused = same.find((r) => r.status === 'rejected')!;
    ctx.diagnostic(`the second issuer got ${(refused.reason as AppError).code}`);
    assert.ok(['STATEMENT_FROZEN', 'CONFLICT'].includes((refused.reason as AppError).code), String(refused.reason));
    const statements = await t.db.selectFrom('venue_statements').selectAll().where('venue_id', '=', venue.id).execute();
    assert.equal(statements.length, 1);
    assert.equal(Number(statements[0]!.line_count), 3);

    // November's statement holds the one left; issuing it twice at once pays it once.
    const both = await Promise.allSettled([issue('2026-11'), issue('2026-11')]);
    assert.equal(both.filter((r) => r.status === 'fulfilled').length, 1);
    const lines = await t.db
      .selectFrom('venue_statement_lines as l')
      .innerJoin('venue_statements as s', 's.id', 'l.statement_id')
      .select('l.ledger_entry_id')
      .where('s.venue_id', '=', venue.id)
      .execute();
    assert.equal(lines.length, 4);
    assert.equal(new Set(lines.map((l) => l.ledger_entry_id)).size, 4);
    await assertLedgerValid(t.db, p.id);
  });

  it('rounds hours × rate half up to the minor unit', async () => {
    const q = await makeProgramme(t.db, { settings: { hoursPerCredit: 1.5, venueHourlyRateMinor: 2333 } });
    const venue = await makeVenue(t.db, q.id);
    const session = await makeSession(t.db, q.id, {
      venueId: venue.id,
      roomId: venue.roomId,
      startsAt: at('2026-10-20T12:00:00Z'),
    });
    const card = await makeCard(t.db, q.id, { now: at('2026-08-20T10:00:00Z') });
    await makeRedemption(t.db, q.id, { sessionId: session.id, card, at: at('2026-10-01T09:00:00Z') });
    const actor = userActor([{ programmeId: q.id, role: 'admin', organisationId: null }]);
    const draft = await getStatement(t.db, q, actor, venue.id, '2026-10', 'fr', at('2026-11-02T10:00:00Z'));
    assert.equal(draft.lines[0]!.hours, 1.5);
    assert.equal(draft.lines[0]!.amountMinor, 3500, '1.5 × 2333 = 3499.5 → 3500');
    await assertLedgerValid(t.db, p.id);
  });
});
