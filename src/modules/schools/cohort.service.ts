import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import {
  type CohortAppointmentRow,
  findCohortCampaign,
  isSchoolInCampaign,
  listCohortAppointments,
  listCohortHandovers,
  listCohortPupils,
} from './cohort.repository.js';
import { getSchool } from './schools.service.js';
import { schoolMessages } from './schools.messages.js';

export interface CohortAppointment {
  status: string;
  startsAt: string;
  endsAt: string;
  placeName: string;
}

/**
 * One pupil as the director sees her: name and class to recognise the child, where the family
 * stands. No contact, no address, no birth date: the school already has them, and the page
 * must not become a second copy of them (see docs/families/schools.md).
 */
export interface CohortPupil {
  id: string;
  firstName: string;
  lastName: string;
  className: string | null;
  householdReference: string | null;
  /** Status on the campaign's list (eligible, waiting, allocated, invited, booked, handed_over, declined); null when not on it. */
  campaignStatus: string | null;
  appointment: CohortAppointment | null;
  handedOverAt: string | null;
  declinedAt: string | null;
}

export interface CohortCounts {
  pupils: number;
  /** On the campaign's list, whatever their status. */
  eligible: number;
  /** With a booked appointment, pack not yet received. */
  booked: number;
  handedOver: number;
  declined: number;
}

export interface SchoolCohort {
  school: { id: string; name: string; uai: string | null };
  campaign: { id: string; name: string; cohortGrade: string; schoolYearId: string };
  schoolInCampaign: boolean;
  counts: CohortCounts;
  pupils: CohortPupil[];
}

/** The appointment to show: the booked one, else the latest that was not cancelled. */
function pickAppointment(rows: readonly CohortAppointmentRow[]): CohortAppointment | null {
  const live = rows.filter((r) => r.status !== 'cancelled');
  const chosen =
    live.find((r) => r.status === 'booked') ?? [...live].sort((a, b) => b.updated_at.localeCompare(a.updated_at))[0];
  return chosen
    ? { status: chosen.status, startsAt: chosen.starts_at, endsAt: chosen.ends_at, placeName: chosen.place_name }
    : null;
}

/**
 * A school's cohort in a campaign: the pupils of the campaign's grade and year at that school,
 * with appointment, handover and decline. The caller has checked the person may see the school.
 */
export async function getSchoolCohort(
  db: Executor,
  programmeId: string,
  schoolId: string,
  campaignId: string,
  lang: Language = defaultLanguage,
): Promise<SchoolCohort> {
  const school = await getSchool(db, programmeId, schoolId, lang);
  const campaign = await findCohortCampaign(db, programmeId, campaignId);
  if (!campaign) throw new AppError('CAMPAIGN_NOT_FOUND', { detail: schoolMessages(lang).campaign_not_found });
  const rows = await listCohortPupils(db, programmeId, campaign, school.id);
  const householdIds = [...new Set(rows.map((r) => r.household_id).filter((id): id is string => id !== null))];
  const appointments = await listCohortAppointments(db, programmeId, campaign.id, householdIds);
  const handovers = new Map(
    (await listCohortHandovers(db, programmeId, campaign.id, householdIds)).map((h) => [
      h.household_id,
      h.handed_over_at,
    ]),
  );
  const pupils: CohortPupil[] = rows.map((r) => {
    const appointment = r.household_id
      ? pickAppointment(appointments.filter((a) => a.household_id === r.household_id))
      : null;
    return {
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      className: r.class_name,
      householdReference: r.household_reference,
      campaignStatus: r.campaign_status,
      appointment,
      handedOverAt: (r.household_id && handovers.get(r.household_id)) || null,
      declinedAt: r.declined_at,
    };
  });
  const counts: CohortCounts = {
    pupils: pupils.length,
    eligible: pupils.filter((p) => p.campaignStatus !== null).length,
    booked: pupils.filter((p) => p.appointment?.status === 'booked' && !p.handedOverAt).length,
    handedOver: pupils.filter((p) => p.handedOverAt !== null).length,
    declined: pupils.filter((p) => p.declinedAt !== null || p.campaignStatus === 'declined').length,
  };
  return {
    school: { id: school.id, name: school.name, uai: school.uai },
    campaign: {
      id: campaign.id,
      name: campaign.name,
      cohortGrade: campaign.cohort_grade,
      schoolYearId: campaign.school_year_id,
    },
    schoolInCampaign: await isSchoolInCampaign(db, programmeId, campaign.id, school.id),
    counts,
    pupils,
  };
}
