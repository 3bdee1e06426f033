import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { ErasureRecordRow } from '../erasure/erasure.model.js';
import type { DonorCertificatesTable } from '../erasure/erasure.tables.js';

export type CertificateRow = Selectable<DonorCertificatesTable>;
export type CertificateMeta = Omit<CertificateRow, 'pdf'>;

export interface CertificateLotRow {
  id: string;
  reference: string;
  donor_id: string;
  donor_name: string;
  status: string;
  received_at: string | null;
}

export async function findCertificateLot(
  db: Executor,
  programmeId: string,
  lotId: string,
): Promise<CertificateLotRow | undefined> {
  return db
    .selectFrom('donation_lots as l')
    .innerJoin('organisations as o', (join) =>
      join.onRef('o.id', '=', 'l.donor_id').onRef('o.programme_id', '=', 'l.programme_id'),
    )
    .select(['l.id', 'l.reference', 'l.donor_id', 'o.name as donor_name', 'l.status', 'l.received_at'])
    .where('l.programme_id', '=', programmeId)
    .where('l.id', '=', lotId)
    .executeTakeFirst();
}

export interface CertificateDeviceRow {
  id: string;
  asset_tag: string;
  kind: string;
  make: string | null;
  model: string | null;
  serial: string | null;
  state: string;
  outcome: string | null;
}

export async function listCertificateDevices(
  db: Executor,
  programmeId: string,
  lotId: string,
): Promise<CertificateDeviceRow[]> {
  return db
    .selectFrom('devices')
    .select(['id', 'asset_tag', 'kind', 'make', 'model', 'serial', 'state', 'outcome'])
    .where('programme_id', '=', programmeId)
    .where('lot_id', '=', lotId)
    .orderBy('asset_tag')
    .orderBy('id')
    .execute();
}

export interface LotInventoryDiskRow {
  device_id: string;
  position: number;
  name: string | null;
  model: string | null;
  serial: string | null;
  size_mb: number | string | null;
  media: string;
}

/** The disks each device's latest inventory lists, for every device of the lot at once. */
export async function listLotInventoryDisks(
  db: Executor,
  programmeId: string,
  lotId: string,
): Promise<LotInventoryDiskRow[]> {
  return db
    .selectFrom('devices as d')
    .innerJoin('inventory_disks as k', (join) =>
      join
        .onRef('k.programme_id', '=', 'd.programme_id')
        .onRef('k.inventory_id', '=', 'd.latest_inventory_id')
        .onRef('k.device_id', '=', 'd.id'),
    )
    .select(['k.device_id', 'k.position', 'k.name', 'k.model', 'k.serial', 'k.size_mb', 'k.media'])
    .where('d.programme_id', '=', programmeId)
    .where('d.lot_id', '=', lotId)
    .orderBy('k.device_id')
    .orderBy('k.position')
    .execute();
}

/** Every erasure record of every device of the lot, oldest first. */
export async function listLotErasureRecords(
  db: Executor,
  programmeId: string,
  lotId: string,
): Promise<ErasureRecordRow[]> {
  return db
    .selectFrom('erasure_records as r')
    .innerJoin('devices as d', (join) =>
      join.onRef('d.id', '=', 'r.device_id').onRef('d.programme_id', '=', 'r.programme_id'),
    )
    .selectAll('r')
    .where('r.programme_id', '=', programmeId)
    .where('d.lot_id', '=', lotId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

export async function isVerificationCodeTaken(db: Executor, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('donor_certificates')
    .select('id')
    .where('verification_code', '=', code)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertCertificate(db: Executor, row: Insertable<DonorCertificatesTable>): Promise<void> {
  await db.insertInto('donor_certificates').values(row).execute();
}

const metaColumns = [
  'id',
  'programme_id',
  'lot_id',
  'verification_code',
  'summary',
  'content_sha256',
  'issued_by',
  'issued_at',
] as const;

/** A lot's certificates, newest first, without their PDF bytes. */
export async function listLotCertificates(
  db: Executor,
  programmeId: string,
  lotId: string,
): Promise<CertificateMeta[]> {
  return db
    .selectFrom('donor_certificates')
    .select(metaColumns)
    .where('programme_id', '=', programmeId)
    .where('lot_id', '=', lotId)
    .orderBy('issued_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function findLotCertificate(
  db: Executor,
  programmeId: string,
  lotId: string,
  certificateId: string,
): Promise<CertificateRow | undefined> {
  return db
    .selectFrom('donor_certificates')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('lot_id', '=', lotId)
    .where('id', '=', certificateId)
    .executeTakeFirst();
}

/**
 * The public check: a certificate by its code alone, in any programme. The one lookup not
 * scoped by programme, on purpose: the code is globally unique and whoever holds the paper
 * does not know the programme. It returns the stored summary, never the PDF or the lot's donor.
 */
export async function findCertificateByCode(
  db: Executor,
  code: string,
): Promise<Pick<CertificateRow, 'id' | 'summary' | 'issued_at'> | undefined> {
  return db
    .selectFrom('donor_certificates')
    .select(['id', 'summary', 'issued_at'])
    .where('verification_code', '=', code)
    .executeTakeFirst();
}
