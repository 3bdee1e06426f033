import { z } from 'zod';
import { idParam, programmeParam } from '../../platform/http/common.schemas.js';
import { inventorySources } from './inventory-facts.js';

const nullableString = z.string().nullable();
const nullableInt = z.number().int().nullable();

export const inventoryDiskSchema = z
  .object({
    name: nullableString,
    model: nullableString,
    serial: nullableString,
    sizeMb: nullableInt.describe('Decimal megabytes (1 GB = 1000 MB), as disk makers count'),
    bus: nullableString,
    media: z.enum(['ssd', 'hdd', 'unknown']),
  })
  .meta({ id: 'InventoryDisk' });

export const inventorySoftwareSchema = z
  .object({ name: z.string(), version: nullableString, publisher: nullableString, arch: nullableString })
  .meta({ id: 'InventorySoftware' });

export const inventoryFactsSchema = z
  .object({
    serial: nullableString,
    hardwareUuid: nullableString,
    make: nullableString,
    model: nullableString,
    cpu: z
      .object({
        model: nullableString,
        cores: nullableInt,
        threads: nullableInt,
        speedMhz: nullableInt,
        arch64: z.boolean().nullable(),
      })
      .nullable(),
    ramMb: nullableInt.describe('Installed RAM in MiB'),
    disks: z.array(inventoryDiskSchema),
    batteries: z.array(
      z.object({
        designMwh: nullableInt,
        currentMwh: nullableInt,
        healthPercent: nullableInt,
        manufactureDate: nullableString,
      }),
    ),
    os: z.object({ name: nullableString, version: nullableString, arch: nullableString }).nullable(),
    software: z.array(inventorySoftwareSchema).describe('Empty here: see the inventory detail'),
    chassis: nullableString.optional(),
  })
  .meta({ id: 'InventoryFacts' });

const sourceSchema = z.enum(inventorySources);

export const inventorySummarySchema = z
  .object({
    id: z.string(),
    source: sourceSchema,
    receivedAt: z.string(),
    isPartial: z.boolean(),
    facts: inventoryFactsSchema,
    disks: z.array(inventoryDiskSchema),
  })
  .meta({ id: 'InventorySummary' });

export const inventoryDetailSchema = inventorySummarySchema
  .extend({
    agentDeviceId: nullableString,
    agentVersion: nullableString,
    tag: nullableString,
    submittedBy: z.string(),
    payloadSha256: z.string(),
    payloadSize: z.number().int(),
    software: z.array(inventorySoftwareSchema),
  })
  .meta({ id: 'InventoryDetail' });

export const inventoryListSchema = z.object({ items: z.array(inventorySummarySchema) });

export const deviceInventoriesParams = programmeParam.extend({ id: idParam });
export const deviceInventoryParams = deviceInventoriesParams.extend({ inventoryId: idParam });

/** The agent reply: XML or JSON, compressed like the request was. */
export const agentReplySchema = z.string().describe('XML <REPLY> or glpi JSON, in the encoding of the request');

/** The stored payload, decompressed. */
export const rawInventorySchema = z.string().describe('The XML or JSON the agent or the person sent');
