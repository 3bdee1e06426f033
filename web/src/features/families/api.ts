import { allPages } from '../../components/morePages';
import { enc, problemOf, programmeUrl as url, request, sendFile, withQuery, type Query } from './http';
import type {
  AllocationSummary,
  Appointment,
  Campaign,
  CampaignHousehold,
  ColumnMapping,
  CreatedCampaign,
  DeskLookup,
  DistributionEvent,
  EventSummary,
  Explanation,
  GrantClaim,
  HandoverResult,
  Household,
  ImportListItem,
  ImportReport,
  Loan,
  LoanDetail,
  MergeProposal,
  Page,
  PaymentBatch,
  Pupil,
  PupilImport,
  SchoolCohort,
  SchoolList,
  SchoolSector,
  SchoolYear,
  SendCounts,
  Slot,
} from './types';

export interface CampaignBody {
  name: string;
  schoolYearId: string;
  cohortGrade: string;
  schoolIds: string[];
  startsOn: string;
  endsOn: string;
}

/** A series of slots: every `everyMinutes` from `from` as long as they end by `to` (HH:MM, programme time). */
export interface SlotSeries {
  from: string;
  to: string;
  everyMinutes: number;
  capacity: number;
}

export type Signature = { kind: 'drawn'; pngBase64: string } | { kind: 'typed'; consent: true };

export interface HandoverBody {
  campaignId: string;
  householdId: string;
  deviceId: string;
  pupilId?: string;
  signerName: string;
  signature: Signature;
  swapReason?: string;
}

const get = <T>(slug: string, rest: string, query: Query = {}) => request<T>('GET', withQuery(url(slug, rest), query));
const post = <T>(slug: string, rest: string, body?: unknown) => request<T>('POST', url(slug, rest), body ?? {});

export const familiesApi = {
  schoolYears: (slug: string) => get<Page<SchoolYear>>(slug, 'school-years'),
  createSchoolYear: (slug: string, body: { code: string; startsOn: string; endsOn: string }) =>
    post<SchoolYear>(slug, 'school-years', body),
  /** Every school (all pages): the schools page and the school choices show them all. */
  schools: (slug: string, schoolYearId?: string) =>
    allPages((page) => get<SchoolList>(slug, 'schools', { schoolYearId, ...page })),
  updateSchool: (slug: string, id: string, body: { sector: SchoolSector | null; priorityArea: boolean }) =>
    request<SchoolList['items'][number]>('PATCH', url(slug, `schools/${enc(id)}`), body),
  cohort: (slug: string, schoolId: string, campaignId: string) =>
    get<SchoolCohort>(slug, `schools/${enc(schoolId)}/cohort`, { campaignId }),

  uploadImport: (slug: string, q: { schoolId: string; schoolYearId: string }, file: File) =>
    sendFile<PupilImport>(
      withQuery(url(slug, 'imports'), { ...q, fileName: file.name }),
      file,
      file.type || 'text/csv',
    ),
  importById: (slug: string, id: string) => get<PupilImport>(slug, `imports/${enc(id)}`),
  imports: (slug: string, schoolId?: string, cursor?: string) =>
    get<Page<ImportListItem>>(slug, 'imports', { schoolId, cursor }),
  saveMapping: (slug: string, id: string, mapping: ColumnMapping) =>
    request<PupilImport>('PUT', url(slug, `imports/${enc(id)}/mapping`), { mapping }),
  dryRun: (slug: string, id: string) => post<ImportReport>(slug, `imports/${enc(id)}/dry-run`),
  commit: (slug: string, id: string) => post<ImportReport & { committedAt: string }>(slug, `imports/${enc(id)}/commit`),

  households: (slug: string, q: { q?: string; schoolId?: string; schoolYearId?: string; cursor?: string }) =>
    get<Page<Household>>(slug, 'households', q),
  household: (slug: string, id: string) => get<Household>(slug, `households/${enc(id)}`),
  decline: (slug: string, id: string, reason: string) =>
    post<Household>(slug, `households/${enc(id)}/decline`, { reason }),
  undecline: (slug: string, id: string) => post<Household>(slug, `households/${enc(id)}/undecline`),
  pupils: (slug: string, q: { schoolId?: string; schoolYearId?: string; grade?: string; q?: string }) =>
    get<Page<Pupil>>(slug, 'pupils', q),
  mergeProposals: (slug: string, status?: string) => get<Page<MergeProposal>>(slug, 'merge-proposals', { status }),
  confirmMerge: (slug: string, id: string) => post<unknown>(slug, `merge-proposals/${enc(id)}/confirm`),
  rejectMerge: (slug: string, id: string) => post<unknown>(slug, `merge-proposals/${enc(id)}/reject`),

  campaigns: (slug: string) => get<Page<Campaign>>(slug, 'campaigns'),
  campaign: (slug: string, id: string) => get<Campaign>(slug, `campaigns/${enc(id)}`),
  createCampaign: (slug: string, body: CampaignBody) => post<CreatedCampaign>(slug, 'campaigns', body),
  eligibility: (slug: string, id: string) => post<unknown>(slug, `campaigns/${enc(id)}/eligibility`),
  campaignHouseholds: (
    slug: string,
    id: string,
    q: { status?: string; schoolId?: string; q?: string; cursor?: string; limit?: number },
  ) => get<Page<CampaignHousehold>>(slug, `campaigns/${enc(id)}/households`, q),
  runAllocation: (slug: string, id: string, seed?: string) =>
    post<AllocationSummary>(slug, `campaigns/${enc(id)}/allocation-runs`, seed ? { seed } : {}),
  explanation: (slug: string, id: string, householdId: string) =>
    get<Explanation>(slug, `campaigns/${enc(id)}/households/${enc(householdId)}/explanation`),
  allocate: (slug: string, body: { campaignId: string; householdId: string; deviceId: string }) =>
    post<unknown>(slug, 'allocations', body),
  swapAllocation: (slug: string, id: string, body: { deviceId: string; reason: string }) =>
    post<unknown>(slug, `allocations/${enc(id)}/swap`, body),
  releaseAllocation: (slug: string, id: string, reason: string) =>
    post<unknown>(slug, `allocations/${enc(id)}/release`, { reason }),

  events: (slug: string, campaignId: string) =>
    get<{ items: EventSummary[] }>(slug, `campaigns/${enc(campaignId)}/events`),
  createEvent: (
    slug: string,
    campaignId: string,
    body: {
      placeName: string;
      date: string;
      schoolId?: string | null;
      addressLine?: string | null;
      notes?: string | null;
    },
  ) => post<DistributionEvent>(slug, `campaigns/${enc(campaignId)}/events`, body),
  event: (slug: string, id: string) => get<DistributionEvent>(slug, `events/${enc(id)}`),
  addSlots: (slug: string, eventId: string, body: SlotSeries) =>
    post<{ event: DistributionEvent; created: Slot[] }>(slug, `events/${enc(eventId)}/slots`, body),
  book: (slug: string, body: { campaignId: string; householdId: string; slotId: string }) =>
    post<Appointment>(slug, 'appointments', body),
  moveAppointment: (slug: string, id: string, slotId: string) =>
    request<Appointment>('PATCH', url(slug, `appointments/${enc(id)}`), { slotId }),
  cancelAppointment: (slug: string, id: string) =>
    request<Appointment>('PATCH', url(slug, `appointments/${enc(id)}`), { status: 'cancelled' }),
  sendInvitations: (slug: string, campaignId: string, body: { householdIds?: string[]; channels: string[] }) =>
    post<SendCounts>(slug, `campaigns/${enc(campaignId)}/invitations/send`, body),

  deskLookup: (slug: string, q: { tag: string } | { code: string } | { q: string }) =>
    get<DeskLookup>(slug, 'desk/lookup', q),
  handover: (slug: string, body: HandoverBody) => post<HandoverResult>(slug, 'handovers', body),
  /** The card with its PIN slip: the PIN is sent back once, checked, never stored (a PDF blob). */
  cardWithPin: async (slug: string, handoverId: string, pin: string): Promise<Blob> => {
    const res = await fetch(url(slug, `handovers/${enc(handoverId)}/card.pdf`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/pdf, application/problem+json' },
      credentials: 'same-origin',
      body: JSON.stringify({ pin }),
    });
    if (!res.ok) throw await problemOf(res);
    return res.blob();
  },

  loans: (slug: string, q: { status?: string; cursor?: string }) => get<Page<Loan>>(slug, 'loans', q),
  loan: (slug: string, id: string) => get<LoanDetail>(slug, `loans/${enc(id)}`),
  returnLoan: (slug: string, id: string, reason: string) => post<Loan>(slug, `loans/${enc(id)}/return`, { reason }),
  /** Lost or stolen: the day the family reported it. */
  missingLoan: (slug: string, id: string, kind: 'lost' | 'stolen', body: { reason: string; reportedOn: string }) =>
    post<Loan>(slug, `loans/${enc(id)}/${kind}`, body),
  swapLoan: (slug: string, id: string, body: { deviceId: string; reason: string }) =>
    post<{ previous: Loan; loan: Loan }>(slug, `loans/${enc(id)}/swap`, body),

  claims: (slug: string, status?: string) => get<Page<GrantClaim>>(slug, 'grant-claims', { status }),
  createClaim: (slug: string, body: { handoverId: string; providerName?: string }) =>
    post<GrantClaim>(slug, 'grant-claims', body),
  uploadProof: (slug: string, id: string, file: File) =>
    sendFile<GrantClaim>(
      withQuery(url(slug, `grant-claims/${enc(id)}/proof`), { fileName: file.name }),
      file,
      file.type || 'application/octet-stream',
    ),
  approveClaim: (slug: string, id: string) => post<GrantClaim>(slug, `grant-claims/${enc(id)}/approve`),
  rejectClaim: (slug: string, id: string, reason: string) =>
    post<GrantClaim>(slug, `grant-claims/${enc(id)}/reject`, { reason }),
  createBatch: (slug: string, claimIds?: string[]) =>
    post<PaymentBatch>(slug, 'payment-batches', claimIds ? { claimIds } : {}),
};

/** Addresses opened or downloaded by the browser (the session cookie goes with them). */
export const familiesFiles = {
  rejectedCsv: (slug: string, importId: string) => url(slug, `imports/${enc(importId)}/rejected.csv`),
  invitations: (slug: string, campaignId: string, q: { schoolId?: string; householdId?: string }) =>
    withQuery(url(slug, `campaigns/${enc(campaignId)}/invitations.pdf`), q),
  agreement: (slug: string, handoverId: string) => url(slug, `handovers/${enc(handoverId)}/agreement.pdf`),
  receipt: (slug: string, handoverId: string) => url(slug, `handovers/${enc(handoverId)}/receipt.pdf`),
  card: (slug: string, handoverId: string) => url(slug, `handovers/${enc(handoverId)}/card.pdf`),
  transfer: (slug: string, loanId: string) => url(slug, `loans/${enc(loanId)}/transfer.pdf`),
  proof: (slug: string, claimId: string) => url(slug, `grant-claims/${enc(claimId)}/proof`),
  batchCsv: (slug: string, batchId: string) => url(slug, `payment-batches/${enc(batchId)}.csv`),
  householdExport: (slug: string, id: string) => url(slug, `households/${enc(id)}/export.pdf`),
};
