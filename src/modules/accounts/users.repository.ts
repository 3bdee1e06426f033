import { type Insertable, PostgresAdapter, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { RoleAssignmentsTable, UsersTable } from './accounts.tables.js';

export async function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(db: Executor, userId: string) {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

export async function insertUser(db: Executor, row: Insertable<UsersTable>): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUser(
  db: Executor,
  userId: string,
  changes: Updateable<Omit<UsersTable, 'id' | 'email' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', userId).execute();
}

export async function insertRoleAssignment(db: Executor, row: Insertable<RoleAssignmentsTable>): Promise<void> {
  await db.insertInto('role_assignments').values(row).execute();
}

export async function findRoleAssignment(
  db: Executor,
  programmeId: string,
  match: { userId: string; role: string; organisationId: string | null },
) {
  let q = db
    .selectFrom('role_assignments')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('user_id', '=', match.userId)
    .where('role', '=', match.role);
  q =
    match.organisationId === null
      ? q.where('organisation_id', 'is', null)
      : q.where('organisation_id', '=', match.organisationId);
  return q.executeTakeFirst();
}

export async function findRoleAssignmentById(db: Executor, programmeId: string, assignmentId: string) {
  return db
    .selectFrom('role_assignments')
    .innerJoin('users', 'users.id', 'role_assignments.user_id')
    .select([
      'role_assignments.id',
      'role_assignments.user_id',
      'role_assignments.role',
      'role_assignments.organisation_id',
      'users.email',
    ])
    .where('role_assignments.programme_id', '=', programmeId)
    .where('role_assignments.id', '=', assignmentId)
    .executeTakeFirst();
}

export async function deleteRoleAssignment(db: Executor, programmeId: string, assignmentId: string): Promise<void> {
  await db
    .deleteFrom('role_assignments')
    .where('programme_id', '=', programmeId)
    .where('id', '=', assignmentId)
    .execute();
}

/**
 * The admin assignments of a programme, locked on PostgreSQL until the transaction ends, so two
 * admins removing each other at the same moment cannot leave the programme without one (SQLite
 * has a single writer already).
 */
export async function lockAdminAssignments(
  db: Executor,
  programmeId: string,
): Promise<{ id: string; user_id: string }[]> {
  const q = db
    .selectFrom('role_assignments')
    .select(['id', 'user_id'])
    .where('programme_id', '=', programmeId)
    .where('role', '=', 'admin');
  return db.getExecutor().adapter instanceof PostgresAdapter ? q.forUpdate().execute() : q.execute();
}

export async function findOrganisationInProgramme(db: Executor, programmeId: string, organisationId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', organisationId)
    .executeTakeFirst();
}

/** Every role of a user, with its programme and organisation (for /me). */
export async function listRolesOfUser(db: Executor, userId: string) {
  return db
    .selectFrom('role_assignments')
    .innerJoin('programmes', 'programmes.id', 'role_assignments.programme_id')
    .leftJoin('organisations', 'organisations.id', 'role_assignments.organisation_id')
    .select([
      'role_assignments.id as assignment_id',
      'role_assignments.role',
      'programmes.id as programme_id',
      'programmes.slug',
      'programmes.name as programme_name',
      'programmes.country',
      'programmes.locale',
      'programmes.languages',
      'organisations.id as organisation_id',
      'organisations.name as organisation_name',
      'organisations.kind as organisation_kind',
    ])
    .where('role_assignments.user_id', '=', userId)
    .orderBy('programmes.name')
    .orderBy('role_assignments.created_at')
    .execute();
}

/**
 * One page of the people holding a role in one programme, by name after the key (display name,
 * id): the users (display_name, id) index read in order, each probed in the role_assignments
 * (programme_id, user_id, …) unique index (migration 0009).
 */
export async function listPeoplePage(
  db: Executor,
  programmeId: string,
  page: { after?: readonly [displayName: string, id: string] | undefined; limit: number },
) {
  let query = db
    .selectFrom('users')
    .select(['users.id', 'users.email', 'users.display_name', 'users.disabled_at'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('role_assignments as r')
          .select('r.id')
          .where('r.programme_id', '=', programmeId)
          .whereRef('r.user_id', '=', 'users.id'),
      ),
    );
  const after = page.after;
  if (after) {
    query = query.where((eb) => eb(eb.refTuple('users.display_name', 'users.id'), '>', eb.tuple(after[0], after[1])));
  }
  return query.orderBy('users.display_name').orderBy('users.id').limit(page.limit).execute();
}

/** The roles in one programme of the given people, with their organisation. */
export async function listRolesOfPeople(db: Executor, programmeId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('role_assignments')
    .leftJoin('organisations', 'organisations.id', 'role_assignments.organisation_id')
    .select([
      'role_assignments.user_id',
      'role_assignments.id as assignment_id',
      'role_assignments.role',
      'organisations.id as organisation_id',
      'organisations.name as organisation_name',
      'organisations.kind as organisation_kind',
    ])
    .where('role_assignments.programme_id', '=', programmeId)
    .where('role_assignments.user_id', 'in', [...userIds])
    .orderBy('role_assignments.created_at')
    .execute();
}
