import type { Insertable } from 'kysely';
import type { Executor } from '../../src/platform/db/database.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import type { CatalogueResourcesTable } from '../../src/modules/catalogue/catalogue.tables.js';

export type ResourceOverrides = Partial<Insertable<CatalogueResourcesTable>> & {
  packageNames?: string[];
  subjectCodes?: string[];
  gradeCodes?: string[];
};

let resourceCounter = 0;

/**
 * A catalogue resource inserted directly (accepted, software by default). `packageNames` fills
 * the JSON list; the default package is in the shipped Packages extract (test/fixtures/debian).
 */
export async function makeResource(
  db: Executor,
  programmeId: string,
  o: ResourceOverrides = {},
): Promise<{ id: string; title: string; packages: string[] }> {
  resourceCounter += 1;
  const { packageNames, subjectCodes, gradeCodes, ...columns } = o;
  const kind = columns.kind ?? 'software';
  const packages = packageNames ?? (kind === 'software' ? ['gcompris-qt'] : []);
  const now = nowIso();
  const row: Insertable<CatalogueResourcesTable> = {
    id: newId(),
    programme_id: programmeId,
    kind,
    title: `Ressource ${resourceCounter}`,
    description: 'Des activités pour apprendre en jouant.',
    subjects: JSON.stringify(subjectCodes ?? ['maths']),
    grades: JSON.stringify(gradeCodes ?? ['CP', 'CE1', 'CE2']),
    languages: JSON.stringify(['fr']),
    licence: 'GPL-3.0-or-later',
    min_ram_mb: null,
    min_disk_mb: null,
    packages: JSON.stringify(packages),
    launch_command: kind === 'software' ? (packages[0] ?? null) : null,
    content_file_name: null,
    content_url: null,
    content_sha256: null,
    content_bytes: null,
    content_verified_at: null,
    web_url: kind === 'web' ? 'https://fr.vikidia.org/' : null,
    status: 'accepted',
    proposed_by_user_id: null,
    proposed_by_label: 'Test',
    created_at: now,
    updated_at: now,
    ...columns,
  };
  await db.insertInto('catalogue_resources').values(row).execute();
  return { id: row.id, title: row.title, packages };
}
