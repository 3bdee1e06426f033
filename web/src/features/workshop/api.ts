import { ApiError, request } from '../../api/client';
import type { Programme } from './programme';
import type {
  ActivityRow,
  Certificate,
  DeclareLotBody,
  Device,
  DeviceCheck,
  DeviceDetail,
  DeviceEvent,
  DeviceKind,
  DeviceList,
  DiskProof,
  ErasureRecord,
  InventorySummary,
  Lot,
  LotList,
  LotStatusBody,
  ManifestChoice,
  MoveBody,
  PublicCertificate,
  Stock,
} from './types';

const enc = encodeURIComponent;

export function programmeUrl(slug: string, rest: string): string {
  return `/api/v1/programmes/${enc(slug)}/${rest}`;
}

function withQuery(path: string, query: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Sends a file as it is (an nwipe log, an lshw JSON): the server reads raw bodies for these. */
async function sendFile<T>(path: string, file: Blob, contentType: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': contentType, accept: 'application/json, application/problem+json' },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', title: '' });
  }
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const p = data as { code?: unknown; title?: unknown; errors?: unknown } | undefined;
    const problem =
      p && typeof p.code === 'string'
        ? {
            code: p.code,
            title: typeof p.title === 'string' ? p.title : '',
            errors: Array.isArray(p.errors) ? p.errors : [],
          }
        : { code: 'UNKNOWN', title: '' };
    throw new ApiError(res.status, problem);
  }
  return data as T;
}

export type DeviceQuery = {
  state?: string;
  grade?: string;
  kind?: string;
  lotId?: string;
  q?: string;
  sort?: string;
  cursor?: string;
  limit?: number;
};

export const workshopApi = {
  programme: (slug: string) => request<Programme>('GET', `/api/v1/programmes/${enc(slug)}`),

  devices: (slug: string, query: DeviceQuery) =>
    request<DeviceList>('GET', withQuery(programmeUrl(slug, 'devices'), query)),
  device: (slug: string, id: string) => request<DeviceDetail>('GET', programmeUrl(slug, `devices/${enc(id)}`)),
  deviceByTag: (slug: string, tag: string) => request<Device>('GET', programmeUrl(slug, `devices/by-tag/${enc(tag)}`)),
  createDevice: (slug: string, body: { kind: DeviceKind; lotId?: string; station?: string }) =>
    request<Device>('POST', programmeUrl(slug, 'devices'), body),
  createLotDevices: (slug: string, lotId: string, body: { kind: DeviceKind; count: number }) =>
    request<{ items: Device[] }>('POST', programmeUrl(slug, `lots/${enc(lotId)}/devices`), body),
  manifests: (slug: string) => request<{ items: ManifestChoice[] }>('GET', programmeUrl(slug, 'catalogue/manifests')),
  move: (slug: string, id: string, body: MoveBody) =>
    request<{ device: Device; event: DeviceEvent }>('POST', programmeUrl(slug, `devices/${enc(id)}/moves`), body),
  check: (
    slug: string,
    id: string,
    body: { items: Record<string, 'ok' | 'fail' | 'na'>; notes?: string; startedAt?: string },
  ) => request<{ device: Device; check: DeviceCheck }>('POST', programmeUrl(slug, `devices/${enc(id)}/checks`), body),
  undo: (slug: string, id: string, eventId: string) =>
    request<{ device: Device }>('POST', programmeUrl(slug, `devices/${enc(id)}/undo`), { eventId }),
  uploadInventory: (slug: string, id: string, file: File) =>
    sendFile<InventorySummary>(programmeUrl(slug, `devices/${enc(id)}/inventories`), file, 'application/json'),
  uploadNwipeLog: (slug: string, id: string, file: File) =>
    sendFile<{ records: ErasureRecord[]; evidenceId: string; duplicate: boolean }>(
      withQuery(programmeUrl(slug, `devices/${enc(id)}/erasures/nwipe`), { fileName: file.name }),
      file,
      'text/plain',
    ),
  erasures: (slug: string, id: string) =>
    request<{ records: ErasureRecord[]; disks: DiskProof[] }>('GET', programmeUrl(slug, `devices/${enc(id)}/erasures`)),
  stock: (slug: string) => request<Stock>('GET', programmeUrl(slug, 'workshop/stock')),
  activity: (slug: string, from?: string, to?: string) =>
    request<{ rows: ActivityRow[] }>('GET', withQuery(programmeUrl(slug, 'workshop/activity'), { from, to })),

  lots: (slug: string, query: { status?: string; donorId?: string; cursor?: string; limit?: number }) =>
    request<LotList>('GET', withQuery(programmeUrl(slug, 'lots'), query)),
  lot: (slug: string, id: string) => request<Lot>('GET', programmeUrl(slug, `lots/${enc(id)}`)),
  lotByReference: (slug: string, reference: string) =>
    request<Lot>('GET', programmeUrl(slug, `lots/by-reference/${enc(reference)}`)),
  declareLot: (slug: string, body: DeclareLotBody) => request<Lot>('POST', programmeUrl(slug, 'lots'), body),
  moveLot: (slug: string, id: string, body: LotStatusBody) =>
    request<Lot>('POST', programmeUrl(slug, `lots/${enc(id)}/status`), body),
  certificates: (slug: string, lotId: string) =>
    request<{ items: Certificate[] }>('GET', programmeUrl(slug, `lots/${enc(lotId)}/certificates`)),
  issueCertificate: (slug: string, lotId: string) =>
    request<Certificate>('POST', programmeUrl(slug, `lots/${enc(lotId)}/certificates`)),

  publicCertificate: (code: string) => request<PublicCertificate>('GET', `/api/v1/public/certificates/${enc(code)}`),
};

/** Addresses opened in a new tab (PDF, evidence files): the browser sends the session cookie. */
export const workshopFiles = {
  deviceLabel: (slug: string, id: string, format: 'a4' | 'roll') =>
    withQuery(programmeUrl(slug, `devices/${enc(id)}/label.pdf`), { format }),
  lotLabels: (slug: string, lotId: string, format: 'a4' | 'roll', page = 1) =>
    withQuery(programmeUrl(slug, `lots/${enc(lotId)}/labels.pdf`), { format, page }),
  certificate: (slug: string, lotId: string, certificateId: string) =>
    programmeUrl(slug, `lots/${enc(lotId)}/certificates/${enc(certificateId)}.pdf`),
  evidence: (slug: string, evidenceId: string) => programmeUrl(slug, `evidence/${enc(evidenceId)}`),
};
