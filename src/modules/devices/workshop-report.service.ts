import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import { getProgramme } from '../programmes/programmes.service.js';
import {
  type DeviceGrade,
  type DeviceKind,
  type DeviceState,
  deviceGrades,
  deviceKinds,
  deviceStates,
  workshopStates,
} from './device-states.js';
import { deviceMessages } from './devices.messages.js';
import { type Device, toDevice } from './devices.service.js';
import {
  countDevicesBy,
  countDevicesReceivedSince,
  listDevicesInStateSince,
  listWorkEvents,
} from './workshop-report.repository.js';

const DAY_MS = 86_400_000;

/** Time since reception, in days: the buckets of the stock view. */
export const ageBuckets = ['0-6', '7-29', '30-89', '90+'] as const;
const AGE_BOUNDS_DAYS = [7, 30, 90];

/** A ready device waits for a family: that is stock, not a device stuck in refurbishment. */
const STUCK_STATES = workshopStates.filter((s) => s !== 'ready');
const MAX_STUCK = 200;

export interface WorkshopStock {
  /** Every device of the programme, whatever its state. */
  byState: Record<DeviceState, number>;
  /** Devices in the workshop (received … ready, returned); "none" before any grading. */
  byGrade: Record<DeviceGrade | 'none', number>;
  byKind: Record<DeviceKind, number>;
  /** Days since reception of the devices in the workshop. */
  byAge: Record<(typeof ageBuckets)[number], number>;
  stuckAfterDays: number;
  /** In the same refurbishment step for longer than stuckAfterDays, longest first (at most 200). */
  stuck: Device[];
}

function tally<K extends string>(keys: readonly K[], rows: { key: string | null; count: number }[], none?: K) {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) {
    const key = (r.key ?? none) as K | undefined;
    if (key !== undefined && key in out) out[key] += r.count;
  }
  return out;
}

export async function getWorkshopStock(
  db: Executor,
  programmeId: string,
  options: { days?: number | undefined } = {},
  now: Date = new Date(),
): Promise<WorkshopStock> {
  const stuckAfterDays = options.days ?? (await getProgramme(db, programmeId)).settings.stuckAfterDays;
  const byState = tally(deviceStates, await countDevicesBy(db, programmeId, 'state', null));
  const byGrade = tally(
    [...deviceGrades, 'none'],
    await countDevicesBy(db, programmeId, 'grade', workshopStates),
    'none',
  );
  const byKind = tally(deviceKinds, await countDevicesBy(db, programmeId, 'kind', workshopStates));
  const bounds = AGE_BOUNDS_DAYS.map((d) => new Date(now.getTime() - d * DAY_MS).toISOString());
  const { total, since } = await countDevicesReceivedSince(db, programmeId, workshopStates, bounds);
  const [under7 = 0, under30 = 0, under90 = 0] = since;
  const byAge = { '0-6': under7, '7-29': under30 - under7, '30-89': under90 - under30, '90+': total - under90 };
  const before = new Date(now.getTime() - stuckAfterDays * DAY_MS).toISOString();
  const stuck = (await listDevicesInStateSince(db, programmeId, STUCK_STATES, before, MAX_STUCK)).map(toDevice);
  return { byState, byGrade, byKind, byAge, stuckAfterDays, stuck };
}

/** Time between scanning a device and finishing the step; longer is a forgotten screen, not work. */
const MAX_EVENT_MINUTES = 4 * 60;
const MAX_PERIOD_DAYS = 366;

export interface ActivityRow {
  userId: string;
  label: string;
  station: string | null;
  /** Distinct devices this person handled at this station in the period. */
  devices: number;
  /** Sum of (done − scanned) per event, each capped at 4 hours; events without a scan time count 0. */
  minutes: number;
}

/** Who did what, per person and station, in [from, to): devices handled and minutes spent. */
export async function getWorkshopActivity(
  db: Executor,
  programmeId: string,
  period: { from?: string | undefined; to?: string | undefined },
  lang: Language = defaultLanguage,
  now: Date = new Date(),
): Promise<{ from: string; to: string; rows: ActivityRow[] }> {
  const to = period.to ? new Date(period.to) : now;
  const from = period.from ? new Date(period.from) : new Date(to.getTime() - 7 * DAY_MS);
  const m = deviceMessages(lang);
  if (from.getTime() > to.getTime()) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'query.from', code: 'from_after_to', message: m.from_after_to }],
    });
  }
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'query.from', code: 'period_too_long', message: m.period_too_long }],
    });
  }
  const events = await listWorkEvents(db, programmeId, from.toISOString(), to.toISOString());
  const groups = new Map<string, ActivityRow & { deviceIds: Set<string>; ms: number }>();
  for (const e of events) {
    const key = `${e.actor_user_id}\u0000${e.station ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        userId: e.actor_user_id,
        label: e.display_name ?? e.actor_label,
        station: e.station,
        devices: 0,
        minutes: 0,
        deviceIds: new Set(),
        ms: 0,
      };
      groups.set(key, g);
    }
    g.deviceIds.add(e.device_id);
    if (e.started_at) {
      const spent = Date.parse(e.occurred_at) - Date.parse(e.started_at);
      g.ms += Math.min(Math.max(spent, 0), MAX_EVENT_MINUTES * 60_000);
    }
  }
  const rows = [...groups.values()]
    .map(({ deviceIds, ms, ...row }) => ({ ...row, devices: deviceIds.size, minutes: Math.round(ms / 60_000) }))
    .sort((a, b) => a.label.localeCompare(b.label) || (a.station ?? '').localeCompare(b.station ?? ''));
  return { from: from.toISOString(), to: to.toISOString(), rows };
}
