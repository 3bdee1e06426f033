import type { AuditActor } from '../../platform/auth/actor.js';
import type { OrganisationKind, Role } from '../../platform/auth/roles.js';
import type { Db } from '../../platform/db/database.js';
import { findProgrammeBySlug } from '../programmes/programmes.repository.js';
import { createProgramme } from '../programmes/programmes.service.js';
import { GRAND_BESANCON_EPCI, type ReferenceCommune, communesOfEpci } from '../territory/communes-reference.js';
import { importCommunes } from '../territory/communes.service.js';
import { createOrganisation } from '../territory/organisations.service.js';
import { hashDemoPassword, insertDemoUser } from './demo.users.js';
import { seedCatalogueDemo, seedSchoolComputersDemo } from './demo.catalogue.js';
import { seedFamiliesDemo } from './demo.families.js';
import { seedTrainingsDemo } from './demo.trainings.js';
import { seedWorkshopDemo, seedWorkshopReadyLot } from './demo.workshop.js';

/**
 * The demo programme: Grand Besançon with its 67 real communes, clearly fictional organisations
 * (every name ends with "(démo)"), and one account per role. Demo mode only: the command line
 * and the server refuse it when NODE_ENV=production. Later modules add their data here.
 */
export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
  /** Name of the organisation the role is held for. */
  organisation?: string;
  /** Shown name when a role has several demo accounts (else the role's name). */
  displayName?: string;
}

export interface SeedDemoResult {
  created: boolean;
  programmeSlug: string;
  accounts: DemoAccount[];
}

export const DEMO_PROGRAMME_SLUG = 'grand-besancon';
/** Every demo account and demo organisation address uses this mail domain (reserved, never delivered). */
export const DEMO_EMAIL_DOMAIN = 'demo.cartable.local';

export function isDemoEmail(email: string): boolean {
  return email.trim().toLowerCase().endsWith(`@${DEMO_EMAIL_DOMAIN}`);
}

const seedActor: AuditActor = { userId: null, label: 'seed-demo', role: null };

interface DemoOrganisation {
  kind: OrganisationKind;
  name: string;
  /** Schools only. Real format and check letter, in a number range far from the department's real schools. */
  uai?: string;
  communeInsee: string;
  addressLine: string;
  email: string;
}

// Order matters: the first school, venue, workshop and donor receive the scoped demo accounts.
const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    kind: 'school',
    name: 'École élémentaire des Tilleuls (démo)',
    uai: '0259901B',
    communeInsee: '25056',
    addressLine: '1 allée des Tilleuls (démo)',
    email: 'ecole.tilleuls@demo.cartable.local',
  },
  {
    kind: 'school',
    name: 'École élémentaire du Cerisier (démo)',
    uai: '0259902C',
    communeInsee: '25056',
    addressLine: '2 rue du Cerisier (démo)',
    email: 'ecole.cerisier@demo.cartable.local',
  },
  {
    kind: 'school',
    name: 'École primaire du Moulin (démo)',
    uai: '0259903D',
    communeInsee: '25527',
    addressLine: '3 rue du Moulin (démo)',
    email: 'ecole.moulin@demo.cartable.local',
  },
  {
    kind: 'school',
    name: 'École primaire des Vignes (démo)',
    uai: '0259904E',
    communeInsee: '25467',
    addressLine: '4 chemin des Vignes (démo)',
    email: 'ecole.vignes@demo.cartable.local',
  },
  {
    kind: 'school',
    name: 'École primaire de la Source (démo)',
    uai: '0259905F',
    communeInsee: '25532',
    addressLine: '5 place de la Source (démo)',
    email: 'ecole.source@demo.cartable.local',
  },
  {
    kind: 'workshop',
    name: 'Atelier ESAT (démo)',
    communeInsee: '25056',
    addressLine: '10 rue de l’Atelier (démo)',
    email: 'esat@demo.cartable.local',
  },
  {
    kind: 'donor',
    name: 'Entreprise donatrice (démo)',
    communeInsee: '25212',
    addressLine: '20 zone d’activités (démo)',
    email: 'dsi.donatrice@demo.cartable.local',
  },
  {
    kind: 'venue',
    name: 'Médiathèque des Tilleuls (démo)',
    communeInsee: '25056',
    addressLine: '30 rue des Livres (démo)',
    email: 'mediatheque@demo.cartable.local',
  },
  {
    kind: 'venue',
    name: 'Espace numérique de Saint-Vit (démo)',
    communeInsee: '25527',
    addressLine: '40 rue du Numérique (démo)',
    email: 'espace.numerique@demo.cartable.local',
  },
  {
    kind: 'partner',
    name: 'Centre social partenaire (démo)',
    communeInsee: '25056',
    addressLine: '50 rue de la Solidarité (démo)',
    email: 'centre.social@demo.cartable.local',
  },
];

const firstOf = (kind: OrganisationKind): string => DEMO_ORGANISATIONS.find((o) => o.kind === kind)!.name;

/**
 * One account per role, and three teachers (colleagues vote on each other's catalogue proposals;
 * the first of a role is the one the other demo data acts as). Passwords are easy to type on
 * purpose: this is a demo.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: 'admin', email: 'admin@demo.cartable.local', password: 'demo-admin' },
  { role: 'coordinator', email: 'coordination@demo.cartable.local', password: 'demo-coordination' },
  {
    role: 'workshop_supervisor',
    email: 'atelier.responsable@demo.cartable.local',
    password: 'demo-responsable',
    organisation: firstOf('workshop'),
  },
  {
    role: 'workshop_operator',
    email: 'atelier@demo.cartable.local',
    password: 'demo-atelier',
    organisation: firstOf('workshop'),
  },
  {
    role: 'teacher',
    email: 'enseignant@demo.cartable.local',
    password: 'demo-enseignant',
    organisation: firstOf('school'),
  },
  {
    role: 'teacher',
    email: 'enseignant2@demo.cartable.local',
    password: 'demo-enseignant2',
    organisation: firstOf('school'),
    displayName: 'Enseignant de CE1 (démo)',
  },
  {
    role: 'teacher',
    email: 'enseignant3@demo.cartable.local',
    password: 'demo-enseignant3',
    organisation: firstOf('school'),
    displayName: 'Enseignante de CM2 (démo)',
  },
  { role: 'committee_member', email: 'comite@demo.cartable.local', password: 'demo-comite' },
  {
    role: 'school_director',
    email: 'direction@demo.cartable.local',
    password: 'demo-direction',
    organisation: firstOf('school'),
  },
  {
    role: 'venue_staff',
    email: 'mediatheque@demo.cartable.local',
    password: 'demo-mediatheque',
    organisation: firstOf('venue'),
  },
  { role: 'donor', email: 'donateur@demo.cartable.local', password: 'demo-donateur', organisation: firstOf('donor') },
  { role: 'family', email: 'famille@demo.cartable.local', password: 'demo-famille' },
];

const DISPLAY_NAMES: Record<Role, string> = {
  admin: 'Administratrice (démo)',
  coordinator: 'Coordination (démo)',
  workshop_supervisor: 'Responsable d’atelier (démo)',
  workshop_operator: 'Opérateur d’atelier (démo)',
  teacher: 'Enseignante (démo)',
  committee_member: 'Membre du comité (démo)',
  school_director: 'Directrice d’école (démo)',
  venue_staff: 'Animateur de médiathèque (démo)',
  donor: 'Responsable informatique donateur (démo)',
  family: 'Famille (démo)',
};

/**
 * Loads the demo programme unless it is already there (then changes nothing). Everything is
 * written in one transaction: a failure leaves no half-made programme.
 */
export async function seedDemo(
  db: Db,
  opts: { log?: (line: string) => void; publicBaseUrl?: string } = {},
): Promise<SeedDemoResult> {
  const log = opts.log ?? (() => {});
  const existing = { created: false, programmeSlug: DEMO_PROGRAMME_SLUG, accounts: DEMO_ACCOUNTS };
  if (await findProgrammeBySlug(db, DEMO_PROGRAMME_SLUG)) return existing;

  // The slow parts happen before the transaction, so it holds the database briefly.
  const communes: ReferenceCommune[] = communesOfEpci(GRAND_BESANCON_EPCI);
  const postalCodeOf = new Map(communes.map((c) => [c.inseeCode, c.postalCodes[0] ?? null]));
  // One at a time: each scrypt hash takes 128 MB of memory with the default parameters.
  const hashes: string[] = [];
  for (const account of DEMO_ACCOUNTS) hashes.push(await hashDemoPassword(account.password));

  let workshop = { lots: 0, devices: 0 };
  let families = { households: 0 };
  try {
    await db.transaction().execute(async (trx) => {
      const programme = await createProgramme(trx, seedActor, {
        slug: DEMO_PROGRAMME_SLUG,
        name: 'Grand Besançon',
        country: 'FR',
        locale: 'fr-FR',
        languages: ['fr', 'en'],
        currency: 'EUR',
        timeZone: 'Europe/Paris',
        grades: ['CP', 'CE1', 'CE2', 'CM1', 'CM2'],
        settings: { assetTagPrefix: 'GB' },
      });
      await importCommunes(trx, programme.id, seedActor, communes);
      const organisationIds = new Map<string, string>();
      for (const o of DEMO_ORGANISATIONS) {
        const created = await createOrganisation(trx, programme.id, seedActor, {
          kind: o.kind,
          name: o.name,
          uai: o.uai ?? null,
          communeInsee: o.communeInsee,
          postalCode: postalCodeOf.get(o.communeInsee) ?? null,
          addressLine: o.addressLine,
          email: o.email,
          ...(o.kind === 'school'
            ? { schoolSector: 'public' as const, priorityArea: o.name.includes('Cerisier') }
            : {}),
        });
        organisationIds.set(o.name, created.id);
      }
      const userIds = new Map<string, string>();
      for (const [i, account] of DEMO_ACCOUNTS.entries()) {
        const userId = await insertDemoUser(trx, seedActor, {
          programmeId: programme.id,
          email: account.email,
          displayName: account.displayName ?? DISPLAY_NAMES[account.role],
          passwordHash: hashes[i]!,
          role: account.role,
          organisationId: account.organisation ? organisationIds.get(account.organisation)! : null,
        });
        userIds.set(account.email, userId);
      }
      const accountPerson = (account: DemoAccount) => ({ userId: userIds.get(account.email)!, email: account.email });
      const person = (role: Role) => accountPerson(DEMO_ACCOUNTS.find((a) => a.role === role)!);
      const people = {
        admin: person('admin'),
        operator: person('workshop_operator'),
        supervisor: person('workshop_supervisor'),
        donor: { ...person('donor'), organisationId: organisationIds.get(firstOf('donor'))! },
        workshopId: organisationIds.get(firstOf('workshop'))!,
      };
      const named = (account: DemoAccount) => ({
        ...accountPerson(account),
        name: account.displayName ?? DISPLAY_NAMES[account.role],
        role: account.role,
      });
      const firstNamed = (role: Role) => named(DEMO_ACCOUNTS.find((a) => a.role === role)!);
      // The catalogue comes first: the workshop images with this year's published manifest.
      const catalogue = await seedCatalogueDemo(trx, programme.id, {
        teachers: DEMO_ACCOUNTS.filter((a) => a.role === 'teacher').map(named),
        committee: firstNamed('committee_member'),
        coordinator: firstNamed('coordinator'),
      });
      // Donated computers go to CE2 families: the cycle 2 image.
      const image = { manifestHash: catalogue.manifestHashes.cycle2 };
      workshop = await seedWorkshopDemo(
        trx,
        programme.id,
        people,
        opts.publicBaseUrl ?? 'http://localhost:3000',
        image,
      );
      // The campaign runs at the second school, so the first stays free to try a whole campaign.
      const campaignSchool = DEMO_ORGANISATIONS.filter((o) => o.kind === 'school')[1]!.name;
      families = await seedFamiliesDemo(
        trx,
        programme.id,
        { ...person('coordinator'), label: person('coordinator').email, role: 'coordinator' },
        organisationIds.get(campaignSchool)!,
      );
      await seedTrainingsDemo(trx, programme.id, {
        coordinator: { ...person('coordinator'), label: person('coordinator').email, role: 'coordinator' },
        venueStaff: { ...person('venue_staff'), label: person('venue_staff').email, role: 'venue_staff' },
        mediathequeId: organisationIds.get(firstOf('venue'))!,
        saintVitId: organisationIds.get(DEMO_ORGANISATIONS.filter((o) => o.kind === 'venue')[1]!.name)!,
      });
      // New stock arrives after the first allocation: ready devices for the waiting families.
      await seedWorkshopReadyLot(trx, programme.id, people, 6, image);
      // Last, once the families have their computers: school computers, and everyone's conformity.
      await seedSchoolComputersDemo(
        trx,
        programme.id,
        firstNamed('school_director'),
        organisationIds.get(firstOf('school'))!,
      );
    });
  } catch (error) {
    // Another process (a second `cartable serve`) seeded at the same moment: its programme won.
    if (await findProgrammeBySlug(db, DEMO_PROGRAMME_SLUG)) return existing;
    throw error;
  }
  log(
    `Demo programme Grand Besançon loaded: ${communes.length} communes, ${DEMO_ORGANISATIONS.length} organisations, ${DEMO_ACCOUNTS.length} accounts, ${workshop.lots + 1} donation lots, ${workshop.devices + 6} devices, a campaign with ${families.households} families, the educational catalogue with this year's published sets.`,
  );
  return { created: true, programmeSlug: DEMO_PROGRAMME_SLUG, accounts: DEMO_ACCOUNTS };
}
