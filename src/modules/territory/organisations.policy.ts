import type { AuditActor, UserActor } from '../../platform/auth/actor.js';
import { canForOrganisation, grantsWith } from '../../platform/auth/policies.js';
import { AppError } from '../../platform/errors.js';
import { auditActorOf } from '../../platform/http/request-context.js';
import { type Language, defaultLanguage, messages } from '../../platform/i18n/i18n.js';
import type { OrganisationChanges } from './organisations.service.js';

/** What a school director may change on her own school (organisation.update_own). */
const OWN_CONTACT_FIELDS: readonly (keyof OrganisationChanges)[] = ['addressLine', 'email', 'phone'];

/**
 * Who may change what: organisation.write (admin, coordinator) changes every field; a school
 * director (organisation.update_own) changes only the contact fields of her own school. A
 * director acting on another school gets 403, not 404: every staff member may read the
 * programme's organisations, so hiding that the school exists would protect nothing. Another
 * programme's organisation is 404 (checked before this, by loading it within the programme).
 */
export function authoriseOrganisationUpdate(
  actor: UserActor,
  programmeId: string,
  organisationId: string,
  changes: OrganisationChanges,
  lang: Language = defaultLanguage,
): AuditActor {
  const full = grantsWith(actor, programmeId, 'organisation.write');
  if (full.length > 0) return auditActorOf(actor, full[0]!.role);
  if (!canForOrganisation(actor, programmeId, 'organisation.update_own', organisationId))
    throw new AppError('FORBIDDEN');
  const touched = (Object.keys(changes) as (keyof OrganisationChanges)[]).filter((k) => changes[k] !== undefined);
  if (touched.some((k) => !OWN_CONTACT_FIELDS.includes(k))) {
    throw new AppError('FORBIDDEN', { detail: messages(lang).territory.own_contact_only });
  }
  const grant = grantsWith(actor, programmeId, 'organisation.update_own').find(
    (g) => g.organisationId === organisationId || g.organisationId === null,
  );
  return auditActorOf(actor, grant?.role ?? null);
}
