import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import type { ReferenceCommune } from './communes-reference.js';
import { type CommuneRow, listCommunes, upsertCommunes } from './communes.repository.js';

export interface Commune {
  inseeCode: string;
  name: string;
  postalCodes: string[];
  population: number | null;
}

export function toCommune(row: CommuneRow): Commune {
  return {
    inseeCode: row.insee_code,
    name: row.name,
    postalCodes: JSON.parse(row.postal_codes) as string[],
    population: row.population,
  };
}

/** Adds or refreshes the communes of a programme, in one audit event. Returns how many. */
export async function importCommunes(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  communes: ReferenceCommune[],
): Promise<number> {
  await upsertCommunes(
    trx,
    programmeId,
    communes.map((c) => ({
      insee_code: c.inseeCode,
      name: c.name,
      postal_codes: JSON.stringify(c.postalCodes),
      population: c.population,
    })),
  );
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'commune',
    entityId: null,
    action: 'imported',
    summary: { count: communes.length },
  });
  return communes.length;
}

/** Lower case, no accents, hyphens and apostrophes as spaces: "Saint-Vit" ~ "saint vit". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .trim();
}

/**
 * Communes whose name (or one of its words) starts with the query, ignoring case and accents,
 * or whose INSEE or postal code starts with it. Names that start with the query come first.
 * Filtering happens here rather than in SQL because SQLite has no accent folding; a programme
 * holds at most a few thousand communes.
 */
export async function searchCommunes(
  db: Executor,
  programmeId: string,
  query: string | undefined,
  limit: number,
): Promise<Commune[]> {
  const communes = (await listCommunes(db, programmeId)).map(toCommune);
  const q = searchKey(query ?? '');
  if (q === '') return communes.slice(0, limit);
  const first: Commune[] = [];
  const then: Commune[] = [];
  for (const c of communes) {
    const name = searchKey(c.name);
    if (name.startsWith(q) || c.inseeCode.startsWith(q) || c.postalCodes.some((p) => p.startsWith(q))) first.push(c);
    else if (name.split(' ').some((word) => word.startsWith(q))) then.push(c);
  }
  return [...first, ...then].slice(0, limit);
}
