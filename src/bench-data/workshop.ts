import { createHash } from 'node:crypto';
import { formatAssetTag } from '../modules/devices/asset-tag.js';
import { outcomeOf } from '../modules/devices/device-moves.js';
import type { DeviceState } from '../modules/devices/device-states.js';
import { type GenContext, Sequences, put } from './context.js';
import {
  CHECKLIST_OK,
  CURRENT_YEAR,
  PAST_YEAR,
  type Step,
  invitationCodeOf,
  pathTo,
  scramble,
} from './device-paths.js';
import { writeLot } from './lots.js';
import { householdId, pupilId } from './families.js';
import { type InventoryTemplate, inventoryFor } from './inventory-templates.js';
import { BENCH_TAG_PREFIX, DAY_MS, iso, isoDay } from './plan.js';
import { S, below, benchId, unit, weighted } from './random.js';
import type { Territory } from './territory.js';
import { type DailyFigures, type Sessions, writeCard } from './trainings.js';

const HOUR = 3_600_000;

export interface WorkshopPeople {
  operator: { userId: string; label: string };
  supervisor: { userId: string; label: string };
}

export async function writeWorkshop(
  ctx: GenContext,
  territory: Territory,
  templates: InventoryTemplate[],
  sessions: Sessions,
  figures: DailyFigures,
): Promise<{ cards: number; loans: number }> {
  const { seed, programmeId, layout } = ctx;
  const D = layout.spec.devices;
  const Y = layout.spec.years;
  const H = layout.spec.households;
  const seq = new Sequences();
  const operator = ctx.admin;
  const supervisor = ctx.coordinator;
  const checklistItems = CHECKLIST_OK(ctx.settings.checklist);

  // One campaign per school year, at every school, for the CE2 cohort.
  const campaignIds = layout.yearStarts.map((y, i) => {
    const created = layout.yearStartsMs[i]! - 30 * DAY_MS;
    const id = benchId(seed, S.campaign, i, created);
    put(ctx, 'campaigns', [
      id,
      programmeId,
      territory.schoolYearIds[i]!,
      `Rentrée ${y} (banc)`,
      'CE2',
      `${y}-09-01`,
      `${y + 1}-06-30`,
      i === Y - 1 ? 'open' : 'closed',
      JSON.stringify(['no_computer_at_home', 'priority_neighbourhood', 'registered_at']),
      iso(created),
      iso(created),
    ]);
    for (const schoolId of territory.schoolIds) put(ctx, 'campaign_schools', [id, schoolId, programmeId]);
    return id;
  });
  await ctx.sink.drain();

  let lot = -1;
  let lotId = '';
  const handoversInYear = new Array<number>(Y).fill(0);
  let cards = 0;
  let loans = 0;
  for (let d = 0; d < D; d += 1) {
    const y = Math.min(Y - 1, Math.floor((d * Y) / D));
    const yearFirst = Math.ceil((y * D) / Y);
    const yearCount = Math.ceil(((y + 1) * D) / Y) - yearFirst;
    const k = d - yearFirst;
    const current = y === Y - 1;
    const yearStart = layout.yearStartsMs[y]!;
    const windowStart = yearStart - 60 * DAY_MS;
    const windowEnd = current ? layout.anchorMs - 2 * DAY_MS : yearStart + 200 * DAY_MS;
    const receivedMs = Math.floor(windowStart + ((k + 0.5) / yearCount) * (windowEnd - windowStart)) + 8 * HOUR;

    const lotOf = Math.floor((d * layout.lots) / D);
    if (lotOf !== lot) {
      lot = lotOf;
      lotId = writeLot(ctx, territory, templates, lot, receivedMs - 10 * DAY_MS);
    }
    const template = templates[below(seed, S.device, d, templates.length)]!;
    let target = weighted(unit(seed, S.device, d, 1), current ? CURRENT_YEAR : PAST_YEAR);
    const repaired = unit(seed, S.device, d, 2) < 0.15;
    const inSchool = target === 'in_school';
    const tag = formatAssetTag(BENCH_TAG_PREFIX, d + 1);
    const deviceId = benchId(seed, S.device, d, receivedMs);
    const serial = `${template.serialPrefix}${scramble(d, 3_000_017, 4_242)}`;
    const diskSerial = `S${scramble(d, 7_000_003, 99)}X`;
    // Steps are spread over the time left, at most two days apart, and end before now.
    const path = pathTo(target, repaired);
    const room = Math.max(
      HOUR * path.length,
      Math.min(layout.anchorMs - HOUR - receivedMs, (current ? 40 : 250) * DAY_MS),
    );
    const gap = Math.max(HOUR, Math.floor(room / (path.length + 1)));
    let clock = receivedMs;
    const steps: Step[] = path.map((s, i) => {
      clock += Math.min(gap, 2 * DAY_MS) + below(seed, S.device, d, 4 * HOUR, 3 + i);
      return { ...s, ms: clock };
    });
    if (target === 'handed_over' || target === 'returned' || target === 'allocated') {
      // Families get their computers during the campaign, after the start of the school year.
      const handover = steps.find((s) => s.effect === 'allocation')!;
      const earliest = yearStart + 5 * DAY_MS + below(seed, S.device, d, 60 * DAY_MS, 30);
      const shift = Math.max(0, Math.min(earliest, layout.anchorMs - 3 * DAY_MS) - handover.ms);
      let after = false;
      for (const s of steps) {
        if (s === handover) after = true;
        if (after) s.ms += shift;
      }
      if (target === 'returned') steps.at(-1)!.ms = Math.min(layout.anchorMs - HOUR, steps.at(-2)!.ms + 200 * DAY_MS);
    }
    if (steps.some((s) => s.ms >= layout.anchorMs)) target = 'received';
    const finalSteps = target === 'received' ? [] : steps;

    const householdIndex = (handoversInYear[y]! + y * 104_729) % H;
    const needsHousehold = finalSteps.some((s) => s.effect === 'allocation');
    if (needsHousehold) handoversInYear[y]! += 1;

    // The device row, as the moves left it.
    let state: DeviceState = inSchool ? 'in_school' : 'received';
    let stateSince = receivedMs;
    let outcome: string | null = null;
    let imageRow: [string, string, string] | null = null;
    let inventoryId: string | null = null;
    const eventRows: unknown[][] = [];
    const event = (
      kind: string,
      from: string | null,
      to: string | null,
      station: string | null,
      ms: number,
      details: Record<string, unknown> | null,
      reason: string | null,
      actor = operator,
    ) =>
      eventRows.push([
        benchId(seed, S.event, seq.take(S.event), ms),
        programmeId,
        deviceId,
        kind,
        from,
        to,
        station,
        actor.userId,
        actor.label,
        reason,
        details ? JSON.stringify(details) : null,
        kind === 'transition' ? iso(ms - 20 * 60_000) : null,
        iso(ms),
        null,
        null,
      ]);
    event('created', null, state, inSchool ? null : 'reception', receivedMs, null, null);
    const after: (() => void)[] = [];
    let loanId: string | null = null;
    for (const s of finalSteps) {
      if (s.effect === 'inventory') {
        inventoryId = benchId(seed, S.inventory, d, s.ms);
        const inv = inventoryFor(template, serial, diskSerial, tag);
        const invId = inventoryId;
        after.push(() => {
          put(ctx, 'inventories', [
            invId,
            programmeId,
            deviceId,
            template.source,
            inv.agentDeviceId,
            template.agentVersion,
            null,
            0,
            inv.payloadSha256,
            inv.payloadGzip,
            inv.payloadSize,
            inv.facts,
            operator.label,
            iso(s.ms),
          ]);
          template.disks.forEach((disk, position) =>
            put(ctx, 'inventory_disks', [
              benchId(seed, S.disk, d * 4 + position, s.ms),
              programmeId,
              invId,
              deviceId,
              position,
              disk.name,
              disk.model,
              diskSerial,
              disk.sizeMb,
              disk.bus,
              disk.media,
            ]),
          );
        });
        event(
          'inventory',
          null,
          null,
          null,
          s.ms,
          {
            inventoryId,
            source: template.source,
            partial: false,
            cpu: template.cpu,
            ramMb: template.ramMb,
            disks: template.disks.length,
          },
          null,
        );
        event(
          'grade',
          null,
          null,
          null,
          s.ms,
          { from: null, to: template.grade, reasons: JSON.parse(template.gradeReasons) as unknown, inventoryId },
          null,
        );
        continue;
      }
      if (s.effect === 'erasure') {
        const recordId = benchId(seed, S.erasure, d, s.ms);
        const disk = template.disks[0]!;
        after.push(() =>
          put(ctx, 'erasure_records', [
            recordId,
            programmeId,
            deviceId,
            diskSerial,
            disk.model,
            null,
            '/dev/sda',
            'NIST 800-88 Clear (overwrite, verified)',
            'clear',
            'Blancco Drive Eraser',
            '7.9',
            1,
            'all',
            'erased',
            1,
            null,
            operator.userId,
            operator.label,
            iso(s.ms - 2 * HOUR),
            iso(s.ms),
            null,
            null,
            null,
            iso(s.ms),
          ]),
        );
        event(
          'erasure',
          null,
          null,
          'erasure',
          s.ms,
          {
            source: 'manual',
            recordId,
            diskSerial,
            devicePath: '/dev/sda',
            method: 'NIST 800-88 Clear (overwrite, verified)',
            nistLevel: 'clear',
            tool: 'Blancco Drive Eraser',
            result: 'erased',
            isProof: true,
            supersedesId: null,
          },
          null,
        );
        continue;
      }
      const to = s.to!;
      const details: Record<string, unknown> = {};
      const previous: Record<string, unknown> = { stateSince: iso(stateSince), outcome };
      if (s.details?.image) {
        const year = layout.yearStarts[y]!;
        const image = {
          name: `Cycle 2 · ${year}-${year + 1} · v1`,
          version: `${year}-${year + 1} v1`,
          hash: createHash('sha256').update(`bench-image-${year}`).digest('hex'),
        };
        previous.image = { name: null, version: null, hash: null };
        details.image = image;
        imageRow = [image.name, image.version, image.hash];
      }
      let actor = operator;
      if (s.effect === 'check') {
        const checkId = benchId(seed, S.check, d, s.ms);
        actor = supervisor;
        Object.assign(details, { checkId, passed: true, failedItems: [] });
        after.push(() =>
          put(ctx, 'device_checks', [
            checkId,
            programmeId,
            deviceId,
            checklistItems,
            1,
            null,
            supervisor.userId,
            supervisor.label,
            iso(s.ms),
          ]),
        );
      }
      if (s.effect === 'allocation') {
        const allocationId = benchId(seed, S.allocation, d, s.ms);
        const campaignId = campaignIds[y]!;
        Object.assign(details, { campaignId, allocationId });
        const status = target === 'allocated' ? 'reserved' : 'handed_over';
        const hId = householdId(ctx, householdIndex);
        const schoolId = territory.schoolIds[Math.floor((householdIndex * layout.schools) / H)]!;
        const rank = handoversInYear[y]!;
        after.push(() => {
          put(ctx, 'campaign_households', [
            benchId(seed, S.campaignHousehold, d, s.ms),
            programmeId,
            campaignId,
            hId,
            schoolId,
            target === 'allocated' ? 'allocated' : 'handed_over',
            rank,
            null,
            invitationCodeOf(d),
            iso(s.ms - DAY_MS),
            iso(s.ms),
          ]);
          put(ctx, 'allocations', [
            allocationId,
            programmeId,
            campaignId,
            hId,
            deviceId,
            null,
            status,
            null,
            iso(s.ms),
            null,
            supervisor.userId,
          ]);
        });
      }
      if (s.effect === 'handover') {
        Object.assign(details, { campaignId: campaignIds[y]!, handoverId: null });
        loanId = benchId(seed, S.loan, d, s.ms);
        const thisLoan = loanId;
        const returned = target === 'returned';
        const returnMs = returned ? steps.at(-1)!.ms : null;
        const startYear = new Date(s.ms).getUTCFullYear();
        const validUntil = isoDay(
          Date.UTC(
            new Date(s.ms).getUTCFullYear(),
            new Date(s.ms).getUTCMonth() + ctx.settings.cardValidityMonths,
            new Date(s.ms).getUTCDate(),
          ),
        );
        const handoverMs = s.ms;
        after.push(() => {
          put(ctx, 'loans', [
            thisLoan,
            programmeId,
            householdId(ctx, householdIndex),
            householdIndex < layout.spec.pupils ? pupilId(ctx, householdIndex) : null,
            deviceId,
            null,
            returned ? 'returned' : 'active',
            isoDay(handoverMs),
            `${startYear + 3}-07-04`,
            returnMs === null ? null : iso(returnMs),
            returned ? 'returned' : null,
            iso(handoverMs),
            iso(returnMs ?? handoverMs),
          ]);
          loans += 1;
          writeCard(ctx, seq, sessions, figures, {
            cardIndex: d,
            household: householdIndex,
            householdId: householdId(ctx, householdIndex),
            issuedMs: handoverMs + 10 * 60_000,
            validUntil,
          });
          cards += 1;
        });
      }
      if (s.effect === 'return') Object.assign(details, { loanId });
      event('transition', state, to, s.station, s.ms, { ...details, previous }, s.reason ?? null, actor);
      state = to;
      stateSince = s.ms;
      outcome = outcomeOf(to);
    }
    const inventoried = inventoryId !== null;
    put(ctx, 'devices', [
      deviceId,
      programmeId,
      tag,
      template.kind,
      inventoried ? template.make : null,
      inventoried ? template.model : null,
      inventoried ? serial : null,
      null,
      inSchool ? null : lotId,
      inSchool ? territory.schoolIds[d % territory.schoolIds.length]! : null,
      null,
      inventoried ? template.grade : null,
      inventoried ? template.gradeReasons : null,
      state,
      iso(stateSince),
      inventoryId,
      imageRow?.[0] ?? null,
      imageRow?.[1] ?? null,
      imageRow?.[2] ?? null,
      outcome,
      2015 + below(seed, S.device, d, 5, 4),
      iso(receivedMs),
      iso(Math.max(stateSince, receivedMs)),
      inSchool ? 'cycle2' : null,
    ]);
    for (const row of eventRows) put(ctx, 'device_events', row);
    for (const write of after) write();
    if (d % 2_000 === 1_999) {
      await ctx.sink.drain();
      if (d % 100_000 === 99_999) ctx.log(`devices: ${d + 1} / ${D}`);
    }
  }
  await ctx.sink.drain();
  return { cards, loans };
}
