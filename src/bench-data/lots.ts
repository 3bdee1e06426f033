import { formatLotReference } from '../modules/donations/lot-reference.js';
import { type GenContext, put } from './context.js';
import type { InventoryTemplate } from './inventory-templates.js';
import { DAY_MS, iso, isoDay } from './plan.js';
import { S, below, benchId } from './random.js';
import type { Territory } from './territory.js';

/** A donation lot, received by the workshop: its devices are those whose index falls in it. */
export function writeLot(
  ctx: GenContext,
  territory: Territory,
  templates: InventoryTemplate[],
  lot: number,
  createdMs: number,
): string {
  const { seed, programmeId, layout } = ctx;
  const D = layout.spec.devices;
  const first = Math.ceil((lot * D) / layout.lots);
  const end = Math.ceil(((lot + 1) * D) / layout.lots);
  const kinds: Record<string, number> = {};
  for (let d = first; d < end; d += 1) {
    const kind = templates[below(seed, S.device, d, templates.length)]!.kind;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  const id = benchId(seed, S.lot, lot, createdMs);
  const year = new Date(createdMs).getUTCFullYear();
  const donor = territory.donorIds[lot % territory.donorIds.length]!;
  const workshop = territory.workshopIds[lot % territory.workshopIds.length]!;
  const at = (days: number) => iso(createdMs + days * DAY_MS);
  put(ctx, 'donation_lots', [
    id,
    programmeId,
    formatLotReference(year, lot + 1),
    donor,
    workshop,
    'received',
    end - first,
    JSON.stringify(kinds),
    `${1 + (lot % 90)} zone d’activités (banc)`,
    null,
    null,
    isoDay(createdMs + 5 * DAY_MS),
    isoDay(createdMs + 7 * DAY_MS),
    'Service informatique (banc)',
    '03 81 00 00 00',
    null,
    end - first,
    (end - first) * 2_100,
    at(7),
    at(8),
    null,
    ctx.admin.userId,
    at(0),
    at(8),
  ]);
  return id;
}
