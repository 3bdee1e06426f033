import { z } from 'zod';
import { keysetQueryFields, nextCursorField } from '../../platform/db/keyset.js';
import { programmeParam } from '../../platform/http/common.schemas.js';
import { deviceKinds, deviceStates } from '../devices/device-states.js';
import { bands } from './catalogue-codes.js';
import { conformityItemSchema } from './conformity.schemas.js';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const schoolParams = programmeParam.extend({ schoolId: z.string().min(1).max(64) });

export const createSchoolDeviceBody = z.strictObject({
  kind: z.enum(deviceKinds),
  make: optionalText(100),
  model: optionalText(100),
  serial: optionalText(100),
  /** The grade band whose profile the computer carries. */
  band: z.enum(bands),
});

export const schoolDeviceSchema = z
  .object({
    id: z.string(),
    assetTag: z.string(),
    kind: z.enum(deviceKinds),
    make: z.string().nullable(),
    model: z.string().nullable(),
    serial: z.string().nullable(),
    state: z.enum(deviceStates),
    band: z.enum(bands).nullable(),
    conformity: conformityItemSchema.nullable(),
  })
  .meta({ id: 'SchoolDevice' });

export const schoolDeviceListSchema = z.object({
  items: z.array(schoolDeviceSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: nextCursorField,
});

export const schoolDeviceListQuery = z.strictObject(keysetQueryFields);
