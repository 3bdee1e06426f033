import type { UserActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { nextCounterValue } from '../../platform/db/counters.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format, messages } from '../../platform/i18n/i18n.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { findOrganisationById } from '../territory/organisations.repository.js';
import { type DonationMessages, donationMessages } from './donations.messages.js';
import { type LotPatch, insertLot, listLots, updateLotIfStatus } from './donations.repository.js';
import { auditActorFor, donorReach, reaches } from './lot-access.js';
import {
  type DeclaredKinds,
  checkPickupDate,
  checkPickupPlace,
  fieldError,
  resolveDeclaredCount,
  todayIn,
} from './lot-input.js';
import { type Lot, findVisibleLot, getLot, toLots } from './lot.model.js';
import { formatLotReference } from './lot-reference.js';
import type { LotStatus } from './lot-states.js';

export interface LotDetails {
  declaredKinds?: DeclaredKinds | undefined;
  declaredCount?: number | undefined;
  pickupAddressLine?: string | null | undefined;
  pickupPostalCode?: string | null | undefined;
  pickupCommuneInsee?: string | null | undefined;
  wishedPickupDate?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  notes?: string | null | undefined;
}

export interface LotDeclaration extends LotDetails {
  /** Required from staff; a donor's own organisation when omitted by a donor. */
  donorId?: string | undefined;
}

/** The donor a lot is declared for: checked against what the person may declare for. */
async function resolveDonor(
  db: Executor,
  programmeId: string,
  actor: UserActor,
  donorId: string | undefined,
  m: DonationMessages,
): Promise<{ id: string; addressLine: string | null; postalCode: string | null; communeInsee: string | null }> {
  const reach = donorReach(actor, programmeId, 'lot.declare');
  if (!reach.grant) throw new AppError('FORBIDDEN');
  let id = donorId;
  if (!reach.all) {
    if (id !== undefined && !reach.donorIds.includes(id)) throw new AppError('FORBIDDEN', { detail: m.not_your_donor });
    if (id === undefined && reach.donorIds.length > 1) throw fieldError('body.donorId', 'required', m.several_donors);
    id ??= reach.donorIds[0];
  }
  if (id === undefined) throw fieldError('body.donorId', 'required', m.donor_required);
  const donor = await findOrganisationById(db, programmeId, id);
  if (!donor) {
    throw new AppError('ORGANISATION_NOT_FOUND', {
      fields: [{ field: 'body.donorId', code: 'donor_not_found', message: m.donor_not_found }],
    });
  }
  if (donor.kind !== 'donor') throw fieldError('body.donorId', 'not_a_donor', m.not_a_donor);
  if (donor.archived_at) throw fieldError('body.donorId', 'donor_archived', m.donor_archived);
  return { id, addressLine: donor.address_line, postalCode: donor.postal_code, communeInsee: donor.commune_insee };
}

/**
 * Declares a lot. The reference comes from the programme's lot counter in this transaction; the
 * year is today's where the programme is. Without any pick-up address, the donor's is used.
 */
export async function declareLot(
  trx: Executor,
  programmeId: string,
  actor: UserActor,
  input: LotDeclaration,
  lang: Language = defaultLanguage,
): Promise<Lot> {
  const m = donationMessages(lang);
  const donor = await resolveDonor(trx, programmeId, actor, input.donorId, m);
  const declared = resolveDeclaredCount(input.declaredKinds ?? {}, input.declaredCount, m);
  const programme = await getProgramme(trx, programmeId);
  const today = todayIn(programme.timeZone);
  if (input.wishedPickupDate) checkPickupDate('body.wishedPickupDate', input.wishedPickupDate, today, m);
  const noAddress =
    input.pickupAddressLine === undefined &&
    input.pickupPostalCode === undefined &&
    input.pickupCommuneInsee === undefined;
  const place = noAddress
    ? { addressLine: donor.addressLine, postalCode: donor.postalCode, communeInsee: donor.communeInsee }
    : {
        addressLine: input.pickupAddressLine ?? null,
        postalCode: input.pickupPostalCode ?? null,
        communeInsee: input.pickupCommuneInsee ?? null,
      };
  if (!noAddress) {
    await checkPickupPlace(trx, programmeId, place, m, messages(lang).territory.commune_not_found);
  }
  const reference = formatLotReference(Number(today.slice(0, 4)), await nextCounterValue(trx, programmeId, 'lot'));
  const id = newId();
  const now = nowIso();
  await insertLot(trx, {
    id,
    programme_id: programmeId,
    reference,
    donor_id: donor.id,
    workshop_id: null,
    status: 'declared',
    declared_count: declared.count,
    declared_kinds: JSON.stringify(declared.kinds),
    pickup_address_line: place.addressLine,
    pickup_postal_code: place.postalCode,
    pickup_commune_insee: place.communeInsee,
    wished_pickup_date: input.wishedPickupDate ?? null,
    scheduled_pickup_date: null,
    contact_name: input.contactName ?? null,
    contact_phone: input.contactPhone ?? null,
    notes: input.notes ?? null,
    received_count: null,
    total_weight_grams: null,
    collected_at: null,
    received_at: null,
    closed_at: null,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  });
  await recordAudit(trx, {
    programmeId,
    actor: auditActorFor(actor, donorReach(actor, programmeId, 'lot.declare')),
    entityType: 'donation_lot',
    entityId: id,
    action: 'declared',
    summary: { reference, donorId: donor.id, declaredCount: declared.count, declaredKinds: declared.kinds },
  });
  return getLot(trx, programmeId, actor, { id });
}

/**
 * Changes a lot's declaration while it is still declared: the donor itself or staff with
 * lot.manage. Another donor's lot is 404; a person who may only read it gets 403.
 */
export async function updateLot(
  trx: Executor,
  programmeId: string,
  actor: UserActor,
  id: string,
  changes: LotDetails,
  lang: Language = defaultLanguage,
): Promise<Lot> {
  const m = donationMessages(lang);
  const row = await findVisibleLot(trx, programmeId, actor, { id });
  const manage = donorReach(actor, programmeId, 'lot.manage');
  const declare = donorReach(actor, programmeId, 'lot.declare');
  const reach = reaches(manage, row.donor_id) ? manage : reaches(declare, row.donor_id) ? declare : null;
  if (!reach) throw new AppError('FORBIDDEN');
  if (row.status !== 'declared') {
    const status = m.status[row.status as LotStatus] ?? row.status;
    throw new AppError('LOT_NOT_EDITABLE', { detail: format(m.not_editable, { status }) });
  }
  const currentKinds = JSON.parse(row.declared_kinds) as DeclaredKinds;
  const kinds = changes.declaredKinds ?? currentKinds;
  const kindsGiven = Object.values(kinds).some((n) => (n ?? 0) > 0);
  const declared = resolveDeclaredCount(
    kinds,
    changes.declaredCount ?? (kindsGiven ? undefined : row.declared_count),
    m,
  );
  const pick = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);
  const next = {
    declared_count: declared.count,
    declared_kinds: JSON.stringify(declared.kinds),
    pickup_address_line: pick(changes.pickupAddressLine, row.pickup_address_line),
    pickup_postal_code: pick(changes.pickupPostalCode, row.pickup_postal_code),
    pickup_commune_insee: pick(changes.pickupCommuneInsee, row.pickup_commune_insee),
    wished_pickup_date: pick(changes.wishedPickupDate, row.wished_pickup_date),
    contact_name: pick(changes.contactName, row.contact_name),
    contact_phone: pick(changes.contactPhone, row.contact_phone),
    notes: pick(changes.notes, row.notes),
  } satisfies LotPatch;
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== row[k]);
  if (changed.length === 0) return getLot(trx, programmeId, actor, { id });
  if (changed.includes('wished_pickup_date') && next.wished_pickup_date) {
    const programme = await getProgramme(trx, programmeId);
    checkPickupDate('body.wishedPickupDate', next.wished_pickup_date, todayIn(programme.timeZone), m);
  }
  if (changed.includes('pickup_commune_insee') || changed.includes('pickup_postal_code')) {
    await checkPickupPlace(
      trx,
      programmeId,
      { communeInsee: next.pickup_commune_insee, postalCode: next.pickup_postal_code },
      m,
      messages(lang).territory.commune_not_found,
    );
  }
  if (!(await updateLotIfStatus(trx, programmeId, id, 'declared', { ...next, updated_at: nowIso() }))) {
    throw new AppError('LOT_NOT_EDITABLE', { detail: m.lot_changed_meanwhile });
  }
  await recordAudit(trx, {
    programmeId,
    actor: auditActorFor(actor, reach),
    entityType: 'donation_lot',
    entityId: id,
    action: 'updated',
    summary: {
      reference: row.reference,
      changes: Object.fromEntries(changed.map((k) => [k, { from: row[k], to: next[k] }])),
    },
  });
  return getLot(trx, programmeId, actor, { id });
}

export interface LotPage {
  items: Lot[];
  nextCursor: string | null;
}

function encodeCursor(lot: { created_at: string; id: string }): string {
  return Buffer.from(JSON.stringify([lot.created_at, lot.id])).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // not JSON: refused below like any other malformed cursor
  }
  return undefined;
}

/** The lots this person may read, newest first; a donor sees its own organisation's only. */
export async function listLotPage(
  db: Executor,
  programmeId: string,
  actor: UserActor,
  query: { status?: LotStatus | undefined; donorId?: string | undefined; cursor?: string | undefined; limit: number },
  lang: Language = defaultLanguage,
): Promise<LotPage> {
  const before = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (query.cursor && !before) {
    throw fieldError('query.cursor', 'invalid_cursor', donationMessages(lang).invalid_cursor);
  }
  const reach = donorReach(actor, programmeId, 'lot.read');
  const rows = await listLots(db, programmeId, {
    status: query.status,
    donorId: query.donorId,
    donorIds: reach.all ? undefined : reach.donorIds,
    before,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await toLots(db, programmeId, actor, page),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}
