import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeDevice, makeLot } from '../../../test/factories/devices.js';
import type { DeviceGrade, DeviceKind, DeviceState } from './device-states.js';
import { type DeviceListQuery, listDevicePage } from './device-list.service.js';
import { type DeviceSort, deviceSorts } from './device-list.repository.js';
import type { DeviceRow } from './devices.repository.js';

/**
 * The device list reads indexes with ranges and a UNION (see listDevices): every filter, search
 * and sort, walked page by page through the keyset cursor, must give exactly the brute-force
 * answer: the matching devices in the sort order, each once.
 */

const STATES: DeviceState[] = ['received', 'ready', 'handed_over'];
const GRADES: (DeviceGrade | null)[] = [null, 'A', 'B'];
const KINDS: DeviceKind[] = ['laptop', 'desktop', 'monitor'];
const SERIALS = ['5cg71', '5CG72', 'pf0A1', 'PF0a2', null, 'A%_x', 'ab\\c', 'BE-0'];

describe('device list filters, searches and sorts', () => {
  let tdb: TestDatabase;
  let programmeId: string;
  let other: string;
  const rows: DeviceRow[] = [];
  let lotId: string;

  before(async () => {
    tdb = await createTestDatabase();
    const db = tdb.db;
    const programme = await makeProgramme(db);
    programmeId = programme.id;
    const lot = await makeLot(db, programmeId);
    lotId = lot.id;
    const base = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 48; i++) {
      // Several devices share a state_since and a created_at: the id breaks the ties.
      const stateSince = new Date(base + (i % 5) * 3_600_000).toISOString();
      const createdAt = new Date(base - (i % 7) * 60_000).toISOString();
      rows.push(
        await makeDevice(db, programmeId, {
          state: STATES[i % 3]!,
          grade: GRADES[i % 3 === 0 ? 0 : (i >> 1) % 3]!,
          kind: KINDS[(i >> 2) % 3]!,
          lotId: i % 4 === 0 ? lot.id : null,
          serial: SERIALS[i % SERIALS.length] === null ? null : `${SERIALS[i % SERIALS.length]}${i}`,
          stateSince,
          createdAt,
        }),
      );
    }
    // Another programme's devices never show.
    other = (await makeProgramme(db)).id;
    await makeDevice(db, other, { serial: '5CG7999' });
  });
  after(() => tdb.drop());

  function expected(q: Omit<DeviceListQuery, 'limit' | 'cursor'>): string[] {
    const prefix = q.q?.toUpperCase();
    const matches = rows.filter(
      (r) =>
        (!q.state || r.state === q.state) &&
        (!q.grade || r.grade === q.grade) &&
        (!q.kind || r.kind === q.kind) &&
        (!q.lotId || r.lot_id === q.lotId) &&
        (!prefix || r.asset_tag.startsWith(prefix) || (r.serial ?? '').toUpperCase().startsWith(prefix)),
    );
    const key = (r: DeviceRow) => {
      if (q.sort.endsWith('assetTag')) return r.asset_tag;
      return new Date(q.sort.endsWith('stateSince') ? r.state_since : r.created_at).toISOString();
    };
    const sign = q.sort.startsWith('-') ? -1 : 1;
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    matches.sort((a, b) => sign * (cmp(key(a), key(b)) || cmp(a.id, b.id)));
    return matches.map((r) => r.id);
  }

  async function walk(q: Omit<DeviceListQuery, 'limit' | 'cursor'>, limit: number): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page++) {
      const res = await listDevicePage(tdb.db, programmeId, { ...q, limit, cursor });
      assert.ok(res.items.length <= limit);
      seen.push(...res.items.map((d) => d.id));
      if (!res.nextCursor) return seen;
      cursor = res.nextCursor;
    }
    assert.fail('too many pages');
  }

  const filters: [string, Partial<DeviceListQuery>][] = [
    ['no filter', {}],
    ['state', { state: 'ready' }],
    ['grade', { grade: 'A' }],
    ['kind', { kind: 'monitor' }],
    ['state and grade', { state: 'ready', grade: 'B' }],
    ['nothing matches', { state: 'received', grade: 'A' }],
    ['serial prefix, any case', { q: '5cg7' }],
    ['serial prefix with LIKE wildcards', { q: 'a%_' }],
    ['serial prefix with a backslash', { q: 'AB\\' }],
    ['a prefix of tags and serials alike', { q: 'BE-0' }],
    ['prefix and state', { q: 'pf0', state: 'handed_over' }],
    ['no match', { q: 'ZZZ' }],
  ];

  for (const [name, filter] of filters) {
    it(`${name}: every sort, page by page, gives the brute-force answer`, async () => {
      for (const sort of deviceSorts) {
        const q = { ...filter, sort: sort as DeviceSort };
        const want = expected(q);
        assert.deepEqual(await walk(q, 7), want, `${name}, ${sort}, 7 a page`);
        assert.deepEqual(await walk(q, 100), want, `${name}, ${sort}, one page`);
      }
    });
  }

  it('filters by lot', async () => {
    const q = { lotId, sort: 'assetTag' as const };
    assert.deepEqual(await walk(q, 5), expected(q));
    assert.equal(expected(q).length, 12);
  });

  it('finds a prefix of the tag as typed, in lower case', async () => {
    const tag = rows[17]!.asset_tag;
    const res = await listDevicePage(tdb.db, programmeId, {
      q: tag.slice(0, -3).toLowerCase(),
      sort: 'assetTag',
      limit: 50,
    });
    assert.ok(res.items.some((d) => d.id === rows[17]!.id));
  });
});
