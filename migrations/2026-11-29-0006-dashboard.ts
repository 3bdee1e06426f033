// The coordinator dashboard: a daily roll-up of the workshop credit ledger (see
// docs/decisions/0007-daily-training-figures.md). One row per programme, day, venue, theme and
// ledger kind, moved in the same transaction as each ledger entry. Booking entries count on the
// day, venue and theme of their session; card entries (issued, expired, reissued, corrected) on
// the day they were made in the programme's time zone, with venue and theme ''.
// The roll-up of the data already there is computed here, from the ledger.
import { type Kysely, sql } from 'kysely';

const bookingKinds = ['booked', 'released', 'redeemed', 'no_show'];

function localDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('training_daily_figures')
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    // YYYY-MM-DD in the programme's time zone.
    .addColumn('day', 'text', (c) => c.notNull())
    // '' for card entries, which belong to no venue or theme.
    .addColumn('venue_id', 'text', (c) => c.notNull())
    .addColumn('theme_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('entries', 'bigint', (c) => c.notNull())
    .addColumn('credits', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('training_daily_figures_pk', ['programme_id', 'day', 'venue_id', 'theme_id', 'kind'])
    .execute();

  await sql`
    insert into training_daily_figures (programme_id, day, venue_id, theme_id, kind, entries, credits)
    select l.programme_id, s.local_date, s.venue_id, s.theme_id, l.kind, count(*), sum(l.credits)
    from card_ledger l
    join training_bookings b on b.id = l.reference_id and b.programme_id = l.programme_id
    join training_sessions s on s.id = b.session_id
    where l.kind in ('booked', 'released', 'redeemed', 'no_show')
    group by l.programme_id, s.local_date, s.venue_id, s.theme_id, l.kind`.execute(db);

  const zones = new Map(
    (await db.selectFrom('programmes').select(['id', 'time_zone']).execute()).map((p) => [
      p.id as string,
      p.time_zone as string,
    ]),
  );
  const sums = new Map<string, { programme_id: string; day: string; kind: string; entries: number; credits: number }>();
  const entries = await db
    .selectFrom('card_ledger')
    .select(['programme_id', 'kind', 'credits', 'created_at'])
    .where('kind', 'not in', bookingKinds)
    .execute();
  for (const e of entries) {
    const day = localDay(String(e.created_at), zones.get(e.programme_id) ?? 'UTC');
    const key = `${e.programme_id}|${day}|${e.kind}`;
    const s = sums.get(key) ?? { programme_id: e.programme_id, day, kind: e.kind, entries: 0, credits: 0 };
    s.entries += 1;
    s.credits += Number(e.credits);
    sums.set(key, s);
  }
  const rows = [...sums.values()].map((s) => ({ ...s, venue_id: '', theme_id: '' }));
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('training_daily_figures')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('training_daily_figures').execute();
}
