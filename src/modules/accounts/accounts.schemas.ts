import { z } from 'zod';
import { keysetQueryFields, nextCursorField } from '../../platform/db/keyset.js';
import { organisationKinds, roles } from '../../platform/auth/roles.js';
import { apiTokenPurposes } from './api-tokens.service.js';

const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
/** Passwords are not trimmed; the upper bound keeps scrypt work per request bounded. */
const password = z.string().min(1).max(1024);
const secretToken = z.string().min(16).max(200);
const organisationRef = z.object({ id: z.string(), name: z.string(), kind: z.enum(organisationKinds) }).nullable();

export const loginBody = z.strictObject({
  // Not validated as an email: a typo answers "wrong email or password", like any unknown address.
  email: z.string().trim().toLowerCase().min(1).max(254),
  password,
});

export const meSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), displayName: z.string(), locale: z.string().nullable() }),
    programmes: z.array(
      z.object({
        id: z.string(),
        slug: z.string(),
        name: z.string(),
        country: z.string(),
        locale: z.string(),
        languages: z.array(z.string()),
        roles: z.array(z.object({ role: z.enum(roles), organisation: organisationRef })),
        permissions: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'Me' });

export const updateMeBody = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  locale: z.enum(['fr', 'en']).optional(),
});

export const changePasswordBody = z.strictObject({ currentPassword: password, newPassword: password });

export const passwordResetBody = z.strictObject({ email });
export const passwordResetConfirmBody = z.strictObject({ token: secretToken, newPassword: password });

export const invitationBody = z.strictObject({
  email,
  displayName: z.string().trim().min(1).max(120),
  role: z.enum(roles),
  organisationId: z.uuid().nullable().optional(),
});

export const invitationSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), displayName: z.string() }),
  role: z.enum(roles),
  organisationId: z.string().nullable(),
  assignmentId: z.string(),
});

export const acceptInvitationBody = z.strictObject({
  token: secretToken,
  password,
  displayName: z.string().trim().min(1).max(120).optional(),
});

export const peopleSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      displayName: z.string(),
      disabled: z.boolean(),
      roles: z.array(z.object({ assignmentId: z.string(), role: z.enum(roles), organisation: organisationRef })),
    }),
  ),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: nextCursorField,
});

export const peopleQuery = z.strictObject(keysetQueryFields);

export const createApiTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  purpose: z.enum(apiTokenPurposes),
});

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  purpose: z.string(),
  tokenPrefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const createdApiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  purpose: z.string(),
  /** Shown once: only its hash is kept. */
  token: z.string(),
  tokenPrefix: z.string(),
  createdAt: z.string(),
});

export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });
