import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { readPdfText } from '../../../test/helpers/pdf-text.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeCard } from '../../../test/factories/cards.js';
import { makeTheme, makeVenue } from '../../../test/factories/venues.js';
import { makeSession } from '../../../test/factories/trainings.js';
import { makeRedemption } from '../../../test/factories/statements.js';
import { cliActor } from '../../platform/auth/actor.js';
import type { Role } from '../../platform/auth/roles.js';
import { correctCardLedger } from '../cards/card-corrections.service.js';
import type { Programme } from '../programmes/programmes.model.js';
import { monthOf, monthStart } from './statement-month.js';

/** The month before `month`. */
function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y! - 1}-12` : `${y}-${String(m! - 1).padStart(2, '0')}`;
}

/** An instant on day `day` of `month` at noon in Paris. */
function inMonth(month: string, day: number): Date {
  return new Date(new Date(monthStart(month, 'Europe/Paris')).getTime() + ((day - 1) * 24 + 12) * 3_600_000);
}

const text = (pdf: Buffer) => readPdfText(pdf).text.replace(/\u00a0/g, ' ');
const csvRows = (body: Buffer) =>
  parse(body.toString('utf8').replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Record<string, string>[];
const amountOf = (cell: string) => Math.round(Number(cell.replace(',', '.')) * 100);

describe('venue statements over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let coordinatorA: TestClient;
  let otherCoordinatorA: TestClient;
  let staffV1: TestClient;
  let staffV2: TestClient;
  let coordinatorB: TestClient;
  let v1: Awaited<ReturnType<typeof makeVenue>>;
  let v2: Awaited<ReturnType<typeof makeVenue>>;
  let themeId: string;
  const thisMonth = monthOf(new Date().toISOString(), 'Europe/Paris');
  const lastMonth = previousMonth(thisMonth);
  let paid: { card: Awaited<ReturnType<typeof makeCard>>; redeemedEntryId: string };

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, venueId: string, path = '') =>
    `/api/v1/programmes/${p.slug}/venues/${venueId}/statements${path}`;
  async function redeemAt(venue: typeof v1, startsAt: Date) {
    const session = await makeSession(t.db.db, a.id, { venueId: venue.id, roomId: venue.roomId, themeId, startsAt });
    const card = await makeCard(t.db.db, a.id, { now: new Date(startsAt.getTime() - 20 * 24 * 3_600_000) });
    const r = await makeRedemption(t.db.db, a.id, {
      sessionId: session.id,
      card,
      at: new Date(startsAt.getTime() - 3 * 24 * 3_600_000),
    });
    return { card, redeemedEntryId: r.redeemedEntryId };
  }
  const statementCount = async () => (await t.db.db.selectFrom('venue_statements').select('id').execute()).length;

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Cartable Grand Besançon' });
    b = await makeProgramme(t.db.db);
    v1 = await makeVenue(t.db.db, a.id, { name: 'Médiathèque Nelson-Mandela' });
    v2 = await makeVenue(t.db.db, a.id, { name: 'Maison de quartier Battant' });
    await t.db.db
      .updateTable('organisations')
      .set({ address_line: '13 avenue de l’Île-de-France', postal_code: '25000' })
      .where('id', '=', v1.id)
      .execute();
    themeId = (await makeTheme(t.db.db, a.id, { code: 'internet_safety' })).id;
    coordinatorA = await clientFor(a.id, 'coordinator');
    otherCoordinatorA = await clientFor(a.id, 'admin');
    staffV1 = await clientFor(a.id, 'venue_staff', v1.id);
    staffV2 = await clientFor(a.id, 'venue_staff', v2.id);
    coordinatorB = await clientFor(b.id, 'coordinator');
    paid = await redeemAt(v1, inMonth(lastMonth, 3));
    await redeemAt(v1, inMonth(lastMonth, 12));
    await redeemAt(v2, inMonth(lastMonth, 12));
    await redeemAt(v2, inMonth(lastMonth, 14));
  });
  after(() => t.close());

  it('shows a live draft, marked as such in its PDF and CSV', async () => {
    const list = await staffV1.get(url(a, v1.id));
    assert.equal(list.statusCode, 200, list.body);
    assert.deepEqual(
      list
        .json<{ items: { month: string; status: string; totalMinor: number }[] }>()
        .items.map((i) => [i.month, i.status, i.totalMinor]),
      [
        [thisMonth, 'draft', 10000],
        [lastMonth, 'draft', 10000],
      ],
    );
    const draft = await staffV1.get(url(a, v1.id, `/${lastMonth}`));
    assert.equal(draft.statusCode, 200, draft.body);
    const body = draft.json<{
      status: string;
      monthOver: boolean;
      totalMinor: number;
      lines: { amountMinor: number }[];
    }>();
    assert.equal(body.status, 'draft');
    assert.equal(body.monthOver, true);
    assert.equal(body.totalMinor, 10000);
    assert.equal(body.lines.length, 2);

    const pdf = await staffV1.get(url(a, v1.id, `/${lastMonth}/statement.pdf`));
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const words = text(pdf.rawPayload);
    assert.match(words, /PROVISOIRE — ce relevé n’est pas émis/);
    assert.match(words, /Médiathèque Nelson-Mandela, 13 avenue de l’Île-de-France, 25000/);
    assert.match(words, /Cartable Grand Besançon/);
    assert.match(words, /Total \(2 ligne\(s\)\)/);
    assert.match(words, /100,00 €/);
    const csv = await staffV1.get(url(a, v1.id, `/${lastMonth}/statement.csv`));
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const rows = csvRows(csv.rawPayload);
    assert.deepEqual(
      rows.map((r) => r['Relevé']),
      ['PROVISOIRE', 'PROVISOIRE'],
    );
  });

  it('keeps venue staff to their own venue (404) and away from issuing (403)', async () => {
    for (const path of ['', `/${lastMonth}`, `/${lastMonth}/statement.pdf`, `/${lastMonth}/statement.csv`]) {
      const res = await staffV2.get(url(a, v1.id, path));
      assert.equal(res.statusCode, 404, path);
      assert.equal(res.json<{ code: string }>().code, 'VENUE_NOT_FOUND');
    }
    const own = await staffV2.get(url(a, v2.id, `/${lastMonth}`));
    assert.equal(own.statusCode, 200);
    const issue = await staffV1.post(url(a, v1.id, `/${lastMonth}/issue`));
    assert.equal(issue.statusCode, 403);
    assert.equal(await statementCount(), 0);
  });

  it('answers 404 to another programme and changes nothing', async () => {
    const foreign = await coordinatorB.get(url(a, v1.id, `/${lastMonth}`));
    assert.equal(foreign.statusCode, 404);
    assert.equal(foreign.json<{ code: string }>().code, 'PROGRAMME_NOT_FOUND');
    const own = await coordinatorB.get(url(b, v1.id, `/${lastMonth}`));
    assert.equal(own.statusCode, 404);
    assert.equal(own.json<{ code: string }>().code, 'VENUE_NOT_FOUND');
    const issue = await coordinatorB.post(url(b, v1.id, `/${lastMonth}/issue`));
    assert.equal(issue.statusCode, 404);
    const figures = await coordinatorB.get(`/api/v1/programmes/${b.slug}/training-figures?venueId=${v1.id}`);
    assert.equal(figures.statusCode, 404);
    assert.equal(await statementCount(), 0);
  });

  it('refuses to issue the current month', async () => {
    const res = await coordinatorA.post(url(a, v1.id, `/${thisMonth}/issue`));
    assert.equal(res.statusCode, 409);
    assert.equal(res.json<{ code: string }>().code, 'STATEMENT_MONTH_NOT_OVER');
    const bad = await coordinatorA.post(url(a, v1.id, '/2026-13/issue'));
    assert.equal(bad.statusCode, 400);
  });

  it('issues a month once; the files are then served byte for byte and nothing can change them', async () => {
    const res = await coordinatorA.post(url(a, v1.id, `/${lastMonth}/issue`));
    assert.equal(res.statusCode, 201, res.body);
    const issued = res.json<{ reference: string; status: string; totalMinor: number; pdfSha256: string }>();
    assert.equal(issued.status, 'issued');
    assert.equal(issued.reference, `REL-${lastMonth}-0001`);
    assert.equal(issued.totalMinor, 10000);

    const pdf = await staffV1.get(url(a, v1.id, `/${lastMonth}/statement.pdf`));
    assert.equal(pdf.statusCode, 200);
    assert.match(String(pdf.headers['content-disposition']), new RegExp(`REL-${lastMonth}-0001\\.pdf`));
    assert.equal(createHash('sha256').update(pdf.rawPayload).digest('hex'), issued.pdfSha256);
    const words = text(pdf.rawPayload);
    assert.doesNotMatch(words, /PROVISOIRE/);
    assert.match(words, new RegExp(`REL-${lastMonth}-0001`));
    assert.match(words, /Total \(2 ligne\(s\)\)/);
    assert.match(words, /100,00 €/);
    const csv = await staffV1.get(url(a, v1.id, `/${lastMonth}/statement.csv`));
    const rows = csvRows(csv.rawPayload);
    assert.equal(rows.length, 2);
    assert.equal(
      rows.reduce((sum, r) => sum + amountOf(r['Montant']!), 0),
      10000,
    );

    const again = await otherCoordinatorA.post(url(a, v1.id, `/${lastMonth}/issue`));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json<{ code: string }>().code, 'STATEMENT_FROZEN');
    const patch = await coordinatorA.patch(url(a, v1.id, `/${lastMonth}`), { totalMinor: 1 });
    assert.equal(patch.statusCode, 409);
    assert.equal(patch.json<{ code: string }>().code, 'STATEMENT_FROZEN');
    const del = await coordinatorA.delete(url(a, v1.id, `/${lastMonth}`));
    assert.equal(del.statusCode, 409);
    assert.equal(del.json<{ code: string }>().code, 'STATEMENT_FROZEN');
    const draftPatch = await coordinatorA.patch(url(a, v1.id, `/${thisMonth}`), {});
    assert.equal(draftPatch.statusCode, 404);
    assert.equal(draftPatch.json<{ code: string }>().code, 'STATEMENT_NOT_FOUND');

    // A late check-in of last month, after the issue: on this month's statement, the files unchanged.
    await redeemAt(v1, inMonth(lastMonth, 20));
    const pdfAgain = await coordinatorA.get(url(a, v1.id, `/${lastMonth}/statement.pdf`));
    assert.ok(pdfAgain.rawPayload.equals(pdf.rawPayload));
    const csvAgain = await coordinatorA.get(url(a, v1.id, `/${lastMonth}/statement.csv`));
    assert.ok(csvAgain.rawPayload.equals(csv.rawPayload));
    const current = await coordinatorA.get(url(a, v1.id, `/${thisMonth}`));
    assert.equal(current.json<{ totalMinor: number; lineCount: number }>().lineCount, 1);
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select(['action', 'entity_type'])
      .where('programme_id', '=', a.id)
      .where('entity_type', '=', 'venue_statement')
      .execute();
    assert.deepEqual(audit, [{ action: 'issued', entity_type: 'venue_statement' }]);
  });

  it('lets one of two coordinators issuing at once win', async () => {
    const [x, y] = await Promise.all([
      coordinatorA.post(url(a, v2.id, `/${lastMonth}/issue`)),
      otherCoordinatorA.post(url(a, v2.id, `/${lastMonth}/issue`)),
    ]);
    const statuses = [x.statusCode, y.statusCode].sort();
    assert.deepEqual(statuses, [201, 409], `${x.body} ${y.body}`);
    const loser = x.statusCode === 409 ? x : y;
    assert.ok(['STATEMENT_FROZEN', 'CONFLICT'].includes(loser.json<{ code: string }>().code));
    const lines = await t.db.db.selectFrom('venue_statement_lines').select('ledger_entry_id').execute();
    assert.equal(lines.length, 4);
    assert.equal(new Set(lines.map((l) => l.ledger_entry_id)).size, 4);
  });

  it('puts a correction of a paid workshop on the next statement as a negative line', async () => {
    const before = await t.db.db
      .selectFrom('cards')
      .select('credits_available')
      .where('id', '=', paid.card.id)
      .executeTakeFirstOrThrow();
    await t.db.db
      .transaction()
      .execute((trx) =>
        correctCardLedger(
          trx,
          a.id,
          cliActor,
          paid.card.id,
          { credits: 1, reason: 'Atelier annulé sur place', reversesEntryId: paid.redeemedEntryId },
          'fr',
        ),
      );
    const after = await t.db.db
      .selectFrom('cards')
      .select('credits_available')
      .where('id', '=', paid.card.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.credits_available), Number(before.credits_available) + 1);

    const current = await staffV1.get(url(a, v1.id, `/${thisMonth}`));
    const body = current.json<{
      totalMinor: number;
      lines: { kind: string; amountMinor: number; reversesEntryId: string | null }[];
    }>();
    assert.deepEqual(
      body.lines.map((l) => [l.kind, l.amountMinor]),
      [
        ['redemption', 5000],
        ['reversal', -5000],
      ],
    );
    assert.equal(body.lines[1]!.reversesEntryId, paid.redeemedEntryId);
    assert.equal(body.totalMinor, 0);
    const issued = await staffV1.get(url(a, v1.id, `/${lastMonth}`));
    assert.equal(issued.json<{ totalMinor: number }>().totalMinor, 10000);
  });

  it('serves figures: coordinators see everything, venue staff their own venue', async () => {
    const all = await coordinatorA.get(`/api/v1/programmes/${a.slug}/training-figures?groupBy=venue`);
    assert.equal(all.statusCode, 200, all.body);
    const f = all.json<{
      ledgerTotalsIncluded: boolean;
      totals: { redeemed: number; creditsIssued: number };
      rows: { key: string }[];
    }>();
    assert.equal(f.ledgerTotalsIncluded, true);
    assert.equal(f.totals.redeemed, 5);
    assert.equal(f.totals.creditsIssued, 30);
    assert.equal(f.rows.length, 2);
    const own = await staffV2.get(`/api/v1/programmes/${a.slug}/training-figures?groupBy=venue`);
    const mine = own.json<{
      venueId: string;
      ledgerTotalsIncluded: boolean;
      totals: { redeemed: number; creditsIssued: null };
    }>();
    assert.equal(mine.venueId, v2.id);
    assert.equal(mine.ledgerTotalsIncluded, false);
    assert.equal(mine.totals.creditsIssued, null);
    assert.equal(mine.totals.redeemed, 2);
    const other = await staffV2.get(`/api/v1/programmes/${a.slug}/training-figures?venueId=${v1.id}`);
    assert.equal(other.statusCode, 404);
    const bad = await coordinatorA.get(`/api/v1/programmes/${a.slug}/training-figures?from=2026-10-01&to=2026-09-01`);
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json<{ errors: { field: string }[] }>().errors[0]!.field, 'query.to');
    const unknown = await coordinatorA.get(`/api/v1/programmes/${a.slug}/training-figures?groupBy=card`);
    assert.equal(unknown.statusCode, 400);
  });
});
