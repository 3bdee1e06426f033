import type {
  ApiTokensTable,
  OneTimeTokensTable,
  RateLimitHitsTable,
  RoleAssignmentsTable,
  SessionsTable,
  UsersTable,
} from '../../modules/accounts/accounts.tables.js';
import type { DeviceChecksTable, DeviceEventsTable, DevicesTable } from '../../modules/devices/devices.tables.js';
import type { DonationLotsTable } from '../../modules/donations/donations.tables.js';
import type {
  DonorCertificatesTable,
  ErasureRecordsTable,
  EvidenceFilesTable,
} from '../../modules/erasure/erasure.tables.js';
import type {
  InventoriesTable,
  InventoryDisksTable,
  InventorySoftwareTable,
} from '../../modules/inventory/inventory.tables.js';
import type { ProgrammesTable } from '../../modules/programmes/programmes.tables.js';
import type { CommunesTable, OrganisationsTable } from '../../modules/territory/territory.tables.js';
import type { AuditChainHeadsTable, AuditEventsTable } from '../audit/audit.tables.js';
import type { MailOutboxTable } from '../mail/mail.tables.js';
import type { ProgrammeCountersTable } from './counters.js';

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
  programme_counters: ProgrammeCountersTable;
  donation_lots: DonationLotsTable;
  devices: DevicesTable;
  device_events: DeviceEventsTable;
  device_checks: DeviceChecksTable;
  inventories: InventoriesTable;
  inventory_disks: InventoryDisksTable;
  inventory_software: InventorySoftwareTable;
  evidence_files: EvidenceFilesTable;
  erasure_records: ErasureRecordsTable;
  donor_certificates: DonorCertificatesTable;
}
