import type { Role } from '../src/platform/auth/roles.js';
import { SESSION_COOKIE } from '../src/platform/auth/session-cookie.js';
import { hashPassword } from '../src/platform/auth/password.js';
import type { Executor } from '../src/platform/db/database.js';
import { newId, nowIso } from '../src/platform/db/ids.js';
import { cliActor } from '../src/platform/auth/actor.js';
import { createProgramme } from '../src/modules/programmes/programmes.service.js';
import type { Programme } from '../src/modules/programmes/programmes.model.js';
import { createSession } from '../src/modules/accounts/sessions.service.js';
import type { TestClient } from './helpers/app.js';

let counter = 0;
function next(): number {
  counter += 1;
  return counter;
}

/** Cheap scrypt parameters for test users: the stored hash carries them, so login still verifies. */
const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
export const FACTORY_PASSWORD = 'correct horse battery staple';

export async function makeProgramme(
  db: Executor,
  overrides: Partial<Parameters<typeof createProgramme>[2]> = {},
): Promise<Programme> {
  const n = next();
  return createProgramme(db, cliActor, {
    slug: `programme-${n}-${newId().slice(-6)}`,
    name: `Programme ${n}`,
    country: 'FR',
    locale: 'fr-FR',
    languages: ['fr', 'en'],
    currency: 'EUR',
    timeZone: 'Europe/Paris',
    grades: ['CP', 'CE1', 'CE2', 'CM1', 'CM2'],
    ...overrides,
  });
}

export interface OrganisationOverrides {
  kind?: string;
  name?: string;
  uai?: string | null;
  communeInsee?: string | null;
}

export async function makeOrganisation(
  db: Executor,
  programmeId: string,
  o: OrganisationOverrides = {},
): Promise<{ id: string; name: string; kind: string }> {
  const n = next();
  const now = nowIso();
  const row = {
    id: newId(),
    programme_id: programmeId,
    kind: o.kind ?? 'school',
    name: o.name ?? `Organisation ${n}`,
    uai: o.uai ?? null,
    address_line: null,
    postal_code: null,
    commune_insee: o.communeInsee ?? null,
    email: null,
    phone: null,
    archived_at: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('organisations').values(row).execute();
  return { id: row.id, name: row.name, kind: row.kind };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export async function makeUser(
  db: Executor,
  opts: {
    email?: string;
    password?: string;
    displayName?: string;
    grants?: { programmeId: string; role: Role; organisationId?: string | null }[];
  } = {},
): Promise<TestUser> {
  const n = next();
  const now = nowIso();
  const id = newId();
  const email = (opts.email ?? `person${n}.${id.slice(-8)}@example.test`).toLowerCase();
  const password = opts.password ?? FACTORY_PASSWORD;
  await db
    .insertInto('users')
    .values({
      id,
      email,
      display_name: opts.displayName ?? `Person ${n}`,
      password_hash: await hashPassword(password, FAST_SCRYPT),
      locale: null,
      disabled_at: null,
      password_changed_at: now,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const g of opts.grants ?? []) {
    await db
      .insertInto('role_assignments')
      .values({
        id: newId(),
        programme_id: g.programmeId,
        user_id: id,
        role: g.role,
        organisation_id: g.organisationId ?? null,
        created_at: now,
      })
      .execute();
  }
  return { id, email, password };
}

/** Signs the client in without going through the login route (tests of login use the route). */
export async function signIn(client: TestClient, db: Executor, user: TestUser): Promise<void> {
  const { token } = await createSession(db, user.id, 12);
  client.cookies.set(SESSION_COOKIE, token);
}
