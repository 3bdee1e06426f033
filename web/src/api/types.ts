/**
 * Types of the API as the web app uses them, all derived from web/src/api/schema.d.ts, which
 * `npm run openapi` generates from the server's zod schemas (a test fails when it drifts).
 */
import type { components, paths } from './schema';

type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody?: infer R }
  ? JsonBody<NonNullable<R>>
  : never;
type OkBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: { 200: infer R } }
  ? JsonBody<R>
  : never;

export type Me = components['schemas']['Me'];
export type MeProgramme = Me['programmes'][number];
export type Role = MeProgramme['roles'][number]['role'];
export type OrganisationRef = NonNullable<MeProgramme['roles'][number]['organisation']>;
export type OrganisationKind = OrganisationRef['kind'];

/** Every role, in the order the server lists them; the type check fails if one is missing. */
export const ROLES = [
  'admin',
  'coordinator',
  'workshop_supervisor',
  'workshop_operator',
  'teacher',
  'committee_member',
  'school_director',
  'venue_staff',
  'donor',
  'family',
] as const satisfies readonly Role[];
type MissingRole = Exclude<Role, (typeof ROLES)[number]>;
const allRolesListed: MissingRole extends never ? true : false = true;
void allRolesListed;

export type LoginBody = RequestBody<'/api/v1/auth/login', 'post'>;
export type UpdateMeBody = RequestBody<'/api/v1/me', 'patch'>;
export type PasswordResetBody = RequestBody<'/api/v1/auth/password-reset', 'post'>;
export type PasswordResetConfirmBody = RequestBody<'/api/v1/auth/password-reset/confirm', 'post'>;
export type AcceptInvitationBody = RequestBody<'/api/v1/auth/invitations/accept', 'post'>;
export type ChangePasswordBody = RequestBody<'/api/v1/auth/password', 'post'>;

export type Organisation = components['schemas']['Organisation'];
export type OrganisationList = OkBody<'/api/v1/programmes/{programme}/organisations', 'get'>;

export type ProgrammeUserList = OkBody<'/api/v1/programmes/{programme}/users', 'get'>;
export type ProgrammeUser = ProgrammeUserList['items'][number];

export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditEventList = OkBody<'/api/v1/programmes/{programme}/audit-events', 'get'>;

export type Problem = components['schemas']['Problem'];
export type FieldError = NonNullable<Problem['errors']>[number];
