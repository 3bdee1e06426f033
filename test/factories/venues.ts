import type { Executor } from '../../src/platform/db/database.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import { makeOrganisation } from '../factories.js';

let counter = 0;

/** A venue (organisation of kind venue + venues row) with one room of `capacity` seats. */
export async function makeVenue(
  db: Executor,
  programmeId: string,
  o: { name?: string; capacity?: number } = {},
): Promise<{ id: string; name: string; roomId: string }> {
  counter += 1;
  const org = await makeOrganisation(db, programmeId, { kind: 'venue', name: o.name ?? `Médiathèque ${counter}` });
  const now = nowIso();
  await db
    .insertInto('venues')
    .values({
      id: org.id,
      programme_id: programmeId,
      step_free_access: 1,
      accessible_toilets: 1,
      hearing_loop: 0,
      accessibility_notes: null,
      public_transport: null,
      opening_hours: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const roomId = newId();
  await db
    .insertInto('venue_rooms')
    .values({
      id: roomId,
      programme_id: programmeId,
      venue_id: org.id,
      name: 'Salle 1',
      capacity: o.capacity ?? 12,
      computers: 8,
      step_free: 1,
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id: org.id, name: org.name, roomId };
}

/** A workshop theme with French and English titles. */
export async function makeTheme(
  db: Executor,
  programmeId: string,
  o: { code?: string; languages?: string[] } = {},
): Promise<{ id: string; code: string }> {
  counter += 1;
  const now = nowIso();
  const id = newId();
  const code = o.code ?? `theme_${counter}`;
  await db
    .insertInto('training_themes')
    .values({
      id,
      programme_id: programmeId,
      code,
      titles: JSON.stringify({ fr: `Atelier ${counter}`, en: `Workshop ${counter}` }),
      descriptions: JSON.stringify({ fr: 'Pour apprendre pas à pas.', en: 'To learn step by step.' }),
      languages: JSON.stringify(o.languages ?? ['fr']),
      position: counter,
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, code };
}
