/**
 * Workshop API shapes, all derived from web/src/api/schema.d.ts (generated from the server's zod
 * schemas by `npm run openapi`), plus the lists of states, kinds and grades the pages iterate.
 */
import type { components, paths } from '../../api/schema';

type Schemas = components['schemas'];
type JsonOk<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer B } } };
}
  ? B
  : paths[P][M] extends { responses: { 201: { content: { 'application/json': infer C } } } }
    ? C
    : never;
type JsonBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type Device = Schemas['Device'];
export type DeviceEvent = Schemas['DeviceEvent'];
export type DeviceCheck = Schemas['DeviceCheck'];
export type DeviceDetail = Schemas['DeviceDetail'];
/** As the device page reads it (the erasure list's own DiskProof carries more fields). */
export type DiskProof = DeviceDetail['disks'][number];
export type ErasureRecord = Schemas['ErasureRecord'];
export type InventorySummary = NonNullable<DeviceDetail['latestInventory']>;
export type Lot = Schemas['Lot'];
export type Certificate = Schemas['Certificate'];
export type PublicCertificate = Schemas['PublicCertificate'];
export type Stock = Schemas['WorkshopStock'];
export interface CountRow {
  key: string;
  count: number;
}
export type ActivityRow = Schemas['WorkshopActivity']['rows'][number];

export type DeviceState = Device['state'];
export type DeviceKind = Device['kind'];
export type DeviceGrade = NonNullable<Device['grade']>;
export type ProofStatus = DiskProof['status'];
export type LotStatus = Lot['status'];

export type DeviceList = JsonOk<'/api/v1/programmes/{programme}/devices', 'get'>;
export type LotList = JsonOk<'/api/v1/programmes/{programme}/lots', 'get'>;
export type DeclareLotBody = JsonBody<'/api/v1/programmes/{programme}/lots', 'post'>;
export type LotStatusBody = JsonBody<'/api/v1/programmes/{programme}/lots/{id}/status', 'post'>;
export type MoveBody = JsonBody<'/api/v1/programmes/{programme}/devices/{id}/moves', 'post'>;
export type CheckBody = JsonBody<'/api/v1/programmes/{programme}/devices/{id}/checks', 'post'>;
export type MoveResult = JsonOk<'/api/v1/programmes/{programme}/devices/{id}/moves', 'post'>;
export type CheckResult = JsonOk<'/api/v1/programmes/{programme}/devices/{id}/checks', 'post'>;
export type NwipeResult = JsonOk<'/api/v1/programmes/{programme}/devices/{id}/erasures/nwipe', 'post'>;
export type ImageRef = NonNullable<MoveBody['image']>;

/** A published image manifest of the catalogue (GET /catalogue/manifests), newest first. */
export interface ManifestChoice {
  hash: string;
  label: string;
  profile: { band: string; schoolYearCode: string };
  publishedAt: string;
  packageCount: number;
}

/** A grade reason as the server sends it: a code and the numbers that explain it. */
export type GradeReason = { code: string } & Record<string, unknown>;

export const DEVICE_STATES = [
  'received',
  'diagnosed',
  'erased',
  'repaired',
  'imaged',
  'checked',
  'ready',
  'allocated',
  'handed_over',
  'returned',
  'for_parts',
  'recycled',
] as const satisfies readonly DeviceState[];
export const DEVICE_KINDS = ['desktop', 'laptop', 'monitor', 'other'] as const satisfies readonly DeviceKind[];
export const DEVICE_GRADES = ['A', 'B', 'C', 'unfit'] as const satisfies readonly DeviceGrade[];
export const LOT_STATUSES = [
  'declared',
  'scheduled',
  'collected',
  'received',
  'closed',
  'cancelled',
] as const satisfies readonly LotStatus[];
