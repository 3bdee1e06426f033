import type { FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import { AppError } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return 'invalid';
  }
}

/**
 * CSRF protection by Origin check (OWASP "verifying origin with standard headers"), on top of the
 * SameSite=Lax cookie. A state-changing request must come from the app's own origin when it
 * carries an Origin or Referer header, and must carry one when it carries a session cookie.
 * Machines (API tokens) send neither header nor cookie and are not concerned.
 */
export function checkOrigin(request: FastifyRequest, publicBaseUrl: string): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
  const hasSessionCookie = request.cookies?.[SESSION_COOKIE] !== undefined;
  if (origin === undefined) {
    if (hasSessionCookie) throw new AppError('CSRF_ORIGIN_MISMATCH');
    return;
  }
  const allowed = new Set([new URL(publicBaseUrl).origin, `${request.protocol}://${request.host}`]);
  if (!allowed.has(origin)) throw new AppError('CSRF_ORIGIN_MISMATCH');
}
