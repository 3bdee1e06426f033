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

import type { SchoolYearsTable } from '../../modules/schools/schools.tables.js';
import type {
  HouseholdsTable,
  HouseholdGuardiansTable,
  HouseholdContactsTable,
  PupilsTable,
  HouseholdMergeProposalsTable,
} from '../../modules/households/households.tables.js';
import type {
  PupilImportsTable,
  PupilImportFilesTable,
  ImportMappingsTable,
} from '../../modules/imports/imports.tables.js';
import type {
  CampaignsTable,
  CampaignSchoolsTable,
  CampaignHouseholdsTable,
  AllocationRunsTable,
  AllocationsTable,
} from '../../modules/campaigns/campaigns.tables.js';
import type {
  DistributionEventsTable,
  DistributionSlotsTable,
  AppointmentsTable,
  InvitationSendsTable,
} from '../../modules/distribution/distribution.tables.js';
import type { HandoversTable, LoansTable, LoanEventsTable } from '../../modules/handover/handover.tables.js';
import type { CardLedgerTable, CardsTable } from '../../modules/cards/cards.tables.js';
import type { TrainingThemesTable, VenueRoomsTable, VenuesTable } from '../../modules/venues/venues.tables.js';
import type {
  TrainingBookingsTable,
  TrainingSeriesTable,
  TrainingSessionsTable,
} from '../../modules/trainings/trainings.tables.js';
import type { TrainingCheckinsTable } from '../../modules/checkin/checkin.tables.js';
import type { VenueStatementLinesTable, VenueStatementsTable } from '../../modules/statements/statements.tables.js';
import type { JobsTable } from '../jobs/jobs.tables.js';
import type {
  BookingDayCountsTable,
  CampaignStatusCountsTable,
  DeviceStateCountsTable,
  SchoolYearPupilCountsTable,
  TrainingDailyFiguresTable,
} from '../../modules/dashboard/dashboard.tables.js';
import type { PaymentBatchesTable, GrantClaimsTable } from '../../modules/grants/grants.tables.js';
import type { AttachmentsTable } from '../files/attachments.tables.js';
import type {
  CatalogueCommentsTable,
  CatalogueProfilesTable,
  CatalogueProfileVersionsTable,
  CatalogueProposalsTable,
  CatalogueResourcesTable,
  CatalogueVersionItemsTable,
  CatalogueVotesTable,
  DebianIndexesTable,
  DebianPackagesTable,
  DeviceConformityTable,
} from '../../modules/catalogue/catalogue.tables.js';

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
  school_years: SchoolYearsTable;
  households: HouseholdsTable;
  household_guardians: HouseholdGuardiansTable;
  household_contacts: HouseholdContactsTable;
  pupils: PupilsTable;
  household_merge_proposals: HouseholdMergeProposalsTable;
  pupil_imports: PupilImportsTable;
  pupil_import_files: PupilImportFilesTable;
  import_mappings: ImportMappingsTable;
  campaigns: CampaignsTable;
  campaign_schools: CampaignSchoolsTable;
  campaign_households: CampaignHouseholdsTable;
  allocation_runs: AllocationRunsTable;
  allocations: AllocationsTable;
  distribution_events: DistributionEventsTable;
  distribution_slots: DistributionSlotsTable;
  appointments: AppointmentsTable;
  invitation_sends: InvitationSendsTable;
  handovers: HandoversTable;
  loans: LoansTable;
  loan_events: LoanEventsTable;
  cards: CardsTable;
  card_ledger: CardLedgerTable;
  payment_batches: PaymentBatchesTable;
  grant_claims: GrantClaimsTable;
  attachments: AttachmentsTable;
  venues: VenuesTable;
  venue_rooms: VenueRoomsTable;
  training_themes: TrainingThemesTable;
  training_series: TrainingSeriesTable;
  training_sessions: TrainingSessionsTable;
  training_bookings: TrainingBookingsTable;
  training_checkins: TrainingCheckinsTable;
  jobs: JobsTable;
  venue_statements: VenueStatementsTable;
  venue_statement_lines: VenueStatementLinesTable;
  catalogue_resources: CatalogueResourcesTable;
  catalogue_profiles: CatalogueProfilesTable;
  catalogue_profile_versions: CatalogueProfileVersionsTable;
  catalogue_version_items: CatalogueVersionItemsTable;
  catalogue_proposals: CatalogueProposalsTable;
  catalogue_votes: CatalogueVotesTable;
  catalogue_comments: CatalogueCommentsTable;
  debian_indexes: DebianIndexesTable;
  debian_packages: DebianPackagesTable;
  device_conformity: DeviceConformityTable;
  training_daily_figures: TrainingDailyFiguresTable;
  device_state_counts: DeviceStateCountsTable;
  campaign_status_counts: CampaignStatusCountsTable;
  school_year_pupil_counts: SchoolYearPupilCountsTable;
  booking_day_counts: BookingDayCountsTable;
}
