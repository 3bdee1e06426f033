import type {
  ApiTokensTable,
  OneTimeTokensTable,
  RateLimitHitsTable,
  RoleAssignmentsTable,
  SessionsTable,
  UsersTable,
} from '../../modules/accounts/accounts.tables.js';
import type { ProgrammesTable } from '../../modules/programmes/programmes.tables.js';
import type { CommunesTable, OrganisationsTable } from '../../modules/territory/territory.tables.js';
import type { AuditChainHeadsTable, AuditEventsTable } from '../audit/audit.tables.js';
import type { MailOutboxTable } from '../mail/mail.tables.js';

/** Every table Kysely knows; each module owns the types of its own tables. */
export interface Database {
  programmes: ProgrammesTable;
  communes: CommunesTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  rate_limit_hits: RateLimitHitsTable;
  one_time_tokens: OneTimeTokensTable;
  api_tokens: ApiTokensTable;
  mail_outbox: MailOutboxTable;
  audit_chain_heads: AuditChainHeadsTable;
  audit_events: AuditEventsTable;
}
