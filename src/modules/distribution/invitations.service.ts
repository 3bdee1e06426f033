import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { listGuardiansOf, listPupilsOf } from '../households/households.repository.js';
import type { Programme } from '../programmes/programmes.model.js';
import { listAppointmentViews } from './appointments.repository.js';
import { type ReachableCampaign, requireCampaign } from './campaign-guard.js';
import { distributionMessages } from './distribution.messages.js';
import { letterMessages } from './distribution-letter-messages.js';
import { listCampaignEvents } from './events.repository.js';
import {
  type InvitationContext,
  type InvitationEvent,
  type InvitationHousehold,
  buildLetter,
} from './invitation-content.js';
import { renderLetters } from './invitation-letter.pdf.js';
import {
  type InvitationFilter,
  type InvitationHouseholdRow,
  countInvitableHouseholds,
  listEventSpans,
  listInvitableHouseholds,
} from './invitations.repository.js';
import { type SchoolReach, reachesSchool } from './school-reach.js';

/** Letters per PDF: a school's cohort fits in one; a whole city takes a few documents. */
export const MAX_LETTERS_PER_DOCUMENT = 500;

export interface Invitations {
  context: InvitationContext;
  households: InvitationHousehold[];
  /** Events each household may come to: those of its school, and those without a school. */
  eventsFor(household: InvitationHousehold): InvitationEvent[];
}

/** Everything the letters, mails and SMS of these households say, in a few queries. */
export async function loadInvitations(
  db: Executor,
  programme: Programme,
  campaign: ReachableCampaign,
  rows: readonly InvitationHouseholdRow[],
): Promise<Invitations> {
  const ids = rows.map((r) => r.household_id);
  const [guardians, pupils, appointments, eventRows] = await Promise.all([
    listGuardiansOf(db, programme.id, ids),
    listPupilsOf(db, programme.id, ids),
    listAppointmentViews(db, programme.id, {
      campaignId: campaign.id,
      status: 'booked',
      schoolIds: null,
      householdIds: ids,
    }),
    listCampaignEvents(db, programme.id, campaign.id, null),
  ]);
  const spans = await listEventSpans(
    db,
    programme.id,
    eventRows.map((e) => e.id),
  );
  const events = eventRows.map((e) => ({
    schoolId: e.school_id,
    event: {
      date: e.date,
      placeName: e.place_name,
      addressLine: e.address_line,
      communeName: e.commune_name,
      firstStart: spans.get(e.id)?.firstStart ?? null,
      lastEnd: spans.get(e.id)?.lastEnd ?? null,
    } satisfies InvitationEvent,
  }));
  const eventById = new Map(eventRows.map((e) => [e.id, e]));
  const households = rows.map((r): InvitationHousehold => {
    const appointment = appointments.find((a) => a.household_id === r.household_id);
    const event = appointment ? eventById.get(appointment.event_id) : undefined;
    return {
      householdId: r.household_id,
      reference: r.reference,
      preferredLanguage: r.preferred_language,
      guardians: guardians
        .filter((g) => g.household_id === r.household_id)
        .map((g) => ({ firstName: g.first_name, lastName: g.last_name })),
      pupils: pupils
        .filter(
          (p) =>
            p.household_id === r.household_id &&
            p.school_year_id === campaign.school_year_id &&
            p.grade === campaign.cohort_grade,
        )
        .map((p) => p.first_name),
      addressLine: r.address_line,
      postalCode: r.postal_code,
      communeName: r.commune_name,
      schoolId: r.school_id,
      schoolName: r.school_name,
      schoolPhone: r.school_phone,
      invitationCode: r.invitation_code,
      appointment:
        appointment && event
          ? {
              startsAt: appointment.starts_at,
              place: { placeName: event.place_name, addressLine: event.address_line, communeName: event.commune_name },
            }
          : null,
    };
  });
  return {
    context: { programme, cohortGrade: campaign.cohort_grade },
    households,
    eventsFor: (h) => events.filter((e) => e.schoolId === null || e.schoolId === h.schoolId).map((e) => e.event),
  };
}

export interface LettersQuery {
  schoolId?: string | undefined;
  householdId?: string | undefined;
  page: number;
}

export interface LettersPdf {
  doc: PDFKit.PDFDocument;
  fileName: string;
  totalPages: number;
}

/** The filter a query and the person's reach give (a school out of reach: 404). */
function letterFilter(campaign: ReachableCampaign, reach: SchoolReach, query: LettersQuery): InvitationFilter {
  if (query.schoolId && (!campaign.schoolIds.includes(query.schoolId) || !reachesSchool(reach, query.schoolId))) {
    throw new AppError('ORGANISATION_NOT_FOUND');
  }
  const schoolIds = query.schoolId ? [query.schoolId] : reach.all ? null : reach.schoolIds;
  return { campaignId: campaign.id, schoolIds, householdIds: query.householdId ? [query.householdId] : undefined };
}

/**
 * Invitation letters, one A4 page per household in its language, at most 500 to a document
 * (`page` picks which 500). Only that page's households are read; the PDF streams as drawn.
 */
export async function invitationLettersPdf(
  db: Executor,
  programme: Programme,
  reach: SchoolReach,
  campaignId: string,
  query: LettersQuery,
  lang: Language,
): Promise<LettersPdf> {
  const m = distributionMessages(lang);
  const campaign = await requireCampaign(db, programme.id, campaignId, reach);
  const filter = letterFilter(campaign, reach, query);
  const count = await countInvitableHouseholds(db, programme.id, filter);
  if (count === 0) {
    if (query.householdId) throw new AppError('HOUSEHOLD_NOT_FOUND');
    throw new AppError('UNPROCESSABLE', { detail: m.no_letters });
  }
  const totalPages = Math.ceil(count / MAX_LETTERS_PER_DOCUMENT);
  if (query.page > totalPages) {
    const message = format(m.page_beyond_last, { pages: totalPages, limit: MAX_LETTERS_PER_DOCUMENT, count });
    throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'query.page', code: 'page_beyond_last', message }] });
  }
  const rows = await listInvitableHouseholds(
    db,
    programme.id,
    filter,
    (query.page - 1) * MAX_LETTERS_PER_DOCUMENT,
    MAX_LETTERS_PER_DOCUMENT,
  );
  const invitations = await loadInvitations(db, programme, campaign, rows);
  const letters = invitations.households.map((h) => buildLetter(invitations.context, h, invitations.eventsFor(h)));
  const title = `${letterMessages(lang).title} — ${campaign.name}`;
  const suffix = totalPages > 1 ? `-${query.page}-sur-${totalPages}` : '';
  const fileName = query.householdId ? `invitation-${rows[0]!.reference}.pdf` : `invitations${suffix}.pdf`;
  return { doc: renderLetters(letters, programme.name, title), fileName, totalPages };
}
