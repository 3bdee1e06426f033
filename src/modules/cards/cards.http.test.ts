import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import bwipjs from 'bwip-js';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../app.js';
import { createLogger } from '../../platform/logger.js';
import type { Role } from '../../platform/auth/roles.js';
import type { FastifyInstance } from 'fastify';
import { TestClient, testConfig } from '../../../test/helpers/app.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { readPdfText } from '../../../test/helpers/pdf-text.js';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { assertLedgerValid, makeCard } from '../../../test/factories/cards.js';
import { makeHousehold } from '../../../test/factories/households.js';
import type { Programme } from '../programmes/programmes.model.js';
import { decodeQr } from '../../../test/helpers/qr-decode.js';
import { cardQrMatrix } from '../handover/card.pdf.js';
import { formatCardNumber } from './card-number.js';
import type { CardDetail, CardSummary } from './cards.schemas.js';

interface Problem {
  code: string;
  title: string;
  detail?: string;
  errors?: { field: string; code: string; message: string }[];
}

/** Counts every row that a lookup must never change. */
async function snapshot(db: TestDatabase) {
  const count = async (table: 'cards' | 'card_ledger' | 'audit_events' | 'training_bookings') =>
    Number(
      (
        await db.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const balances = await db.db
    .selectFrom('cards')
    .select(['id', 'status', 'credits_available', 'credits_held', 'ledger_entries'])
    .orderBy('id')
    .execute();
  return {
    cards: await count('cards'),
    entries: await count('card_ledger'),
    audit: await count('audit_events'),
    bookings: await count('training_bookings'),
    balances: JSON.stringify(balances),
  };
}

/** bwip-js asked directly, the way a reader would expect the card's QR to be encoded. */
function independentQr(text: string): { size: number; modules: number[] } {
  const [symbol] = bwipjs.raw('qrcode', text, 'eclevel=M') as { pixs: number[]; pixx: number }[];
  return { size: symbol!.pixx, modules: symbol!.pixs };
}

/**
 * The QR matrix as the PDF draws it: every filled rectangle (`x y w h re`) of the page's
 * content streams, read back without pdfkit, put on the module grid they form.
 */
function qrDrawnIn(pdf: Buffer): { size: number; modules: number[] } {
  const rects: number[][] = [];
  const raw = pdf.toString('latin1');
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const r of content.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)) {
      rects.push([Number(r[1]), Number(r[2]), Number(r[3]), Number(r[4])]);
    }
  }
  assert.ok(rects.length > 0, 'no rectangle drawn');
  const module = rects[0]![3]!;
  assert.ok(
    rects.every((r) => Math.abs(r[3]! - module) < 1e-3),
    'only QR runs are drawn as rectangles',
  );
  const left = Math.min(...rects.map((r) => r[0]!));
  const top = Math.min(...rects.map((r) => r[1]!));
  const size = Math.round((Math.max(...rects.map((r) => r[0]! + r[2]!)) - left) / module);
  const modules = Array.from({ length: size * size }, () => 0);
  for (const [x, y, w] of rects) {
    const row = Math.round((y! - top) / module);
    const col = Math.round((x! - left) / module);
    for (let c = col; c < col + Math.round(w! / module); c += 1) modules[row * size + c] = 1;
  }
  return { size, modules };
}

describe('workshop cards over HTTP', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  const logLines: string[] = [];
  let a: Programme;
  let b: Programme;
  let coordinatorA: TestClient;
  let venueStaffA: TestClient;
  let coordinatorB: TestClient;
  let adminA: TestClient;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(app);
    await signIn(client, db.db, user);
    return client;
  }
  const url = (p: Programme, path: string) => `/api/v1/programmes/${p.slug}${path}`;
  let addressCounter = 0;
  /** Each test looks up from its own client address, so the throttling of one does not spill over. */
  const newAddress = () => `198.51.100.${(addressCounter += 1)}`;
  const lookup = (client: TestClient, p: Programme, number: string, address: string) =>
    client.request({
      method: 'GET',
      url: url(p, `/cards/lookup?number=${encodeURIComponent(number)}`),
      remoteAddress: address,
    });

  before(async () => {
    db = await createTestDatabase();
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    app = await buildApp({
      config: testConfig(),
      database: db,
      webRoot: null,
      logger: createLogger({ logLevel: 'info', env: 'development' }, stream),
    });
    await app.ready();
    a = await makeProgramme(db.db);
    b = await makeProgramme(db.db);
    const venue = await makeOrganisation(db.db, a.id, { kind: 'venue', name: 'Médiathèque Nord' });
    coordinatorA = await clientFor(a.id, 'coordinator');
    adminA = await clientFor(a.id, 'admin');
    venueStaffA = await clientFor(a.id, 'venue_staff', venue.id);
    coordinatorB = await clientFor(b.id, 'coordinator');
  });
  after(async () => {
    await app.close();
    await db.drop();
  });

  it('issues a card to a household once, with a PIN shown once, and refuses a second one', async () => {
    const household = await makeHousehold(db.db, a.id, { guardians: [{ firstName: 'Camille', lastName: 'Fontaine' }] });
    const created = await coordinatorA.post(url(a, '/cards'), { householdId: household.id });
    assert.equal(created.statusCode, 201, created.body);
    const { card, pin } = created.json<{ card: CardSummary; pin: string }>();
    assert.match(pin, /^\d{4}$/);
    assert.match(card.number, /^CT-\d{4}-\d{4}-[A-Z]$/);
    assert.equal(card.status, 'active');
    assert.equal(card.creditsAvailable, 6);
    assert.equal(card.creditsHeld, 0);
    assert.equal(card.hoursPerCredit, 2);
    assert.equal(card.holderName, 'Camille F.');
    assert.equal(card.householdReference, household.reference);
    assert.equal(card.replacedByNumber, null);
    const row = await db.db.selectFrom('cards').select('pin_hash').where('id', '=', card.id).executeTakeFirstOrThrow();
    assert.ok(!row.pin_hash.includes(pin));

    const again = await coordinatorA.post(url(a, '/cards'), { householdId: household.id });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json<Problem>().code, 'HOUSEHOLD_HAS_CARD');
    assert.match(again.json<Problem>().detail ?? '', new RegExp(card.number));

    const unknown = await coordinatorA.post(url(a, '/cards'), { householdId: '01900000-0000-7000-8000-000000000000' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json<Problem>().errors?.[0]?.field, 'body.householdId');

    const extra = await coordinatorA.post(url(a, '/cards'), { householdId: household.id, credits: 99 });
    assert.equal(extra.statusCode, 400);
    assert.equal(extra.json<Problem>().errors?.[0]?.field, 'body.credits');

    const audit = await db.db.selectFrom('audit_events').select('action').where('entity_id', '=', card.id).execute();
    assert.deepEqual(
      audit.map((e) => e.action),
      ['issued'],
    );
    await assertLedgerValid(db.db, a.id);
  });

  it("ends a new card's validity cardValidityMonths after its issue day in the programme's time zone", async () => {
    const p = await makeProgramme(db.db, { timeZone: 'Europe/Paris', settings: { cardValidityMonths: 7 } });
    const coordinator = await clientFor(p.id, 'coordinator');
    // 31 March 2026, 22:30 UTC is already 1 April, 00:30 in Paris: the card is issued on 1 April.
    const late = await makeCard(db.db, p.id, { now: new Date('2026-03-31T22:30:00Z') });
    const read = await coordinator.get(url(p, `/cards/${late.id}`));
    assert.equal(read.statusCode, 200, read.body);
    assert.equal(read.json<CardDetail>().validUntil, '2026-11-01');
    // 1 January 2027, 23:30 UTC is 2 January in Paris (winter time, UTC+1).
    const winter = await makeCard(db.db, p.id, { now: new Date('2027-01-01T23:30:00Z') });
    assert.equal((await coordinator.get(url(p, `/cards/${winter.id}`))).json<CardDetail>().validUntil, '2027-08-02');

    // Over POST /cards, on today's clock: today in Paris + 7 months (read before and after, in
    // case midnight passes in between).
    const parisPlus7 = () => {
      const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' })
        .format(new Date())
        .split('-')
        .map(Number) as [number, number, number];
      const last = new Date(Date.UTC(y, m - 1 + 7 + 1, 0)).getUTCDate();
      return new Date(Date.UTC(y, m - 1 + 7, Math.min(d, last))).toISOString().slice(0, 10);
    };
    const expectedBefore = parisPlus7();
    const household = await makeHousehold(db.db, p.id);
    const created = await coordinator.post(url(p, '/cards'), { householdId: household.id });
    assert.equal(created.statusCode, 201, created.body);
    const validUntil = created.json<{ card: CardSummary }>().card.validUntil;
    assert.ok([expectedBefore, parisPlus7()].includes(validUntil), validUntil);
    await assertLedgerValid(db.db, p.id);
  });

  it('lists cards newest first, searched by number, household reference or guardian name, page by page', async () => {
    const p = await makeProgramme(db.db);
    const coordinator = await clientFor(p.id, 'coordinator');
    const made = [];
    for (const lastName of ['Moreau', 'Moreau-Petit', 'Bernard']) {
      const h = await makeHousehold(db.db, p.id, { guardians: [{ firstName: 'Alex', lastName }] });
      made.push({ ...(await makeCard(db.db, p.id, { householdId: h.id })), reference: h.reference });
    }
    const list = async (query: string) => {
      const res = await coordinator.get(url(p, `/cards${query}`));
      assert.equal(res.statusCode, 200, res.body);
      return res.json<{ items: CardSummary[]; nextCursor: string | null }>();
    };
    assert.deepEqual(
      (await list('')).items.map((c) => c.id),
      made.map((c) => c.id).reverse(),
    );
    assert.deepEqual(
      (await list('?q=moreau')).items.map((c) => c.holderName),
      ['Alex M.', 'Alex M.'],
    );
    assert.deepEqual(
      (await list(`?q=${encodeURIComponent(made[2]!.reference.toLowerCase())}`)).items.map((c) => c.id),
      [made[2]!.id],
    );
    // The start of a number, typed with spaces or without the prefix.
    const digits = made[0]!.number.slice(3, 12).replace('-', ' ');
    assert.deepEqual(
      (await list(`?q=${encodeURIComponent(digits)}`)).items.map((c) => c.id),
      [made[0]!.id],
    );
    assert.deepEqual(
      (await list(`?q=${encodeURIComponent(made[1]!.number.slice(0, 9).toLowerCase())}`)).items
        .map((c) => c.id)
        .includes(made[1]!.id),
      true,
    );
    assert.deepEqual((await list('?q=nobody')).items, []);

    const first = await list('?limit=2');
    assert.equal(first.items.length, 2);
    assert.ok(first.nextCursor);
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    assert.deepEqual(
      second.items.map((c) => c.id),
      [made[0]!.id],
    );
    assert.equal(second.nextCursor, null);
    assert.equal((await list('?status=lost')).items.length, 0);
  });

  it('looks a card up by number at the desk, and refuses each bad number with its own code', async () => {
    const card = await makeCard(db.db, a.id);
    const address = newAddress();
    const found = await lookup(venueStaffA, a, card.number.toLowerCase().replace(/-/g, ' '), address);
    assert.equal(found.statusCode, 200, found.body);
    assert.equal(found.json<CardSummary>().id, card.id);
    assert.equal(found.json<CardSummary>().creditsAvailable, 6);

    const format = await lookup(venueStaffA, a, 'CT-1234-567-A', address);
    assert.equal(format.statusCode, 400);
    assert.equal(format.json<Problem>().code, 'CARD_NUMBER_INVALID');
    assert.deepEqual(
      format.json<Problem>().errors?.map((e) => [e.field, e.code]),
      [['query.number', 'card_number_format']],
    );

    // One digit wrong: the check letter catches it — "not valid", never "not found".
    const digit = card.number[3] === '9' ? '0' : String(Number(card.number[3]) + 1);
    const mistyped = card.number.slice(0, 3) + digit + card.number.slice(4);
    const check = await lookup(venueStaffA, a, mistyped, address);
    assert.equal(check.statusCode, 400);
    assert.equal(check.json<Problem>().code, 'CARD_NUMBER_INVALID');
    assert.deepEqual(
      check.json<Problem>().errors?.map((e) => [e.field, e.code]),
      [['query.number', 'card_number_check_character']],
    );
    assert.match(check.json<Problem>().title, /pas valide/);

    const other = await lookup(venueStaffA, a, formatCardNumber('ZZ', '48217730'), address);
    assert.equal(other.statusCode, 409);
    assert.equal(other.json<Problem>().code, 'CARD_OTHER_PROGRAMME');

    const unknownDigits = card.number.slice(3, 12).replace('-', '') === '11111111' ? '22222222' : '11111111';
    const unknown = await lookup(venueStaffA, a, formatCardNumber('CT', unknownDigits), address);
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json<Problem>().code, 'CARD_NOT_FOUND');
  });

  it('throttles a hundred numbers tried from one address in a minute, logs it without the numbers, changes nothing', async () => {
    const address = newAddress();
    const before = await snapshot(db);
    logLines.length = 0;
    const tried: string[] = [];
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 100; i += 1) {
      const number = formatCardNumber('CT', String(30_000_000 + i * 7919).padStart(8, '0'));
      tried.push(number);
      const res = await lookup(venueStaffA, a, number, address);
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        assert.equal(res.json<Problem>().code, 'RATE_LIMITED');
        retryAfter = String(res.headers['retry-after']);
      }
    }
    assert.deepEqual(statuses.slice(0, 20), Array(20).fill(404));
    assert.deepEqual(statuses.slice(20), Array(80).fill(429));
    assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= 60, retryAfter);

    const warnings = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === 40);
    assert.equal(warnings.length, 80);
    assert.equal(warnings[0]!.msg, 'card lookups throttled');
    assert.match(String(warnings[0]!.bucket), /^card-lookup-failed:ip:[0-9a-f]{32}$/);
    const everything = logLines.join('\n');
    for (const number of tried) {
      const digits = number.slice(3, 12);
      assert.ok(
        !everything.includes(digits),
        logLines.find((l) => l.includes(digits)),
      );
    }
    assert.ok(!everything.includes(address));

    // Nothing changed but the throttling counters; another address is not held back.
    assert.deepEqual(await snapshot(db), before);
    const card = await makeCard(db.db, a.id);
    assert.equal((await lookup(venueStaffA, a, card.number, newAddress())).statusCode, 200);
  });

  it('throttles even right numbers past sixty lookups a minute from one address', async () => {
    const card = await makeCard(db.db, a.id);
    const address = newAddress();
    for (let i = 0; i < 60; i += 1) {
      const res = await lookup(coordinatorA, a, card.number, address);
      assert.equal(res.statusCode, 200, `lookup ${i + 1}: ${res.body}`);
    }
    const refused = await lookup(coordinatorA, a, card.number, address);
    assert.equal(refused.statusCode, 429);
    assert.ok(Number(refused.headers['retry-after']) >= 1);
  });

  it('reports a card lost, reissues it, and the old number then points to the new one', async () => {
    const card = await makeCard(db.db, a.id);
    const lost = await coordinatorA.post(url(a, `/cards/${card.id}/report-lost`), { reason: 'Perdue au marché' });
    assert.equal(lost.statusCode, 200, lost.body);
    assert.equal(lost.json<CardSummary>().status, 'lost');
    const twice = await coordinatorA.post(url(a, `/cards/${card.id}/report-lost`), { reason: 'Encore perdue' });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json<Problem>().code, 'CARD_NOT_ACTIVE');

    const reissued = await coordinatorA.post(url(a, `/cards/${card.id}/reissue`));
    assert.equal(reissued.statusCode, 201, reissued.body);
    const r = reissued.json<{ card: CardSummary; pin: string; replaced: CardSummary }>();
    assert.match(r.pin, /^\d{4}$/);
    assert.notEqual(r.card.number, card.number);
    assert.equal(r.card.creditsAvailable, 6);
    assert.equal(r.replaced.status, 'replaced');
    assert.equal(r.replaced.creditsAvailable, 0);
    assert.equal(r.replaced.replacedByNumber, r.card.number);

    const old = await lookup(venueStaffA, a, card.number, newAddress());
    assert.equal(old.statusCode, 200);
    assert.equal(old.json<CardSummary>().status, 'replaced');
    assert.equal(old.json<CardSummary>().replacedByNumber, r.card.number);

    const detail = await coordinatorA.get(url(a, `/cards/${r.card.id}`));
    assert.equal(detail.statusCode, 200, detail.body);
    const d = detail.json<CardDetail>();
    assert.equal(d.replacesNumber, card.number);
    assert.deepEqual(
      d.entries.map((e) => [e.sequence, e.kind, e.credits]),
      [[1, 'reissued', 6]],
    );
    const oldDetail = (await coordinatorA.get(url(a, `/cards/${card.id}`))).json<CardDetail>();
    assert.deepEqual(
      oldDetail.entries.map((e) => [e.sequence, e.kind, e.credits]),
      [
        [1, 'issued', 6],
        [2, 'reissued', -6],
      ],
    );
    assert.equal(oldDetail.lostReason, 'Perdue au marché');
    await assertLedgerValid(db.db, a.id);
  });

  it('corrects a card with a reason and refuses a correction below zero', async () => {
    const card = await makeCard(db.db, a.id);
    const given = await adminA.post(url(a, `/cards/${card.id}/corrections`), { credits: 2, reason: 'Atelier offert' });
    assert.equal(given.statusCode, 201, given.body);
    const body = given.json<{ card: CardSummary; entry: { kind: string; credits: number; note: string } }>();
    assert.equal(body.card.creditsAvailable, 8);
    assert.deepEqual([body.entry.kind, body.entry.credits, body.entry.note], ['corrected', 2, 'Atelier offert']);

    const tooMuch = await coordinatorA.post(url(a, `/cards/${card.id}/corrections`), { credits: -9, reason: 'Erreur' });
    assert.equal(tooMuch.statusCode, 409);
    assert.equal(tooMuch.json<Problem>().code, 'LEDGER_CORRECTION_INVALID');
    assert.equal(tooMuch.json<Problem>().errors?.[0]?.code, 'negative_balance');
    const noReason = await coordinatorA.post(url(a, `/cards/${card.id}/corrections`), { credits: 1 });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json<Problem>().errors?.[0]?.field, 'body.reason');
    await assertLedgerValid(db.db, a.id);
  });

  it('prints the card with its number, a QR code of exactly that number, never a PIN', async () => {
    const card = await makeCard(db.db, a.id);
    const res = await coordinatorA.get(url(a, `/cards/${card.id}/card.pdf`));
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const text = readPdfText(res.rawPayload).text;
    assert.ok(text.includes(card.number), text);
    assert.ok(!text.includes(card.pin), 'the PIN is not on a reprint');

    // The QR: the PDF's dark rectangles, put back on their module grid, are the matrix of one
    // function (cardQrMatrix), which encodes the number and nothing else.
    // It is read back with a decoder of our own, and compared with bwip-js asked directly.
    const drawn = qrDrawnIn(res.rawPayload);
    assert.equal(decodeQr(drawn), card.number);
    assert.deepEqual(drawn, independentQr(card.number));
    assert.deepEqual(cardQrMatrix(card.number), drawn);
  });

  it('lets venue staff look a card up but not list, read, change, print, expire or verify (403)', async () => {
    const card = await makeCard(db.db, a.id);
    const before = await snapshot(db);
    const refused = [
      await venueStaffA.get(url(a, '/cards')),
      await venueStaffA.post(url(a, '/cards'), { householdId: card.householdId }),
      await venueStaffA.get(url(a, `/cards/${card.id}`)),
      await venueStaffA.post(url(a, `/cards/${card.id}/report-lost`), { reason: 'Perdue' }),
      await venueStaffA.post(url(a, `/cards/${card.id}/reissue`)),
      await venueStaffA.post(url(a, `/cards/${card.id}/corrections`), { credits: 1, reason: 'Cadeau' }),
      await venueStaffA.get(url(a, `/cards/${card.id}/card.pdf`)),
      await venueStaffA.post(url(a, '/cards/expire')),
      await venueStaffA.get(url(a, '/ledger/verify')),
    ];
    assert.deepEqual(
      refused.map((r) => r.statusCode),
      Array(refused.length).fill(403),
    );
    assert.deepEqual(await snapshot(db), before);
    assert.equal((await lookup(venueStaffA, a, card.number, newAddress())).statusCode, 200);
  });

  it('shows nothing of programme A to programme B and changes nothing (404)', async () => {
    const card = await makeCard(db.db, a.id);
    const before = await snapshot(db);
    const viaA = [
      await coordinatorB.get(url(a, '/cards')),
      await coordinatorB.get(url(a, `/cards/${card.id}`)),
      await coordinatorB.post(url(a, `/cards/${card.id}/report-lost`), { reason: 'Perdue' }),
      await coordinatorB.get(url(a, '/ledger/verify')),
    ];
    for (const r of viaA) {
      assert.equal(r.statusCode, 404);
      assert.equal(r.json<Problem>().code, 'PROGRAMME_NOT_FOUND');
    }
    const viaB = [
      await coordinatorB.get(url(b, `/cards/${card.id}`)),
      await coordinatorB.post(url(b, `/cards/${card.id}/report-lost`), { reason: 'Perdue' }),
      await coordinatorB.post(url(b, `/cards/${card.id}/reissue`)),
      await coordinatorB.post(url(b, `/cards/${card.id}/corrections`), { credits: 1, reason: 'Cadeau' }),
      await coordinatorB.get(url(b, `/cards/${card.id}/card.pdf`)),
      await lookup(coordinatorB, b, card.number, newAddress()),
    ];
    for (const r of viaB) {
      assert.equal(r.statusCode, 404, r.body);
      assert.equal(r.json<Problem>().code, 'CARD_NOT_FOUND');
    }
    const createdInB = await coordinatorB.post(url(b, '/cards'), { householdId: card.householdId });
    assert.equal(createdInB.statusCode, 404);
    assert.deepEqual(await snapshot(db), before);
    const listB = await coordinatorB.get(url(b, '/cards'));
    assert.deepEqual(listB.json<{ items: unknown[] }>().items, []);
  });

  it('verifies the ledger over HTTP and expires nothing that is still valid', async () => {
    const verify = await coordinatorA.get(url(a, '/ledger/verify'));
    assert.equal(verify.statusCode, 200, verify.body);
    const v = verify.json<{ cardsChecked: number; entriesChecked: number; problems: unknown[] }>();
    assert.ok(v.cardsChecked > 0);
    assert.ok(v.entriesChecked >= v.cardsChecked);
    assert.deepEqual(v.problems, []);
    const expire = await coordinatorA.post(url(a, '/cards/expire'));
    assert.equal(expire.statusCode, 200, expire.body);
    assert.deepEqual(expire.json(), { cardsExpired: 0, creditsExpired: 0, bookingsReleased: 0 });
  });
});
