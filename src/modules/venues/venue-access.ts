import type { AuditActor, UserActor } from '../../platform/auth/actor.js';
import { type Permission, grantsWith } from '../../platform/auth/policies.js';
import { AppError } from '../../platform/errors.js';
import { auditActorOf } from '../../platform/http/request-context.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import { venueMessages } from './venues.messages.js';
import { practicalVenueFields } from './venues.schemas.js';

/**
 * The venues a person may see with a permission: undefined for a programme-wide grant (admin,
 * coordinator), else the venues her grants are held for (venue staff: their own venue). Another
 * venue is then answered like one that does not exist (404), as another programme is.
 * Sessions, check-in and statements use the same rule.
 */
export function visibleVenueIds(actor: UserActor, programmeId: string, permission: Permission): string[] | undefined {
  const grants = grantsWith(actor, programmeId, permission);
  if (grants.some((g) => g.organisationId === null)) return undefined;
  return grants.map((g) => g.organisationId).filter((id): id is string => id !== null);
}

export function canSeeVenue(actor: UserActor, programmeId: string, permission: Permission, venueId: string): boolean {
  const ids = visibleVenueIds(actor, programmeId, permission);
  return ids === undefined || ids.includes(venueId);
}

/**
 * Who may change what on a venue: venue.manage (admin, coordinator) every field; venue staff
 * (training.manage held for the venue) only the practical fields of their own venue — opening
 * hours, public transport, accessibility notes — else 403. Another venue is 404 for them.
 */
export function authoriseVenueUpdate(
  actor: UserActor,
  programmeId: string,
  venueId: string,
  changes: Record<string, unknown>,
  lang: Language = defaultLanguage,
): AuditActor {
  const full = grantsWith(actor, programmeId, 'venue.manage');
  if (full.length > 0) return auditActorOf(actor, full[0]!.role);
  const own = grantsWith(actor, programmeId, 'training.manage').find(
    (g) => g.organisationId === venueId || g.organisationId === null,
  );
  if (!own) throw new AppError('VENUE_NOT_FOUND', { detail: venueMessages(lang).not_a_venue });
  const touched = Object.keys(changes).filter((k) => changes[k] !== undefined);
  if (touched.some((k) => !(practicalVenueFields as readonly string[]).includes(k))) {
    throw new AppError('FORBIDDEN', { detail: venueMessages(lang).practical_fields_only });
  }
  return auditActorOf(actor, own.role);
}
