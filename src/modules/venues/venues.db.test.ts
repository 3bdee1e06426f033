import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeVenue } from '../../../test/factories/venues.js';
import { makeSession } from '../../../test/factories/trainings.js';
import { cliActor } from '../../platform/auth/actor.js';
import { verifyAuditTrail } from '../../platform/audit/audit.js';
import { updateRoom } from './rooms.service.js';
import { createDefaultThemes, defaultTrainingThemes, listThemes } from './themes.service.js';

describe('venues and themes on the database', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(() => t.drop());

  it('gives a new programme the default catalogue once, in plain French and English', async () => {
    const p = await makeProgramme(t.db);
    const first = await t.db.transaction().execute((trx) => createDefaultThemes(trx, p.id, cliActor));
    const codes = defaultTrainingThemes().map((d) => d.code);
    assert.deepEqual(
      first.map((x) => x.code),
      codes,
    );
    for (const code of [
      'first_steps',
      'email',
      'internet_safety',
      'school_services',
      'letter_cv',
      'video_calls',
      'online_procedures',
    ]) {
      assert.ok(codes.includes(code), code);
    }
    for (const theme of first) {
      assert.ok(theme.titles.fr && theme.titles.en, theme.code);
      assert.ok(theme.descriptions.fr && theme.descriptions.en, theme.code);
      // Plain words: short sentences.
      for (const sentence of theme.descriptions.fr!.split(/[.!?]\s*/).filter(Boolean)) {
        assert.ok(sentence.split(/\s+/).length <= 16, `${theme.code}: ${sentence}`);
      }
    }
    assert.deepEqual(
      first.map((x) => x.position),
      codes.map((_, i) => i),
    );
    const again = await t.db.transaction().execute((trx) => createDefaultThemes(trx, p.id, cliActor));
    assert.equal(again.length, 0);
    assert.equal((await listThemes(t.db, p.id)).length, codes.length);
    assert.deepEqual((await verifyAuditTrail(t.db)).problems, []);

    // A programme in French only keeps the French texts.
    const frOnly = await makeProgramme(t.db, { languages: ['fr'] });
    const themes = await t.db.transaction().execute((trx) => createDefaultThemes(trx, frOnly.id, cliActor));
    assert.deepEqual(Object.keys(themes[0]!.titles), ['fr']);
  });

  it('checks a room change against sessions at an explicit instant', async () => {
    const p = await makeProgramme(t.db);
    const venue = await makeVenue(t.db, p.id, { capacity: 12 });
    const startsAt = new Date('2031-03-04T09:00:00.000Z');
    await makeSession(t.db, p.id, { venueId: venue.id, roomId: venue.roomId, seats: 12, startsAt });
    const shrink = (now: Date) =>
      t.db
        .transaction()
        .execute((trx) => updateRoom(trx, p.id, cliActor, venue.id, venue.roomId, { capacity: 6 }, 'fr', now));
    // During the session (started, not ended) the room is still needed.
    await assert.rejects(shrink(new Date('2031-03-04T10:00:00.000Z')), { code: 'ROOM_TOO_SMALL' });
    const room = await shrink(new Date('2031-03-04T11:00:00.000Z'));
    assert.equal(room.capacity, 6);
  });
});
