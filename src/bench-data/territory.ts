import { uaiCheckLetter } from '../modules/territory/uai.js';
import { type GenContext, put } from './context.js';
import { DAY_MS, iso, isoDay } from './plan.js';
import { S, below, benchId } from './random.js';

/** Ids of the organisations and years the rest of the data points at (small: kept in memory). */
export interface Territory {
  communes: { insee: string; postalCode: string; name: string }[];
  schoolIds: string[];
  donorIds: string[];
  workshopIds: string[];
  venueIds: string[];
  roomIds: string[][];
  schoolYearIds: string[];
}

const COMMUNE_NAMES = ['Val', 'Mont', 'Pré', 'Bois', 'Pont', 'Roche', 'Fontaine', 'Plaine', 'Côte', 'Lac'];
const COMMUNE_SUFFIXES = ['-sur-Doubs', '-les-Vignes', '-le-Haut', '-la-Forêt', '', '-en-Bresse', '-du-Lac'];

/** Communes with codes of the INSEE shape and fictional names (every name ends with "(banc)"). */
function communeOf(i: number) {
  const dept = 10 + (i % 80);
  const n = 100 + Math.floor(i / 80);
  const insee = `${dept}${String(n).padStart(3, '0')}`;
  const postalCode = `${dept}${String(n % 1000).padStart(3, '0')}`;
  const name = `${COMMUNE_NAMES[i % COMMUNE_NAMES.length]}${COMMUNE_SUFFIXES[i % COMMUNE_SUFFIXES.length]} ${Math.floor(i / 70) + 1} (banc)`;
  return { insee, postalCode, name };
}

/** A real-format UAI (seven digits and the check letter) in a number range no real school uses. */
function uaiOf(i: number): string {
  const digits = `9${String(900_000 + i).padStart(6, '0')}`.slice(0, 7);
  return `${digits}${uaiCheckLetter(digits)}`;
}

export function writeTerritory(ctx: GenContext): Territory {
  const { programmeId, layout, seed } = ctx;
  const created = iso(layout.yearStartsMs[0]! - 120 * DAY_MS);
  const communes = Array.from({ length: layout.communes }, (_, i) => communeOf(i));
  for (const [i, c] of communes.entries()) {
    put(ctx, 'communes', [
      programmeId,
      c.insee,
      c.name,
      JSON.stringify([c.postalCode]),
      1_000 + below(seed, S.commune, i, 90_000),
    ]);
  }
  const org = (stream: number, i: number, kind: string, name: string, extra: Partial<Record<string, unknown>> = {}) => {
    const id = benchId(seed, stream, i, Date.parse(created));
    const c = communes[i % communes.length]!;
    put(ctx, 'organisations', [
      id,
      programmeId,
      kind,
      name,
      extra.uai ?? null,
      `${1 + (i % 120)} rue ${kind === 'school' ? 'de l’École' : 'du Centre'} (banc)`,
      c.postalCode,
      c.insee,
      `${kind}.${i + 1}@bench.cartable.local`,
      null,
      null,
      created,
      created,
      null,
      extra.donorCategory ?? null,
      extra.schoolSector ?? null,
      extra.priorityArea ?? null,
    ]);
    return id;
  };
  const schoolIds = Array.from({ length: layout.schools }, (_, i) =>
    org(S.school, i, 'school', `École ${i + 1} (banc)`, {
      uai: uaiOf(i),
      schoolSector: i % 7 === 6 ? 'private' : 'public',
      priorityArea: i % 5 === 0 ? 1 : 0,
    }),
  );
  const donorIds = Array.from({ length: layout.donors }, (_, i) =>
    org(S.misc, 1_000_000 + i, 'donor', `Entreprise donatrice ${i + 1} (banc)`, {
      donorCategory: i % 4 === 3 ? 'administration' : 'company',
    }),
  );
  const workshopIds = Array.from({ length: layout.workshops }, (_, i) =>
    org(S.misc, 2_000_000 + i, 'workshop', `Atelier ${i + 1} (banc)`),
  );
  const venueIds: string[] = [];
  const roomIds: string[][] = [];
  for (let v = 0; v < layout.venues; v += 1) {
    const id = org(S.venue, v, 'venue', `Médiathèque ${v + 1} (banc)`);
    venueIds.push(id);
    put(ctx, 'venues', [
      id,
      programmeId,
      v % 3 === 0 ? 0 : 1,
      1,
      v % 4 === 0 ? 1 : 0,
      null,
      `Bus ligne ${1 + (v % 12)}`,
      'Du mardi au samedi, 10 h – 18 h',
      created,
      created,
    ]);
    const rooms = [0, 1].map((r) => {
      const roomId = benchId(seed, S.room, v * 2 + r, Date.parse(created));
      put(ctx, 'venue_rooms', [
        roomId,
        programmeId,
        id,
        r === 0 ? 'Salle multimédia' : 'Salle de réunion',
        12,
        r === 0 ? 12 : 8,
        1,
        1,
        created,
        created,
      ]);
      return roomId;
    });
    roomIds.push(rooms);
  }
  const schoolYearIds = layout.yearStarts.map((y, i) => {
    const id = benchId(seed, S.schoolYear, i, Date.parse(created));
    put(ctx, 'school_years', [id, programmeId, `${y}-${y + 1}`, `${y}-09-01`, `${y + 1}-07-04`, created]);
    return id;
  });
  return { communes, schoolIds, donorIds, workshopIds, venueIds, roomIds, schoolYearIds };
}

export { isoDay };
