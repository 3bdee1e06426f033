import type { AuditActor, UserActor } from '../../platform/auth/actor.js';
import { permissionsIn } from '../../platform/auth/policies.js';
import { type Role, isRole } from '../../platform/auth/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type OrganisationRef, knownRole, organisationRefOf, sortByRoleOrder } from './role-listing.js';
import { findUserById, listRolesOfUser, updateUser } from './users.repository.js';

export type { OrganisationRef };

export interface MeProgramme {
  id: string;
  slug: string;
  name: string;
  country: string;
  locale: string;
  languages: string[];
  roles: { role: Role; organisation: OrganisationRef | null }[];
  permissions: string[];
}

/** What the signed-in person may see of themselves: who they are, and what they may do where. */
export interface Me {
  user: { id: string; email: string; displayName: string; locale: string | null };
  programmes: MeProgramme[];
}

/** The person's profile and, for each programme where they hold a role, those roles and permissions. */
export async function getMe(db: Executor, userId: string): Promise<Me> {
  const user = await findUserById(db, userId);
  if (!user || user.disabled_at) throw new AppError('UNAUTHENTICATED');
  const rows = await listRolesOfUser(db, userId);
  const actor: UserActor = {
    kind: 'user',
    userId,
    email: user.email,
    displayName: user.display_name,
    locale: user.locale,
    sessionIdHash: '',
    grants: rows.flatMap((r) =>
      isRole(r.role) ? [{ programmeId: r.programme_id, role: r.role, organisationId: r.organisation_id }] : [],
    ),
  };
  const programmes = new Map<string, MeProgramme>();
  for (const r of rows) {
    const role = knownRole(r.role);
    if (!role) continue;
    let p = programmes.get(r.programme_id);
    if (!p) {
      p = {
        id: r.programme_id,
        slug: r.slug,
        name: r.programme_name,
        country: r.country,
        locale: r.locale,
        languages: JSON.parse(r.languages) as string[],
        roles: [],
        permissions: permissionsIn(actor, r.programme_id),
      };
      programmes.set(r.programme_id, p);
    }
    p.roles.push({ role, organisation: organisationRefOf(r) });
  }
  for (const p of programmes.values()) sortByRoleOrder(p.roles);
  return {
    user: { id: user.id, email: user.email, displayName: user.display_name, locale: user.locale },
    programmes: [...programmes.values()],
  };
}

export async function updateMe(
  trx: Executor,
  userId: string,
  actor: AuditActor,
  changes: { displayName?: string | undefined; locale?: 'fr' | 'en' | undefined },
): Promise<Me> {
  const user = await findUserById(trx, userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  const displayName = changes.displayName ?? user.display_name;
  const locale = changes.locale ?? user.locale;
  if (displayName !== user.display_name || locale !== user.locale) {
    await updateUser(trx, userId, { display_name: displayName, locale, updated_at: nowIso() });
    await recordAudit(trx, {
      programmeId: null,
      actor,
      entityType: 'user',
      entityId: userId,
      action: 'updated',
      summary: { changes },
    });
  }
  return getMe(trx, userId);
}
