import type { FastifyInstance } from 'fastify';
import { LANGUAGE_COOKIE, SESSION_COOKIE } from '../../platform/auth/session-cookie.js';
import { AppError } from '../../platform/errors.js';
import { checkOrigin } from '../../platform/http/csrf.js';
import { negotiateLanguage } from '../../platform/i18n/i18n.js';
import { actorFromApiToken, actorFromSession } from './sessions.service.js';

function bearerOrBasicToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, value] = header.split(' ', 2);
  if (!value) return undefined;
  if (scheme?.toLowerCase() === 'bearer') return value.trim();
  if (scheme?.toLowerCase() === 'basic') {
    // Inventory agents only speak HTTP Basic: the token is the password (the user name is free).
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 ? decoded.slice(colon + 1) : undefined;
  }
  return undefined;
}

/** Sets request.lang and request.actor on every request, and enforces the Origin check. */
export async function registerAuthHooks(app: FastifyInstance): Promise<void> {
  app.decorateRequest('lang', 'fr');
  app.decorateRequest('actor', undefined);
  app.addHook('onRequest', async (request) => {
    request.lang = negotiateLanguage(request.cookies[LANGUAGE_COOKIE], request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return;
    checkOrigin(request, app.config.publicBaseUrl);
    const apiToken = bearerOrBasicToken(request.headers.authorization);
    if (apiToken) {
      request.actor = await actorFromApiToken(app.db, apiToken);
      if (!request.actor) throw new AppError('INVALID_API_TOKEN');
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) request.actor = await actorFromSession(app.db, cookie, app.config.sessionTtlHours);
  });
}
