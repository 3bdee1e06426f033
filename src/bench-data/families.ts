import { createHash } from 'node:crypto';
import { nameKey } from '../modules/households/contact-keys.js';
import { formatHouseholdReference } from '../modules/households/household-reference.js';
import { type GenContext, put } from './context.js';
import { BENCH_GRADES, DAY_MS, iso } from './plan.js';
import { S, below, benchId, unit } from './random.js';
import type { Territory } from './territory.js';

export const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Thomas',
  'Petit',
  'Robert',
  'Richard',
  'Durand',
  'Dubois',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Lefebvre',
  'Leroy',
  'Roux',
  'David',
  'Bertrand',
  'Morel',
  'Fournier',
  'Girard',
  'Bonnet',
  'Dupont',
  'Lambert',
  'Fontaine',
  'Rousseau',
  'Vincent',
  'Muller',
  'Lefèvre',
  'Faure',
  'André',
  'Mercier',
  'Blanc',
  'Guérin',
  'Boyer',
  'Garnier',
  'Chevalier',
  'François',
  'Legrand',
  'Gauthier',
  'Garcia',
  'Perrin',
  'Robin',
  'Clément',
  'Morin',
  'Nicolas',
  'Henry',
  'Roussel',
  'Mathieu',
  'Gautier',
  'Masson',
  'Marchand',
  'Duval',
  'Denis',
  'Dumont',
  'Marie',
  'Lemaire',
  'Noël',
  'Meyer',
  'Dufour',
  'Meunier',
];
export const FIRST_NAMES = [
  'Léa',
  'Hugo',
  'Chloé',
  'Lucas',
  'Emma',
  'Louis',
  'Manon',
  'Nathan',
  'Inès',
  'Gabriel',
  'Jade',
  'Arthur',
  'Louise',
  'Jules',
  'Alice',
  'Raphaël',
  'Lina',
  'Adam',
  'Rose',
  'Maël',
  'Anna',
  'Paul',
  'Mila',
  'Sacha',
  'Ambre',
  'Noah',
  'Julia',
  'Mohamed',
  'Zoé',
  'Ethan',
  'Lola',
  'Tom',
  'Sarah',
  'Théo',
  'Léna',
  'Nolan',
  'Camille',
  'Timéo',
  'Eva',
  'Aaron',
  'Nina',
  'Liam',
  'Romane',
  'Yanis',
  'Agathe',
  'Noé',
  'Iris',
  'Victor',
  'Clara',
  'Axel',
  'Jeanne',
  'Malo',
  'Lou',
  'Isaac',
  'Margaux',
  'Ayoub',
  'Victoire',
  'Naël',
  'Mia',
  'Samuel',
];
const L = LAST_NAMES.length;
const F = FIRST_NAMES.length;

/** Which school and commune a household belongs to (contiguous blocks: a school's families). */
export function schoolOfHousehold(ctx: GenContext, h: number): number {
  return Math.floor((h * ctx.layout.schools) / ctx.layout.spec.households);
}

export function householdId(ctx: GenContext, h: number): string {
  return benchId(ctx.seed, S.household, h, householdCreatedMs(ctx, h));
}

/** Every family of the current year was imported at the start of the data's first year. */
function householdCreatedMs(ctx: GenContext, h: number): number {
  const start = ctx.layout.yearStartsMs[0]! - 40 * DAY_MS;
  return start + Math.floor((h / ctx.layout.spec.households) * 20 * DAY_MS);
}

/** The pupil of a household with a loan: its first child (pupils 0…H−1 found the households). */
export function pupilId(ctx: GenContext, p: number): string {
  return benchId(ctx.seed, S.pupil, p, householdCreatedMs(ctx, householdOfPupil(ctx, p)));
}

function householdOfPupil(ctx: GenContext, p: number): number {
  const { households, pupils } = ctx.layout.spec;
  if (p < households) return p;
  // Siblings: the pupils beyond one per household join households spread over the whole list.
  return Math.floor(((p - households) * households) / Math.max(1, pupils - households));
}

/** Writes households with their guardians and contacts, then the current year's pupils. */
export async function writeFamilies(ctx: GenContext, territory: Territory): Promise<void> {
  const { programmeId, seed, layout } = ctx;
  const H = layout.spec.households;
  for (let h = 0; h < H; h += 1) {
    const at = iso(householdCreatedMs(ctx, h));
    const id = householdId(ctx, h);
    const commune = territory.communes[schoolOfHousehold(ctx, h) % territory.communes.length]!;
    const language = unit(seed, S.household, h, 3) < 0.9 ? 'fr' : 'en';
    put(ctx, 'households', [
      id,
      programmeId,
      formatHouseholdReference(h + 1),
      `${1 + below(seed, S.household, h, 180, 4)} rue des Écoles (banc)`,
      commune.postalCode,
      commune.insee,
      language,
      unit(seed, S.household, h, 5) < 0.6 ? 1 : 0,
      unit(seed, S.household, h, 6) < 0.3 ? 1 : 0,
      at,
      null,
      null,
      null,
      null,
      at,
      at,
    ]);
    const last = LAST_NAMES[h % L]!;
    const guardians = unit(seed, S.guardian, h) < 0.7 ? 2 : 1;
    for (let g = 0; g < guardians; g += 1) {
      put(ctx, 'household_guardians', [
        benchId(seed, S.guardian, h * 2 + g, Date.parse(at)),
        programmeId,
        id,
        g + 1,
        FIRST_NAMES[(h * 3 + g * 17 + 7) % F]!,
        last,
        at,
      ]);
    }
    const mobile = String(10_000_000 + ((h * 7_919 + 1_234) % 90_000_000));
    const phone = `06 ${mobile.slice(0, 2)} ${mobile.slice(2, 4)} ${mobile.slice(4, 6)} ${mobile.slice(6, 8)}`;
    put(ctx, 'household_contacts', [
      benchId(seed, S.contact, h * 2, Date.parse(at)),
      programmeId,
      id,
      'phone',
      phone,
      `+336${mobile}`,
      at,
    ]);
    if (unit(seed, S.contact, h) < 0.5) {
      const email = `famille.${h + 1}@bench.cartable.local`;
      put(ctx, 'household_contacts', [
        benchId(seed, S.contact, h * 2 + 1, Date.parse(at)),
        programmeId,
        id,
        'email',
        email,
        email,
        at,
      ]);
    }
    if (h % 5_000 === 4_999) await ctx.sink.drain();
  }
  await ctx.sink.drain();
  ctx.log(`households: ${H}`);

  const yearId = territory.schoolYearIds.at(-1)!;
  const currentStart = layout.yearStarts.at(-1)!;
  const siblingNumber = new Map<number, number>();
  for (let p = 0; p < layout.spec.pupils; p += 1) {
    const h = householdOfPupil(ctx, p);
    const sibling = p < H ? 0 : (siblingNumber.get(h) ?? 0) + 1;
    if (p >= H) siblingNumber.set(h, sibling);
    const at = iso(householdCreatedMs(ctx, h));
    const gradeIndex = (h + sibling * 2) % BENCH_GRADES.length;
    const grade = BENCH_GRADES[gradeIndex]!;
    const birthYear = currentStart - 6 - gradeIndex;
    const birthDate = `${birthYear}-${String(1 + below(seed, S.pupil, p, 12)).padStart(2, '0')}-${String(1 + below(seed, S.pupil, p, 28, 1)).padStart(2, '0')}`;
    const lastName = LAST_NAMES[h % L]!;
    const firstName = FIRST_NAMES[(Math.floor(h / L) + sibling * 13) % F]!;
    const className = `${grade} ${'AB'[below(seed, S.pupil, p, 2, 2)]}`;
    const namesOnlyKey = `${nameKey(lastName)}|${nameKey(firstName)}`;
    const matchKey = `${namesOnlyKey}|${birthDate}`;
    // The import's row hash: sha256 of the row as the import read it (imports/row-check.ts).
    const rowHash = createHash('sha256')
      .update(
        JSON.stringify({
          matchKey,
          namesOnlyKey,
          pupil: { lastName, firstName, grade, className, birthDate },
          guardians: [{ lastName, firstName: null }],
          contacts: [],
          address: { line: null, postalCode: null, communeInsee: null },
          language: null,
          noComputerAtHome: null,
          priorityNeighbourhood: null,
        }),
      )
      .digest('hex');
    put(ctx, 'pupils', [
      pupilId(ctx, p),
      programmeId,
      yearId,
      territory.schoolIds[schoolOfHousehold(ctx, h)]!,
      householdId(ctx, h),
      firstName,
      lastName,
      birthDate,
      grade,
      className,
      matchKey,
      rowHash,
      null,
      null,
      at,
      at,
    ]);
    if (p % 5_000 === 4_999) await ctx.sink.drain();
  }
  siblingNumber.clear();
  await ctx.sink.drain();
  ctx.log(`pupils: ${layout.spec.pupils}`);
}
