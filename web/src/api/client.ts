import type {
  AcceptInvitationBody,
  AuditEventList,
  ChangePasswordBody,
  FieldError,
  LoginBody,
  Me,
  OrganisationList,
  PasswordResetBody,
  PasswordResetConfirmBody,
  Problem,
  ProgrammeUserList,
  UpdateMeBody,
} from './types';

/** A refused or failed request: `code` is the server's error code, or NETWORK / UNKNOWN. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly errors: FieldError[];
  /** The server's explanation for the person, already in their language (e.g. the new card's number). */
  readonly detail: string | undefined;
  /** Seconds to wait, from Retry-After (429). */
  readonly retryAfter: number | undefined;

  constructor(status: number, problem: Pick<Problem, 'code' | 'title' | 'errors' | 'detail'>, retryAfter?: number) {
    super(`${status} ${problem.code}: ${problem.title}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code;
    this.title = problem.title;
    this.errors = problem.errors ?? [];
    this.detail = problem.detail ?? undefined;
    this.retryAfter = retryAfter;
  }

  /** Field errors by field name without its location prefix ('body.newPassword' → 'newPassword'). */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) {
      const name = e.field.replace(/^(body|query|params)\./, '');
      out[name] ??= e.message;
    }
    return out;
  }
}

/** Fired when the server no longer knows the session (expired, signed out elsewhere). */
export const UNAUTHORIZED_EVENT = 'cartable:unauthorized';

function isProblem(v: unknown): v is Problem {
  return typeof v === 'object' && v !== null && typeof (v as Problem).code === 'string';
}

const unknownProblem: Pick<Problem, 'code' | 'title'> = { code: 'UNKNOWN', title: '' };

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', title: '' });
  }
  if (res.status === 204 || res.status === 202) return undefined as T;
  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    const retry = Number.parseInt(res.headers.get('retry-after') ?? '', 10);
    const problem = isProblem(data) ? data : unknownProblem;
    // A refused login is not a lost session; every other 401 means "sign in again".
    if (res.status === 401 && !path.startsWith('/api/v1/auth/')) window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
    throw new ApiError(res.status, problem, Number.isFinite(retry) ? retry : undefined);
  }
  return data as T;
}

function programmePath(slug: string, rest: string): string {
  return `/api/v1/programmes/${encodeURIComponent(slug)}/${rest}`;
}

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export const api = {
  login: (body: LoginBody) => request<Me>('POST', '/api/v1/auth/login', body),
  logout: () => request<void>('POST', '/api/v1/auth/logout'),
  me: () => request<Me>('GET', '/api/v1/me'),
  updateMe: (body: UpdateMeBody) => request<Me>('PATCH', '/api/v1/me', body),
  requestPasswordReset: (body: PasswordResetBody) => request<void>('POST', '/api/v1/auth/password-reset', body),
  confirmPasswordReset: (body: PasswordResetConfirmBody) =>
    request<void>('POST', '/api/v1/auth/password-reset/confirm', body),
  acceptInvitation: (body: AcceptInvitationBody) => request<Me>('POST', '/api/v1/auth/invitations/accept', body),
  changePassword: (body: ChangePasswordBody) => request<Me>('POST', '/api/v1/auth/password', body),
  organisations: (slug: string, cursor?: string) =>
    request<OrganisationList>('GET', withQuery(programmePath(slug, 'organisations'), { cursor })),
  users: (slug: string, cursor?: string) =>
    request<ProgrammeUserList>('GET', withQuery(programmePath(slug, 'users'), { cursor })),
  auditEvents: (slug: string, before?: string) =>
    request<AuditEventList>('GET', withQuery(programmePath(slug, 'audit-events'), { before })),
};
