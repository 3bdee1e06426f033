import { z } from 'zod';
import { InventoryInputError } from './inventory-input-error.js';

/**
 * The fields of glpi-agent's JSON (glpi-project/inventory_format) that Cartable reads, with the
 * types the format defines. Every other field passes through untouched (loose objects).
 */
const str = z.string().optional();
const int = z.number().int().optional();

const contentSchema = z.looseObject({
  versionclient: str,
  bios: z
    .looseObject({ ssn: str, msn: str, smanufacturer: str, smodel: str, mmanufacturer: str, mmodel: str })
    .optional(),
  hardware: z.looseObject({ memory: int, uuid: str, chassis_type: str }).optional(),
  cpus: z.array(z.looseObject({ name: str, arch: str, core: int, corecount: int, thread: int, speed: int })).optional(),
  memories: z.array(z.looseObject({ capacity: int })).optional(),
  storages: z
    .array(
      z.looseObject({ name: str, model: str, serial: str, disksize: int, interface: str, type: str, description: str }),
    )
    .optional(),
  batteries: z.array(z.looseObject({ capacity: int, real_capacity: int, date: str })).optional(),
  operatingsystem: z.looseObject({ name: str, full_name: str, version: str, arch: str }).optional(),
  softwares: z.array(z.looseObject({ name: z.string(), version: str, publisher: str, arch: str })).optional(),
});

const requestSchema = z.looseObject({
  action: z.string().optional(),
  deviceid: str,
  itemtype: str,
  tag: str,
  partial: z.boolean().optional(),
  content: contentSchema.optional(),
});

export type GlpiJsonRequest = z.infer<typeof requestSchema>;

/** Parses JSON text; a truncated or broken document is a clear 400, never a crash. */
export function parseJsonText(textBody: string): unknown {
  try {
    return JSON.parse(textBody) as unknown;
  } catch (error) {
    throw new InventoryInputError('INVENTORY_UNREADABLE', 'json_malformed', { message: (error as Error).message });
  }
}

/** Validates a glpi-agent request (contact, inventory) or a glpi JSON file against the fields used. */
export function parseGlpiJson(json: unknown): GlpiJsonRequest {
  const result = requestSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || '(root)';
  throw new InventoryInputError('INVENTORY_INVALID', 'json_schema', { field, message: issue.message }, field);
}
