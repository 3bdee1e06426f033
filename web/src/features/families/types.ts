/**
 * Shapes of the schools, families, campaign, handover, loan and grant API, all derived from
 * web/src/api/schema.d.ts (`npm run openapi` generates it from the server's zod schemas).
 */
import type { components, paths } from '../../api/schema';

type Schemas = components['schemas'];
type P = paths;
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Ok<Path extends keyof P, M extends keyof P[Path]> = P[Path][M] extends { responses: infer R }
  ? R extends { 200: infer A }
    ? Json<A>
    : R extends { 201: infer C }
      ? Json<C>
      : never
  : never;
type Base = '/api/v1/programmes/{programme}';

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export type SchoolYear = Schemas['SchoolYear'];
export type School = Schemas['School'];
export type SchoolList = Ok<`${Base}/schools`, 'get'>;
export type SchoolSector = NonNullable<School['sector']>;
export type SchoolCohort = Schemas['SchoolCohort'];
export type CohortPupil = SchoolCohort['pupils'][number];

export type PupilImport = Schemas['PupilImport'];
export type ImportReport = Schemas['ImportReport'] & { committedAt?: string | null };
export type ImportListItem = Ok<`${Base}/imports`, 'get'>['items'][number];
export type ImportField = keyof NonNullable<PupilImport['suggestedMapping']>;
export type ColumnMapping = PupilImport['suggestedMapping'];
export type RejectedReason = ImportReport['rejectedRows'][number]['reasons'][number];

export type Campaign = Schemas['Campaign'];
export type CampaignHousehold = Schemas['CampaignHousehold'];
export type CampaignHouseholdStatus = CampaignHousehold['status'];
export type RankReason = CampaignHousehold['reasons'][number];
export type Explanation = Schemas['HouseholdExplanation'];
export type AllocationSummary = Schemas['AllocationRun'];
export type CreatedCampaign = Ok<`${Base}/campaigns`, 'post'>;

export type DistributionEvent = Ok<`${Base}/events/{id}`, 'get'>;
export type EventSummary = Ok<`${Base}/campaigns/{id}/events`, 'get'>['items'][number];
export type Slot = DistributionEvent['slots'][number];
export type Appointment = Ok<`${Base}/appointments`, 'post'>;
export type SendCounts = Ok<`${Base}/campaigns/{id}/invitations/send`, 'post'>;

export type GrantClaim = Schemas['GrantClaim'];
export type PaymentBatch = Schemas['PaymentBatch'];

export const CAMPAIGN_HOUSEHOLD_STATUSES = [
  'eligible',
  'waiting',
  'allocated',
  'invited',
  'booked',
  'handed_over',
  'declined',
] as const satisfies readonly CampaignHouseholdStatus[];

export type Household = Schemas['Household'];
export type Guardian = Household['guardians'][number];
export type Contact = Household['contacts'][number];
export type Pupil = Schemas['Pupil'];
export type MergeProposal = Schemas['MergeProposal'];

export type DeskLookup = Schemas['DeskLookup'];
export type DeskMatch = DeskLookup['matches'][number];
export type DeviceRef = NonNullable<DeskLookup['device']>;
export type HandoverResult = Ok<`${Base}/handovers`, 'post'>;

export type Loan = Schemas['Loan'];
export type LoanStatus = Loan['status'];
export type LoanDetail = Ok<`${Base}/loans/{id}`, 'get'>;
