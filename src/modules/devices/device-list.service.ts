import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import { formatAssetTag, parseAssetTag } from './asset-tag.js';
import type { DeviceGrade, DeviceKind, DeviceState } from './device-states.js';
import { type DeviceSort, deviceSorts, listDevices, sortColumn } from './device-list.repository.js';
import { deviceMessages } from './devices.messages.js';
import { type DeviceRow, findDeviceByAssetTag } from './devices.repository.js';
import { type Device, toDevice } from './devices.service.js';

export interface DeviceListQuery {
  state?: DeviceState | undefined;
  grade?: DeviceGrade | undefined;
  kind?: DeviceKind | undefined;
  lotId?: string | undefined;
  q?: string | undefined;
  sort: DeviceSort;
  cursor?: string | undefined;
  limit: number;
}

/** The cursor names its sort: a cursor from another order is refused rather than misread. */
function encodeCursor(sort: DeviceSort, row: DeviceRow): string {
  return Buffer.from(JSON.stringify([sort, row[sortColumn(sort)], row.id])).toString('base64url');
}

function decodeCursor(cursor: string, sort: DeviceSort): { value: string; id: string } | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 3 && v[0] === sort && typeof v[1] === 'string' && typeof v[2] === 'string') {
      return { value: v[1], id: v[2] };
    }
  } catch {
    // not JSON: refused below like any other malformed cursor
  }
  return undefined;
}

/**
 * One page of the programme's devices. `q` is an asset tag as typed or scanned (exact match),
 * or else a prefix of the tag or of the serial.
 */
export async function listDevicePage(
  db: Executor,
  programmeId: string,
  query: DeviceListQuery,
  lang: Language = defaultLanguage,
): Promise<{ items: Device[]; nextCursor: string | null }> {
  const after = query.cursor ? decodeCursor(query.cursor, query.sort) : undefined;
  if (query.cursor && !after) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'query.cursor', code: 'invalid_cursor', message: deviceMessages(lang).invalid_cursor }],
    });
  }
  const q = query.q?.trim() || undefined;
  const parsed = q ? parseAssetTag(q) : undefined;
  const rows = await listDevices(db, programmeId, {
    state: query.state,
    grade: query.grade,
    kind: query.kind,
    lotId: query.lotId,
    assetTag: parsed?.ok ? parsed.tag : undefined,
    prefix: parsed?.ok ? undefined : q,
    sort: query.sort,
    after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toDevice),
    nextCursor: rows.length > query.limit && last ? encodeCursor(query.sort, last) : null,
  };
}

export { deviceSorts };

/**
 * Finds a device from a scanned or typed tag. A tag that cannot be one is a 400 naming the
 * field; a wrong check letter says which letter was expected (a misread digit, usually).
 */
export async function getDeviceByTag(
  db: Executor,
  programmeId: string,
  raw: string,
  lang: Language = defaultLanguage,
): Promise<Device> {
  const m = deviceMessages(lang);
  const parsed = parseAssetTag(raw);
  if (!parsed.ok) {
    const message =
      parsed.reason === 'check_character'
        ? format(m.tag_check_letter, { expected: parsed.expected ?? '?' })
        : format(m.tag_format, { example: formatAssetTag('GB', 4217) });
    throw new AppError('INVALID_ASSET_TAG', {
      detail: message,
      params: parsed.expected ? { expected: parsed.expected } : {},
      fields: [{ field: 'params.tag', code: `asset_tag_${parsed.reason}`, message }],
    });
  }
  const row = await findDeviceByAssetTag(db, programmeId, parsed.tag);
  if (!row) throw new AppError('DEVICE_NOT_FOUND');
  return toDevice(row);
}
