import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../platform/auth/session-cookie.js';
import { problemResponses, problemSchema } from '../../platform/http/common.schemas.js';
import { auditActorOf, requireUser } from '../../platform/http/request-context.js';
import { kickMailWorker } from '../../platform/mail/outbox.js';
import {
  acceptInvitationBody,
  changePasswordBody,
  loginBody,
  meSchema,
  passwordResetBody,
  passwordResetConfirmBody,
} from './accounts.schemas.js';
import { acceptInvitation } from './invitations.service.js';
import { login, logout } from './login.service.js';
import { getMe } from './me.service.js';
import { changePassword, confirmPasswordReset, requestPasswordReset } from './password.service.js';

const withGone = { ...problemResponses, 410: problemSchema };

/** httpOnly (no script reads it), SameSite=Lax, Secure whenever the app is reached over HTTPS. */
function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  const config = request.server.config;
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: config.publicBaseUrl.startsWith('https:') || request.protocol === 'https',
    maxAge: config.sessionTtlHours * 3600,
  });
}

function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax' });
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: loginBody,
        response: { 200: meSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { token, userId } = await login(
        app.db,
        {
          ...request.body,
          ip: request.ip,
          previousSessionToken: request.cookies[SESSION_COOKIE],
          refuseDemoAccounts: app.config.env === 'production',
        },
        app.config.sessionTtlHours,
      );
      setSessionCookie(request, reply, token);
      return getMe(app.db, userId);
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends the session',
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = request.actor?.kind === 'user' ? auditActorOf(request.actor) : null;
      await app.db.transaction().execute((trx) => logout(trx, request.cookies[SESSION_COOKIE], actor));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change my password; every other session ends',
        body: changePasswordBody,
        response: { 200: meSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const { token } = await changePassword(
        app.db,
        actor.userId,
        request.body,
        request.lang,
        app.config.sessionTtlHours,
      );
      setSessionCookie(request, reply, token);
      return getMe(app.db, actor.userId);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'Ask for a password reset link (same answer whether the account exists or not)',
        body: passwordResetBody,
        response: { 202: z.object({}), ...problemResponses },
      },
    },
    async (request, reply) => {
      const mailed = await requestPasswordReset(
        app.db,
        { email: request.body.email, ip: request.ip },
        app.config.publicBaseUrl,
      );
      if (mailed) kickMailWorker();
      return reply.status(202).send({});
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Choose a new password with the link from the mail',
        body: passwordResetConfirmBody,
        response: { 204: z.null(), ...withGone },
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(app.db, request.body, request.lang);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/invitations/accept',
    {
      schema: {
        tags: ['auth'],
        summary: 'Accept an invitation: choose a password and sign in',
        body: acceptInvitationBody,
        response: { 200: meSchema, ...withGone },
      },
    },
    async (request, reply) => {
      const { token, userId } = await acceptInvitation(app.db, request.body, request.lang, app.config.sessionTtlHours);
      setSessionCookie(request, reply, token);
      return getMe(app.db, userId);
    },
  );
};
