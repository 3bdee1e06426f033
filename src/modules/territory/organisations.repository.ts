import { type Insertable, type Selectable, type Updateable, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { OrganisationKind } from '../../platform/auth/roles.js';
import type { OrganisationsTable } from './territory.tables.js';
import { validateUai } from './uai.js';

/** An organisation with the name of its commune (null when it has none). */
export type OrganisationRow = Selectable<OrganisationsTable> & { commune_name: string | null };

/** Organisations of one programme joined with their commune; columns are prefixed `o.`. */
function selectOrganisations(db: Executor, programmeId: string) {
  return db
    .selectFrom('organisations as o')
    .leftJoin('communes as c', (join) =>
      join.onRef('c.programme_id', '=', 'o.programme_id').onRef('c.insee_code', '=', 'o.commune_insee'),
    )
    .selectAll('o')
    .select('c.name as commune_name')
    .where('o.programme_id', '=', programmeId);
}

export async function findOrganisationById(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<OrganisationRow | undefined> {
  return selectOrganisations(db, programmeId).where('o.id', '=', id).executeTakeFirst();
}

export async function findOrganisationByUai(
  db: Executor,
  programmeId: string,
  uai: string,
): Promise<OrganisationRow | undefined> {
  return selectOrganisations(db, programmeId).where('o.uai', '=', uai).executeTakeFirst();
}

/** id, kind and name of every organisation of a programme: for lookups by name. */
export async function listOrganisationNames(
  db: Executor,
  programmeId: string,
): Promise<Pick<OrganisationRow, 'id' | 'kind' | 'name'>[]> {
  return db
    .selectFrom('organisations')
    .select(['id', 'kind', 'name'])
    .where('programme_id', '=', programmeId)
    .execute();
}

export interface OrganisationFilter {
  kind?: string | undefined;
  /**
   * Matched case-insensitively against the name (anywhere), the UAI and the SIRET (prefix). SQLite's lower()
   * folds ASCII only, so there "école" does not find "École"; PostgreSQL folds every letter.
   */
  q?: string | undefined;
  includeArchived: boolean;
  /** Keyset: rows strictly after this (name, id). */
  after?: { name: string; id: string } | undefined;
  limit: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One page ordered by name then id, keyset-paginated so pages stay stable while rows are added. */
export async function listOrganisations(
  db: Executor,
  programmeId: string,
  f: OrganisationFilter,
): Promise<OrganisationRow[]> {
  let query = selectOrganisations(db, programmeId);
  if (f.kind) query = query.where('o.kind', '=', f.kind);
  if (!f.includeArchived) query = query.where('o.archived_at', 'is', null);
  if (f.q) {
    // ESCAPE is explicit: SQLite has no default escape character for LIKE.
    const inName = `%${escapeLike(f.q.toLowerCase())}%`;
    const uaiPrefix = `${escapeLike(f.q.toUpperCase())}%`;
    // A donor's SIRET is stored without spaces; people type it with them.
    const siretPrefix = `${escapeLike(f.q.replace(/\s+/g, ''))}%`;
    query = query.where(
      sql<boolean>`(lower(o.name) like ${inName} escape '\\' or o.uai like ${uaiPrefix} escape '\\' or o.siret like ${siretPrefix} escape '\\')`,
    );
  }
  if (f.after) {
    const { name, id } = f.after;
    query = query.where((eb) =>
      eb.or([eb('o.name', '>', name), eb.and([eb('o.name', '=', name), eb('o.id', '>', id)])]),
    );
  }
  return query.orderBy('o.name').orderBy('o.id').limit(f.limit).execute();
}

export async function insertOrganisation(db: Executor, row: Insertable<OrganisationsTable>): Promise<void> {
  await db.insertInto('organisations').values(row).execute();
}

export async function updateOrganisationRow(
  db: Executor,
  programmeId: string,
  id: string,
  changes: Updateable<Omit<OrganisationsTable, 'id' | 'programme_id' | 'kind' | 'created_at'>>,
): Promise<void> {
  await db
    .updateTable('organisations')
    .set(changes)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .execute();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Finds an organisation of the programme from what a person types on the command line: its id,
 * its UAI, or its exact name (case and accents ignored). undefined when nothing matches, or
 * when the name is shared by several organisations (the caller should then ask for the id).
 */
export async function findOrganisationByRef(
  db: Executor,
  programmeId: string,
  ref: string,
): Promise<{ id: string; kind: OrganisationKind; name: string } | undefined> {
  const text = ref.trim();
  if (text === '') return undefined;
  const pick = (row: OrganisationRow | undefined) =>
    row ? { id: row.id, kind: row.kind as OrganisationKind, name: row.name } : undefined;
  if (UUID.test(text)) return pick(await findOrganisationById(db, programmeId, text.toLowerCase()));
  const uai = validateUai(text);
  if (uai.ok) {
    const byUai = await findOrganisationByUai(db, programmeId, uai.uai);
    if (byUai) return pick(byUai);
  }
  const key = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  const matches = (await listOrganisationNames(db, programmeId)).filter((o) => key(o.name) === key(text));
  if (matches.length !== 1) return undefined;
  const m = matches[0]!;
  return { id: m.id, kind: m.kind as OrganisationKind, name: m.name };
}
