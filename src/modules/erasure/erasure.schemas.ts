import { z } from 'zod';
import { idParam } from '../../platform/http/common.schemas.js';
import { erasureResults, manualResults, nistLevels, recordedNistLevels, verificationModes } from './erasure.model.js';

export const erasureRecordSchema = z
  .object({
    id: z.string(),
    deviceId: z.string(),
    diskSerial: z.string().nullable(),
    diskModel: z.string().nullable(),
    diskSizeBytes: z.number().nullable(),
    /** The disk's name as the tool gave it, e.g. /dev/sda. */
    devicePath: z.string().nullable(),
    method: z.string(),
    /** NIST SP 800-88 Rev. 2 level; "none" for a read-back check, which sanitises nothing. */
    nistLevel: z.enum(recordedNistLevels),
    tool: z.string(),
    toolVersion: z.string().nullable(),
    passes: z.number().int().nullable(),
    verification: z.enum(verificationModes),
    /** "verified" is a read-back check that passed: neither an erasure nor a failure. */
    result: z.enum(erasureResults),
    isProof: z.boolean(),
    failureReason: z.string().nullable(),
    operatorUserId: z.string().nullable(),
    operatorLabel: z.string(),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    evidenceId: z.string().nullable(),
    evidenceSha256: z.string().nullable(),
    supersedesId: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ErasureRecord' });

export const listedErasureRecordSchema = erasureRecordSchema
  .extend({ supersededById: z.string().nullable() })
  .meta({ id: 'ListedErasureRecord' });

export const diskProofSchema = z
  .object({
    disk: z.object({
      name: z.string().nullable(),
      model: z.string().nullable(),
      serial: z.string().nullable(),
      sizeMb: z.number().nullable(),
      media: z.enum(['ssd', 'hdd', 'unknown']),
    }),
    proof: erasureRecordSchema.nullable(),
    latestRecord: erasureRecordSchema.nullable(),
    status: z.enum(['proven', 'failed', 'missing']),
  })
  .meta({ id: 'DiskProof' });

export const deviceParams = z.strictObject({
  programme: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/),
  id: idParam,
});

export const nwipeUploadQuery = z.strictObject({
  fileName: z.string().trim().min(1).max(200).optional(),
});

/** The log as sent, untouched (the raw parser gives a Buffer); documented as a binary string. */
export const nwipeLogBody = z
  .custom<Buffer>((v) => Buffer.isBuffer(v))
  .meta({ type: 'string', format: 'binary', description: 'The nwipe log file, as nwipe wrote it (at most 5 MB).' });

export const nwipeUploadSchema = z.object({
  records: z.array(erasureRecordSchema),
  evidenceId: z.string(),
  duplicate: z.boolean(),
});

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const instant = z.iso.datetime({ offset: true }).nullable().optional();

export const manualErasureBody = z.strictObject({
  /** Required unless the disk has no readable serial; then give devicePath. */
  diskSerial: optionalText(100),
  devicePath: optionalText(100),
  diskModel: optionalText(200),
  /** e.g. "ATA Secure Erase", "shredding", "drilling", "degaussing". */
  method: z.string().trim().min(1).max(200),
  nistLevel: z.enum(nistLevels),
  /** e.g. "hdparm", "shredder", "drill press". */
  tool: z.string().trim().min(1).max(100),
  toolVersion: optionalText(50),
  passes: z.number().int().min(0).max(100).nullable().optional(),
  verification: z.enum(verificationModes),
  result: z.enum(manualResults),
  failureReason: optionalText(500),
  startedAt: instant,
  endedAt: instant,
  supersedesId: idParam.nullable().optional(),
});

export const deviceErasuresSchema = z.object({
  records: z.array(listedErasureRecordSchema),
  disks: z.array(diskProofSchema),
});

export const evidenceParams = deviceParams;
