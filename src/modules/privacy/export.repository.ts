import type { Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { HouseholdsTable } from '../households/households.tables.js';

// Read-only: everything held about one household, for an access request, and what blocks its
// erasure. Every query is filtered by programme and by this household only.

export async function findHouseholdHolds(
  db: Executor,
  programmeId: string,
  householdId: string,
): Promise<
  { reference: string; anonymisedAt: string | null; activeLoans: number; reservedDevices: number } | undefined
> {
  const household = await db
    .selectFrom('households')
    .select(['reference', 'anonymised_at'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', householdId)
    .executeTakeFirst();
  if (!household) return undefined;
  const loans = await db
    .selectFrom('loans')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', householdId)
    .where('status', '=', 'active')
    .execute();
  const reserved = await db
    .selectFrom('allocations')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', householdId)
    .where('status', '=', 'reserved')
    .execute();
  return {
    reference: household.reference,
    anonymisedAt: household.anonymised_at,
    activeLoans: loans.length,
    reservedDevices: reserved.length,
  };
}

export type HouseholdExportRow = Selectable<HouseholdsTable> & { commune_name: string | null };

export async function findHouseholdForExport(
  db: Executor,
  programmeId: string,
  householdId: string,
): Promise<HouseholdExportRow | undefined> {
  return db
    .selectFrom('households as h')
    .leftJoin('communes as c', (join) =>
      join.onRef('c.programme_id', '=', 'h.programme_id').onRef('c.insee_code', '=', 'h.commune_insee'),
    )
    .selectAll('h')
    .select('c.name as commune_name')
    .where('h.programme_id', '=', programmeId)
    .where('h.id', '=', householdId)
    .executeTakeFirst();
}

export async function listExportPeople(db: Executor, programmeId: string, householdId: string) {
  const guardians = await db
    .selectFrom('household_guardians')
    .select(['position', 'first_name', 'last_name'])
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', householdId)
    .orderBy('position')
    .execute();
  const contacts = await db
    .selectFrom('household_contacts')
    .select(['kind', 'value'])
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', householdId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const pupils = await db
    .selectFrom('pupils as p')
    .innerJoin('school_years as y', 'y.id', 'p.school_year_id')
    .leftJoin('organisations as o', 'o.id', 'p.school_id')
    .select([
      'p.id',
      'p.first_name',
      'p.last_name',
      'p.birth_date',
      'p.grade',
      'p.class_name',
      'p.school_id',
      'o.name as school_name',
      'y.code as school_year_code',
      'p.anonymised_at',
    ])
    .where('p.programme_id', '=', programmeId)
    .where('p.household_id', '=', householdId)
    .orderBy('y.starts_on')
    .orderBy('p.id')
    .execute();
  return { guardians, contacts, pupils };
}

export async function listExportCampaigns(db: Executor, programmeId: string, householdId: string) {
  const campaigns = await db
    .selectFrom('campaign_households as ch')
    .innerJoin('campaigns as c', 'c.id', 'ch.campaign_id')
    .leftJoin('organisations as o', 'o.id', 'ch.school_id')
    .select([
      'ch.campaign_id',
      'c.name as campaign_name',
      'o.name as school_name',
      'ch.status',
      'ch.rank',
      'ch.rank_reasons',
      'ch.invitation_code',
      'ch.created_at',
      'ch.updated_at',
    ])
    .where('ch.programme_id', '=', programmeId)
    .where('ch.household_id', '=', householdId)
    .orderBy('ch.created_at')
    .execute();
  const invitations = await db
    .selectFrom('invitation_sends')
    .select(['campaign_id', 'channel', 'recipient', 'language', 'sent_at'])
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', householdId)
    .orderBy('sent_at')
    .execute();
  const appointments = await db
    .selectFrom('appointments as a')
    .innerJoin('distribution_slots as s', 's.id', 'a.slot_id')
    .innerJoin('distribution_events as e', 'e.id', 's.event_id')
    .select(['a.id', 'a.campaign_id', 'a.status', 's.starts_at', 's.ends_at', 'e.place_name', 'a.created_at'])
    .where('a.programme_id', '=', programmeId)
    .where('a.household_id', '=', householdId)
    .orderBy('a.created_at')
    .execute();
  const allocations = await db
    .selectFrom('allocations as a')
    .innerJoin('devices as d', 'd.id', 'a.device_id')
    .select(['a.id', 'a.campaign_id', 'd.asset_tag', 'a.status', 'a.reason', 'a.reserved_at', 'a.ended_at'])
    .where('a.programme_id', '=', programmeId)
    .where('a.household_id', '=', householdId)
    .orderBy('a.reserved_at')
    .execute();
  return { campaigns, invitations, appointments, allocations };
}

export async function listExportPack(db: Executor, programmeId: string, householdId: string) {
  // The agreement's bytes are not read: the export gives its fingerprint and whether it is kept.
  const handovers = await db
    .selectFrom('handovers as h')
    .innerJoin('devices as d', 'd.id', 'h.device_id')
    .select([
      'h.id',
      'h.campaign_id',
      'd.asset_tag',
      'h.pupil_id',
      'h.signer_name',
      'h.signature_kind',
      'h.consent_text_version',
      'h.agreement_sha256',
      'h.swap_reason',
      'h.handed_over_at',
    ])
    .select((eb) => eb.fn<number>('length', ['h.agreement_pdf']).as('agreement_size'))
    .where('h.programme_id', '=', programmeId)
    .where('h.household_id', '=', householdId)
    .orderBy('h.handed_over_at')
    .execute();
  const loans = await db
    .selectFrom('loans as l')
    .innerJoin('devices as d', 'd.id', 'l.device_id')
    .select(['l.id', 'd.asset_tag', 'l.pupil_id', 'l.status', 'l.starts_on', 'l.ends_on', 'l.ended_at', 'l.end_reason'])
    .where('l.programme_id', '=', programmeId)
    .where('l.household_id', '=', householdId)
    .orderBy('l.created_at')
    .execute();
  const loanEvents = loans.length
    ? await db
        .selectFrom('loan_events')
        .select(['loan_id', 'kind', 'details', 'occurred_at'])
        .where('programme_id', '=', programmeId)
        .where(
          'loan_id',
          'in',
          loans.map((l) => l.id),
        )
        .orderBy('occurred_at')
        .execute()
    : [];
  const cards = await db
    .selectFrom('cards')
    .select(['id', 'number', 'status', 'valid_until', 'hours_per_credit', 'created_at'])
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', householdId)
    .orderBy('created_at')
    .execute();
  const ledger = cards.length
    ? await db
        .selectFrom('card_ledger')
        .select(['card_id', 'kind', 'credits', 'note', 'created_at'])
        .where('programme_id', '=', programmeId)
        .where(
          'card_id',
          'in',
          cards.map((c) => c.id),
        )
        .orderBy('card_id')
        .orderBy('sequence')
        .execute()
    : [];
  const workshops = await db
    .selectFrom('training_bookings as b')
    .innerJoin('training_sessions as s', (join) =>
      join.onRef('s.id', '=', 'b.session_id').onRef('s.programme_id', '=', 'b.programme_id'),
    )
    .innerJoin('training_themes as t', (join) =>
      join.onRef('t.id', '=', 's.theme_id').onRef('t.programme_id', '=', 's.programme_id'),
    )
    .innerJoin('organisations as v', (join) =>
      join.onRef('v.id', '=', 's.venue_id').onRef('v.programme_id', '=', 's.programme_id'),
    )
    .select([
      'b.status',
      'b.channel',
      'b.created_at',
      's.starts_at',
      's.local_date',
      't.code as theme_code',
      't.titles as theme_titles',
      'v.name as venue_name',
    ])
    .where('b.programme_id', '=', programmeId)
    .where('b.household_id', '=', householdId)
    .orderBy('s.starts_at')
    .execute();
  const claims = await db
    .selectFrom('grant_claims as g')
    .leftJoin('attachments as a', (join) =>
      join.onRef('a.id', '=', 'g.proof_attachment_id').onRef('a.programme_id', '=', 'g.programme_id'),
    )
    .select([
      'g.id',
      'g.amount_minor',
      'g.currency',
      'g.status',
      'g.provider_name',
      'g.decision_reason',
      'g.decided_at',
      'g.paid_at',
      'g.created_at',
      'a.file_name as proof_file_name',
      'a.media_type as proof_media_type',
      'a.size as proof_size',
      'a.sha256 as proof_sha256',
    ])
    .where('g.programme_id', '=', programmeId)
    .where('g.household_id', '=', householdId)
    .orderBy('g.created_at')
    .execute();
  return { handovers, loans, loanEvents, cards, ledger, workshops, claims };
}
