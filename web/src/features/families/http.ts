import { ApiError, request } from '../../api/client';

/** Small helpers shared by the schools, families and campaign pages (the workshop keeps its own). */
const enc = encodeURIComponent;
export { enc, request };

export function programmeUrl(slug: string, rest: string): string {
  return `/api/v1/programmes/${enc(slug)}/${rest}`;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query: Query): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The ApiError for a refused answer (problem+json, or a bare status). */
export async function problemOf(res: Response): Promise<ApiError> {
  const text = await res.text();
  let p: { code?: unknown; title?: unknown; errors?: unknown } | undefined;
  try {
    p = text ? (JSON.parse(text) as typeof p) : undefined;
  } catch {
    p = undefined;
  }
  return new ApiError(
    res.status,
    p && typeof p.code === 'string'
      ? {
          code: p.code,
          title: typeof p.title === 'string' ? p.title : '',
          errors: Array.isArray(p.errors) ? (p.errors as ApiError['errors']) : [],
        }
      : { code: 'UNKNOWN', title: '' },
  );
}

/** Sends a file as it is (a pupil list, a proof of subscription): the server reads the raw body. */
export async function sendFile<T>(path: string, file: Blob, contentType: string): Promise<T> {
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
  if (!res.ok) throw await problemOf(res);
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
