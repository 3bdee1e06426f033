// Frozen in time: this file never imports application code and is never edited once released.
// Merge proposals after an import look for the households at the postal codes of the households
// the import touched (docs/performance.md, "Pupil import: speed and memory"): one index range
// per postal code instead of every household of the school year.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('households_postal_code')
    .on('households')
    .columns(['programme_id', 'postal_code'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('households_postal_code').execute();
}
