import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { KEYSET_DEFAULT_LIMIT, decodeOptionalCursor, keysetPage } from '../../platform/db/keyset.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import { applyOrganisationChanges, createOrganisation, getOrganisation } from '../territory/organisations.service.js';
import { type Room, toRoom } from './rooms.service.js';
import {
  type VenueRow,
  ensureVenueRow,
  findVenueRow,
  insertVenueRow,
  listRoomRows,
  listVenueRows,
  updateVenueRow,
} from './venues.repository.js';
import { venueMessages } from './venues.messages.js';

export interface Venue {
  id: string;
  name: string;
  addressLine: string | null;
  postalCode: string | null;
  communeInsee: string | null;
  communeName: string | null;
  email: string | null;
  phone: string | null;
  stepFreeAccess: boolean;
  accessibleToilets: boolean;
  hearingLoop: boolean;
  accessibilityNotes: string | null;
  publicTransport: string | null;
  openingHours: string | null;
  rooms: Room[];
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What only a venue has (the venues row); the rest lives on the organisation. */
export interface VenueDetails {
  stepFreeAccess?: boolean | undefined;
  accessibleToilets?: boolean | undefined;
  hearingLoop?: boolean | undefined;
  accessibilityNotes?: string | null | undefined;
  publicTransport?: string | null | undefined;
  openingHours?: string | null | undefined;
}

export interface VenueOrganisationFields {
  addressLine?: string | null | undefined;
  postalCode?: string | null | undefined;
  communeInsee?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
}

export interface NewVenue extends VenueOrganisationFields, VenueDetails {
  name: string;
}

export interface VenueChanges extends VenueOrganisationFields, VenueDetails {
  name?: string | undefined;
}

type VenueRowChanges = Parameters<typeof updateVenueRow>[3];

const flag = (v: number | null) => v === 1;

function toVenue(row: VenueRow, rooms: Room[]): Venue {
  const updatedAt =
    row.venue_updated_at && row.venue_updated_at > row.updated_at ? row.venue_updated_at : row.updated_at;
  return {
    id: row.id,
    name: row.name,
    addressLine: row.address_line,
    postalCode: row.postal_code,
    communeInsee: row.commune_insee,
    communeName: row.commune_name,
    email: row.email,
    phone: row.phone,
    // A venue organisation without its venues row reads as the defaults: nothing declared.
    stepFreeAccess: flag(row.step_free_access),
    accessibleToilets: flag(row.accessible_toilets),
    hearingLoop: flag(row.hearing_loop),
    accessibilityNotes: row.accessibility_notes,
    publicTransport: row.public_transport,
    openingHours: row.opening_hours,
    rooms,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt,
  };
}

async function withRooms(db: Executor, programmeId: string, rows: VenueRow[]): Promise<Venue[]> {
  const rooms = (
    await listRoomRows(
      db,
      programmeId,
      rows.map((r) => r.id),
    )
  ).map(toRoom);
  return rows.map((row) =>
    toVenue(
      row,
      rooms.filter((room) => room.venueId === row.id),
    ),
  );
}

/** The venues of the programme with their rooms; `onlyIds` limits them (venue staff: their own). */
export async function listVenues(
  db: Executor,
  programmeId: string,
  query: {
    onlyIds?: readonly string[] | undefined;
    includeArchived?: boolean | undefined;
    cursor?: string | undefined;
    limit?: number | undefined;
  } = {},
  lang: Language = defaultLanguage,
): Promise<{ items: Venue[]; nextCursor: string | null }> {
  const after = decodeOptionalCursor(query.cursor, ['string', 'string'], lang);
  const limit = query.limit ?? KEYSET_DEFAULT_LIMIT;
  const filter = { onlyIds: query.onlyIds, includeArchived: query.includeArchived ?? false };
  const rows = await listVenueRows(db, programmeId, filter, { after, limit: limit + 1 });
  const { rows: shown, nextCursor } = keysetPage(rows, limit, (r) => [r.name, r.id]);
  return { items: await withRooms(db, programmeId, shown), nextCursor };
}

/** One venue of the programme; 404 for another programme's, an organisation of another kind, or none. */
export async function getVenue(
  db: Executor,
  programmeId: string,
  venueId: string,
  lang: Language = defaultLanguage,
): Promise<Venue> {
  const row = await findVenueRow(db, programmeId, venueId);
  if (!row) throw new AppError('VENUE_NOT_FOUND', { detail: venueMessages(lang).not_a_venue });
  const [venue] = await withRooms(db, programmeId, [row]);
  return venue!;
}

const bit = (v: boolean | undefined) => (v ? 1 : 0);

/** Creates the organisation (kind venue, commune checked) and its venues row. */
export async function createVenue(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: NewVenue,
  lang: Language = defaultLanguage,
): Promise<Venue> {
  const organisation = await createOrganisation(
    trx,
    programmeId,
    actor,
    {
      kind: 'venue',
      name: input.name,
      communeInsee: input.communeInsee ?? null,
      addressLine: input.addressLine ?? null,
      postalCode: input.postalCode ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
    },
    lang,
  );
  const now = nowIso();
  const details = {
    step_free_access: bit(input.stepFreeAccess),
    accessible_toilets: bit(input.accessibleToilets),
    hearing_loop: bit(input.hearingLoop),
    accessibility_notes: input.accessibilityNotes ?? null,
    public_transport: input.publicTransport ?? null,
    opening_hours: input.openingHours ?? null,
  };
  await insertVenueRow(trx, {
    id: organisation.id,
    programme_id: programmeId,
    ...details,
    created_at: now,
    updated_at: now,
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'venue',
    entityId: organisation.id,
    action: 'created',
    summary: { name: organisation.name, ...details },
  });
  return getVenue(trx, programmeId, organisation.id, lang);
}

const detailColumns = {
  stepFreeAccess: 'step_free_access',
  accessibleToilets: 'accessible_toilets',
  hearingLoop: 'hearing_loop',
  accessibilityNotes: 'accessibility_notes',
  publicTransport: 'public_transport',
  openingHours: 'opening_hours',
} as const satisfies Record<keyof VenueDetails, string>;

/**
 * Changes a venue: the organisation's fields through the territory rules (commune checked,
 * audited as an organisation update), the venue's own fields on its venues row (created with
 * the defaults first when missing, audited as a venue update). Who may change what is decided
 * before (authoriseVenueUpdate).
 */
export async function updateVenue(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  venueId: string,
  changes: VenueChanges,
  lang: Language = defaultLanguage,
): Promise<Venue> {
  const current = await getVenue(trx, programmeId, venueId, lang);
  const organisationChanges = {
    name: changes.name,
    addressLine: changes.addressLine,
    postalCode: changes.postalCode,
    communeInsee: changes.communeInsee,
    email: changes.email,
    phone: changes.phone,
  };
  if (Object.values(organisationChanges).some((v) => v !== undefined)) {
    const organisation = await getOrganisation(trx, programmeId, venueId);
    await applyOrganisationChanges(trx, programmeId, actor, organisation, organisationChanges, lang);
  }
  const diff: Record<string, { from: unknown; to: unknown }> = {};
  const set: Record<string, string | number | null> = {};
  // Each column takes the same type as its field (booleans stored as 0/1).
  for (const key of Object.keys(detailColumns) as (keyof VenueDetails)[]) {
    const next = changes[key];
    if (next === undefined || next === current[key]) continue;
    diff[key] = { from: current[key], to: next };
    set[detailColumns[key]] = typeof next === 'boolean' ? bit(next) : next;
  }
  if (Object.keys(diff).length > 0) {
    const now = nowIso();
    await ensureVenueRow(trx, programmeId, venueId, now);
    await updateVenueRow(trx, programmeId, venueId, { ...(set as VenueRowChanges), updated_at: now });
    await recordAudit(trx, {
      programmeId,
      actor,
      entityType: 'venue',
      entityId: venueId,
      action: 'updated',
      summary: { changes: diff },
    });
  }
  return getVenue(trx, programmeId, venueId, lang);
}
