import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliActor } from '../../src/platform/auth/actor.js';
import type { Executor } from '../../src/platform/db/database.js';
import { createApiToken, revokeApiToken } from '../../src/modules/accounts/api-tokens.service.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'hardware');

/** A capture from test/fixtures/hardware (real agent output, see its README). */
export function hardwareCapture(name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURES, name));
}

export interface InventoryToken {
  id: string;
  token: string;
}

/** An API token of purpose 'inventory' (the workshop's agents' password). */
export async function makeInventoryToken(db: Executor, programmeId: string, name = 'atelier'): Promise<InventoryToken> {
  const { id, token } = await createApiToken(db, programmeId, cliActor, { name, purpose: 'inventory' });
  return { id, token };
}

export async function revokeInventoryToken(db: Executor, programmeId: string, tokenId: string): Promise<void> {
  await revokeApiToken(db, programmeId, cliActor, tokenId);
}

/** The Authorization header an agent sends with --user/--password. */
export function agentAuth(token: string, user = 'workshop'): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}` };
}

export function agentUrl(slug: string, suffix = ''): string {
  return `/api/v1/programmes/${slug}/inventory/agent${suffix}`;
}

/** A JSON inventory of glpi-agent with the identity replaced, so each test machine is distinct. */
export function glpiInventoryJson(
  overrides: {
    serial?: string;
    uuid?: string;
    tag?: string;
    partial?: boolean;
    content?: Record<string, unknown>;
  } = {},
): Record<string, unknown> {
  const base = JSON.parse(hardwareCapture('glpi-agent-1.x-inventory-request.json').toString('utf8')) as {
    content: Record<string, unknown>;
  } & Record<string, unknown>;
  const content: Record<string, unknown> = overrides.partial ? {} : { ...base.content };
  if (overrides.serial !== undefined) content.bios = { ...(content.bios as object), ssn: overrides.serial };
  if (overrides.uuid !== undefined) content.hardware = { ...(content.hardware as object), uuid: overrides.uuid };
  Object.assign(content, overrides.content ?? {});
  return {
    ...base,
    ...(overrides.tag !== undefined ? { tag: overrides.tag } : {}),
    ...(overrides.partial ? { partial: true } : {}),
    content,
  };
}
