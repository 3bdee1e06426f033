// The educational catalogue and the yearly image: resources, teachers' proposals, votes and
// comments, the committee's decisions, profiles per grade band and school year with their
// versions (draft → approved → published, then frozen), the Debian Packages indexes the
// versions are checked against, school devices, and each device's conformity with the profile
// version it should carry.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  const instant = isPg ? 'timestamptz' : 'text';

  const table = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'));

  await table('catalogue_resources')
    // software | content | web
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    // JSON arrays of codes: subjects (french, maths…), grades (CP…CM2), languages (fr, en…).
    .addColumn('subjects', 'text', (c) => c.notNull())
    .addColumn('grades', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('licence', 'text', (c) => c.notNull())
    .addColumn('min_ram_mb', 'integer')
    .addColumn('min_disk_mb', 'integer')
    // software: JSON array of Debian package names, and the command its menu entry runs.
    .addColumn('packages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('launch_command', 'text')
    // content: one file kept on the machine, fetched from its URL and checked by its sha256.
    .addColumn('content_file_name', 'text')
    .addColumn('content_url', 'text')
    .addColumn('content_sha256', 'text')
    .addColumn('content_bytes', 'bigint')
    .addColumn('content_verified_at', instant)
    // web: the address opened by the menu entry.
    .addColumn('web_url', 'text')
    // proposed | accepted | rejected | retired
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('proposed_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('proposed_by_label', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('catalogue_resources_programme_status')
    .on('catalogue_resources')
    .columns(['programme_id', 'status'])
    .execute();

  await table('catalogue_profiles')
    // cycle2 (CP–CE2) | cycle3 (CM1–CM2)
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('school_year_id', 'text', (c) => c.notNull().references('school_years.id').onDelete('cascade'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addUniqueConstraint('catalogue_profiles_band_year', ['programme_id', 'band', 'school_year_id'])
    .execute();

  await table('catalogue_profile_versions')
    .addColumn('profile_id', 'text', (c) => c.notNull().references('catalogue_profiles.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    // draft | approved | published
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('based_on_version_id', 'text')
    .addColumn('approved_by_user_id', 'text')
    .addColumn('approved_by_label', 'text')
    .addColumn('approved_at', instant)
    .addColumn('published_by_user_id', 'text')
    .addColumn('published_by_label', 'text')
    .addColumn('published_at', instant)
    // Filled at publication, never changed after: the manifest's content JSON and its hash, and
    // the Debian check it passed.
    .addColumn('manifest_hash', 'text')
    .addColumn('manifest', 'text')
    .addColumn('debian_check', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('catalogue_profile_versions_number', ['profile_id', 'number'])
    .execute();
  // One version in preparation (draft or approved) per profile.
  await db.schema
    .createIndex('catalogue_profile_versions_open')
    .on('catalogue_profile_versions')
    .column('profile_id')
    .unique()
    .where(sql<boolean>`status in ('draft', 'approved')`)
    .execute();
  await db.schema
    .createIndex('catalogue_profile_versions_manifest')
    .on('catalogue_profile_versions')
    .columns(['programme_id', 'manifest_hash'])
    .execute();

  await db.schema
    .createTable('catalogue_version_items')
    .addColumn('version_id', 'text', (c) => c.notNull().references('catalogue_profile_versions.id').onDelete('cascade'))
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('resource_id', 'text', (c) => c.notNull().references('catalogue_resources.id'))
    // JSON of the resource as it was when the version was published (null while in preparation).
    .addColumn('snapshot', 'text')
    .addColumn('added_by_proposal_id', 'text')
    .addPrimaryKeyConstraint('catalogue_version_items_pk', ['version_id', 'resource_id'])
    .execute();

  await table('catalogue_proposals')
    // add | remove
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull().references('catalogue_resources.id'))
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('school_year_id', 'text', (c) => c.notNull().references('school_years.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    // open | accepted | rejected | withdrawn
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('proposed_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('proposed_by_label', 'text', (c) => c.notNull())
    // Cached counts, moved in the transaction that records a vote; the ranking reads them.
    .addColumn('support_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('oppose_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('comment_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decided_by_user_id', 'text')
    .addColumn('decided_by_label', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_at', instant)
    // The draft version the accepted proposal changed.
    .addColumn('version_id', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('catalogue_proposals_open_unique')
    .on('catalogue_proposals')
    .columns(['programme_id', 'resource_id', 'kind', 'band', 'school_year_id'])
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await db.schema
    .createIndex('catalogue_proposals_programme_status')
    .on('catalogue_proposals')
    .columns(['programme_id', 'status', 'created_at'])
    .execute();

  await table('catalogue_votes')
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('catalogue_proposals.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('user_label', 'text', (c) => c.notNull())
    // support | oppose
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('catalogue_votes_one_per_teacher', ['proposal_id', 'user_id'])
    .execute();

  await table('catalogue_comments')
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('catalogue_proposals.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('user_label', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('catalogue_comments_proposal')
    .on('catalogue_comments')
    .columns(['proposal_id', 'created_at'])
    .execute();

  await table('debian_indexes')
    .addColumn('release', 'text', (c) => c.notNull())
    .addColumn('component', 'text', (c) => c.notNull())
    .addColumn('architecture', 'text', (c) => c.notNull())
    // file | mirror
    .addColumn('source', 'text', (c) => c.notNull())
    // The uploaded file's name, or the URL it was fetched from.
    .addColumn('source_label', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('package_count', 'integer', (c) => c.notNull())
    .addColumn('loaded_by_label', 'text', (c) => c.notNull())
    .addColumn('loaded_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('debian_indexes_target')
    .on('debian_indexes')
    .columns(['programme_id', 'release', 'architecture', 'loaded_at'])
    .execute();

  await db.schema
    .createTable('debian_packages')
    .addColumn('index_id', 'text', (c) => c.notNull().references('debian_indexes.id').onDelete('cascade'))
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('installed_size_kb', 'integer')
    .addColumn('size_bytes', 'bigint')
    .addColumn('section', 'text')
    .addColumn('summary', 'text')
    .addPrimaryKeyConstraint('debian_packages_pk', ['index_id', 'name'])
    .execute();

  // School computers: a school's own devices, outside the workshop flow (state in_school), and
  // the grade band whose profile they carry.
  await db.schema.alterTable('devices').addColumn('profile_band', 'text').execute();

  await db.schema
    .createTable('device_conformity')
    .addColumn('device_id', 'text', (c) => c.primaryKey().references('devices.id').onDelete('cascade'))
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    // school | home
    .addColumn('place', 'text', (c) => c.notNull())
    // The school holding the device, or the school of the pupil it was lent for.
    .addColumn('school_id', 'text')
    .addColumn('band', 'text')
    .addColumn('expected_version_id', 'text')
    .addColumn('expected_manifest_hash', 'text')
    .addColumn('inventory_id', 'text')
    // conform | needs_reimaging | no_profile | no_inventory
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON arrays, see catalogue/conformity.ts.
    .addColumn('missing', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('outdated', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('extra', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('unknown', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('computed_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('device_conformity_programme_status')
    .on('device_conformity')
    .columns(['programme_id', 'place', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'device_conformity',
    'debian_packages',
    'debian_indexes',
    'catalogue_comments',
    'catalogue_votes',
    'catalogue_proposals',
    'catalogue_version_items',
    'catalogue_profile_versions',
    'catalogue_profiles',
    'catalogue_resources',
  ]) {
    await db.schema.dropTable(name).execute();
  }
  await db.schema.alterTable('devices').dropColumn('profile_band').execute();
}
