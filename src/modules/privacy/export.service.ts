import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { findHouseholdForExport, listExportCampaigns, listExportPack, listExportPeople } from './export.repository.js';
import type { HouseholdExport } from './privacy.schemas.js';

/** A theme's title in the household's language, else French, from its stored JSON titles. */
function themeTitle(titles: string, language: string | null): string | null {
  try {
    const byLanguage = JSON.parse(titles) as Record<string, string>;
    return (language ? byLanguage[language] : undefined) ?? byLanguage.fr ?? null;
  } catch {
    return null;
  }
}

/** Everything held about one household of the programme (404 for any other). Read-only. */
export async function exportHousehold(
  db: Executor,
  programmeId: string,
  householdId: string,
  now: Date = new Date(),
): Promise<HouseholdExport> {
  const h = await findHouseholdForExport(db, programmeId, householdId);
  if (!h) throw new AppError('HOUSEHOLD_NOT_FOUND');
  const programme = await getProgramme(db, programmeId);
  const people = await listExportPeople(db, programmeId, householdId);
  const campaign = await listExportCampaigns(db, programmeId, householdId);
  const pack = await listExportPack(db, programmeId, householdId);
  return {
    exportedAt: now.toISOString(),
    programme: { slug: programme.slug, name: programme.name },
    household: {
      id: h.id,
      reference: h.reference,
      addressLine: h.address_line,
      postalCode: h.postal_code,
      communeInsee: h.commune_insee,
      communeName: h.commune_name,
      preferredLanguage: h.preferred_language,
      noComputerAtHome: h.no_computer_at_home === 1,
      priorityNeighbourhood: h.priority_neighbourhood === 1,
      registeredAt: h.registered_at,
      declinedAt: h.declined_at,
      declineReason: h.decline_reason,
      mergedIntoId: h.merged_into_id,
      anonymisedAt: h.anonymised_at,
      createdAt: h.created_at,
      updatedAt: h.updated_at,
    },
    guardians: people.guardians.map((g) => ({ position: g.position, firstName: g.first_name, lastName: g.last_name })),
    contacts: people.contacts.map((c) => ({ kind: c.kind, value: c.value })),
    pupils: people.pupils.map((p) => ({
      id: p.id,
      firstName: p.first_name,
      lastName: p.last_name,
      birthDate: p.birth_date,
      grade: p.grade,
      className: p.class_name,
      schoolId: p.school_id,
      schoolName: p.school_name,
      schoolYear: p.school_year_code,
      anonymisedAt: p.anonymised_at,
    })),
    campaigns: campaign.campaigns.map((c) => ({
      campaignId: c.campaign_id,
      campaignName: c.campaign_name,
      schoolName: c.school_name,
      status: c.status,
      rank: c.rank,
      rankReasons: c.rank_reasons,
      invitationCode: c.invitation_code,
      createdAt: c.created_at,
      updatedAt: c.updated_at,
    })),
    invitations: campaign.invitations.map((i) => ({
      campaignId: i.campaign_id,
      channel: i.channel,
      recipient: i.recipient,
      language: i.language,
      sentAt: i.sent_at,
    })),
    appointments: campaign.appointments.map((a) => ({
      id: a.id,
      campaignId: a.campaign_id,
      status: a.status,
      startsAt: a.starts_at,
      endsAt: a.ends_at,
      placeName: a.place_name,
      createdAt: a.created_at,
    })),
    allocations: campaign.allocations.map((a) => ({
      id: a.id,
      campaignId: a.campaign_id,
      assetTag: a.asset_tag,
      status: a.status,
      reason: a.reason,
      reservedAt: a.reserved_at,
      endedAt: a.ended_at,
    })),
    handovers: pack.handovers.map((h) => ({
      id: h.id,
      campaignId: h.campaign_id,
      assetTag: h.asset_tag,
      pupilId: h.pupil_id,
      signerName: h.signer_name,
      signatureKind: h.signature_kind,
      consentTextVersion: h.consent_text_version,
      agreementSha256: h.agreement_sha256,
      agreementKept: Number(h.agreement_size) > 0,
      swapReason: h.swap_reason,
      handedOverAt: h.handed_over_at,
    })),
    loans: pack.loans.map((l) => ({
      id: l.id,
      assetTag: l.asset_tag,
      pupilId: l.pupil_id,
      status: l.status,
      startsOn: l.starts_on,
      endsOn: l.ends_on,
      endedAt: l.ended_at,
      endReason: l.end_reason,
      events: pack.loanEvents
        .filter((e) => e.loan_id === l.id)
        .map((e) => ({ kind: e.kind, details: e.details, occurredAt: e.occurred_at })),
    })),
    cards: pack.cards.map((c) => ({
      id: c.id,
      number: c.number,
      status: c.status,
      validUntil: c.valid_until,
      hoursPerCredit: Number(c.hours_per_credit),
      createdAt: c.created_at,
      ledger: pack.ledger
        .filter((e) => e.card_id === c.id)
        .map((e) => ({ kind: e.kind, credits: Number(e.credits), note: e.note, createdAt: e.created_at })),
    })),
    workshops: pack.workshops.map((w) => ({
      date: w.local_date,
      startsAt: w.starts_at,
      theme: themeTitle(w.theme_titles, h.preferred_language) ?? w.theme_code,
      venue: w.venue_name,
      status: w.status,
      channel: w.channel,
      bookedAt: w.created_at,
    })),
    grantClaims: pack.claims.map((g) => ({
      id: g.id,
      amountMinor: Number(g.amount_minor),
      currency: g.currency,
      status: g.status,
      providerName: g.provider_name,
      decisionReason: g.decision_reason,
      decidedAt: g.decided_at,
      paidAt: g.paid_at,
      createdAt: g.created_at,
      proof:
        g.proof_file_name && g.proof_media_type && g.proof_sha256
          ? {
              fileName: g.proof_file_name,
              mediaType: g.proof_media_type,
              size: Number(g.proof_size),
              sha256: g.proof_sha256,
            }
          : null,
    })),
  };
}

/** Records that someone exported a household's data (who, which household, which format). */
export async function recordHouseholdExport(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  householdId: string,
  format: 'json' | 'pdf',
): Promise<void> {
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'household',
    entityId: householdId,
    action: 'exported',
    summary: { format },
  });
}
