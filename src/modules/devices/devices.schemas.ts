import { z } from 'zod';
import { programmeParam } from '../../platform/http/common.schemas.js';
import { deviceGrades, deviceKinds, deviceStates } from './device-states.js';
import { deviceSorts } from './device-list.repository.js';

export const deviceSchema = z
  .object({
    id: z.string(),
    assetTag: z.string(),
    kind: z.enum(deviceKinds),
    make: z.string().nullable(),
    model: z.string().nullable(),
    serial: z.string().nullable(),
    hardwareUuid: z.string().nullable(),
    lotId: z.string().nullable(),
    location: z.string().nullable(),
    grade: z.enum(deviceGrades).nullable(),
    gradeReasons: z.array(z.unknown()),
    state: z.enum(deviceStates),
    stateSince: z.string(),
    latestInventoryId: z.string().nullable(),
    image: z.object({ name: z.string(), version: z.string(), hash: z.string().nullable() }).nullable(),
    outcome: z.enum(['reused', 'for_parts', 'recycled']).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Device' });

export const deviceEventSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    fromState: z.enum(deviceStates).nullable(),
    toState: z.enum(deviceStates).nullable(),
    station: z.string().nullable(),
    actorLabel: z.string(),
    reason: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
    startedAt: z.string().nullable(),
    occurredAt: z.string(),
    undoneAt: z.string().nullable(),
    undoesEventId: z.string().nullable(),
    canUndo: z.boolean(),
  })
  .meta({ id: 'DeviceEvent' });

const checkAnswer = z.enum(['ok', 'fail', 'na']);

export const deviceCheckSchema = z
  .object({
    id: z.string(),
    items: z.record(z.string(), checkAnswer),
    passed: z.boolean(),
    failedItems: z.array(z.string()),
    notes: z.string().nullable(),
    signedByLabel: z.string(),
    signedAt: z.string(),
  })
  .meta({ id: 'DeviceCheck' });

const media = z.enum(['ssd', 'hdd', 'unknown']);

const erasureRecordLite = z.object({
  id: z.string(),
  diskSerial: z.string().nullable(),
  diskModel: z.string().nullable(),
  devicePath: z.string().nullable(),
  method: z.string(),
  nistLevel: z.string(),
  tool: z.string(),
  toolVersion: z.string().nullable(),
  passes: z.number().nullable(),
  verification: z.string(),
  result: z.string(),
  isProof: z.boolean(),
  failureReason: z.string().nullable(),
  operatorLabel: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  evidenceId: z.string().nullable(),
  evidenceSha256: z.string().nullable(),
  createdAt: z.string(),
});

const disk = z.object({
  name: z.string().nullable(),
  model: z.string().nullable(),
  serial: z.string().nullable(),
  sizeMb: z.number().nullable(),
  media,
});

const diskProofSchema = z.object({
  disk,
  proof: erasureRecordLite.nullable(),
  latestRecord: erasureRecordLite.nullable(),
  status: z.enum(['proven', 'failed', 'missing']),
});

const inventoryLite = z.object({
  id: z.string(),
  source: z.string(),
  receivedAt: z.string(),
  isPartial: z.boolean(),
  facts: z.object({
    serial: z.string().nullable(),
    hardwareUuid: z.string().nullable(),
    make: z.string().nullable(),
    model: z.string().nullable(),
    cpu: z
      .object({
        model: z.string().nullable(),
        cores: z.number().nullable(),
        threads: z.number().nullable(),
        speedMhz: z.number().nullable(),
        arch64: z.boolean().nullable(),
      })
      .nullable(),
    ramMb: z.number().nullable(),
    batteries: z.array(
      z.object({
        designMwh: z.number().nullable(),
        currentMwh: z.number().nullable(),
        healthPercent: z.number().nullable(),
        manufactureDate: z.string().nullable(),
      }),
    ),
    os: z
      .object({ name: z.string().nullable(), version: z.string().nullable(), arch: z.string().nullable() })
      .nullable(),
    chassis: z.string().nullable().optional(),
  }),
  disks: z.array(disk.extend({ bus: z.string().nullable() })),
});

export const deviceDetailSchema = z
  .object({
    device: deviceSchema,
    history: z.array(deviceEventSchema),
    disks: z.array(diskProofSchema),
    latestInventory: inventoryLite.nullable(),
    checks: z.array(deviceCheckSchema),
    allowedMoves: z.array(z.enum(deviceStates)),
  })
  .meta({ id: 'DeviceDetail' });

export const deviceListSchema = z.object({
  items: z.array(deviceSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

export const deviceListQuery = z.strictObject({
  state: z.enum(deviceStates).optional(),
  grade: z.enum(deviceGrades).optional(),
  kind: z.enum(deviceKinds).optional(),
  lotId: z.uuid().optional(),
  /** An asset tag (as typed or scanned) or a prefix of a tag or serial. */
  q: z.string().trim().max(100).optional(),
  sort: z.enum(deviceSorts).default('assetTag'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const deviceIdParams = programmeParam.extend({ id: z.uuid() });
export const deviceTagParams = programmeParam.extend({ tag: z.string().min(1).max(60) });

/** Station codes: reception, diagnosis, erasure, repair, imaging, check, ready, office… */
const station = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_-]{1,39}$/)
  .nullable()
  .optional();
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const startedAt = z.iso.datetime({ offset: true }).optional();

export const createDeviceBody = z.strictObject({
  kind: z.enum(deviceKinds),
  lotId: z.uuid().nullable().optional(),
  make: optionalText(100),
  model: optionalText(100),
  serial: optionalText(100),
  station,
});

export const lotDevicesBody = z.strictObject({
  kind: z.enum(deviceKinds),
  count: z.number().int().min(1).max(200),
  station,
});

export const lotDevicesResponse = z.object({ items: z.array(deviceSchema) });

export const updateDeviceBody = z.strictObject({
  kind: z.enum(deviceKinds).optional(),
  make: optionalText(100),
  model: optionalText(100),
  serial: optionalText(100),
  location: optionalText(100),
  station,
});

export const moveBody = z.strictObject({
  to: z.enum(deviceStates),
  station,
  reason: optionalText(500),
  startedAt,
  /** The imaging step: the published image manifest installed, by its hash (GET /catalogue/manifests). */
  image: z
    .strictObject({
      manifestHash: z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[0-9a-f]{64}$/),
    })
    .optional(),
});

export const moveResponse = z.object({ device: deviceSchema, event: deviceEventSchema });

export const checkBody = z.strictObject({
  /** One answer per code of the programme's checklist. */
  items: z.record(z.string().max(60), checkAnswer),
  notes: optionalText(1000),
  startedAt,
  station,
});

export const checkResponse = z.object({ device: deviceSchema, check: deviceCheckSchema });

export const undoBody = z.strictObject({ eventId: z.uuid() });
export const undoResponse = z.object({ device: deviceSchema });

export const stockQuery = z.strictObject({
  /** Overrides the programme's stuckAfterDays. */
  days: z.coerce.number().int().min(1).max(365).optional(),
});

const count = z.number().int();
export const stockSchema = z
  .object({
    byState: z.record(z.enum(deviceStates), count),
    byGrade: z.record(z.enum([...deviceGrades, 'none']), count),
    byKind: z.record(z.enum(deviceKinds), count),
    byAge: z.record(z.enum(['0-6', '7-29', '30-89', '90+']), count),
    stuckAfterDays: count,
    stuck: z.array(deviceSchema),
  })
  .meta({ id: 'WorkshopStock' });

const instantOrDate = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);
export const activityQuery = z.strictObject({ from: instantOrDate.optional(), to: instantOrDate.optional() });

export const activitySchema = z
  .object({
    from: z.string(),
    to: z.string(),
    rows: z.array(
      z.object({
        userId: z.string(),
        label: z.string(),
        station: z.string().nullable(),
        devices: count,
        minutes: count,
      }),
    ),
  })
  .meta({ id: 'WorkshopActivity' });

export const lotIdParams = programmeParam.extend({ id: z.uuid() });
