import { z } from 'zod';

const slug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/);

export const householdIdParams = z.strictObject({ programme: slug, id: z.uuid() });

const text = z.string().nullable();

/** Everything held about one household, for an access request. Nothing about any other household. */
export const householdExportSchema = z
  .object({
    exportedAt: z.string(),
    programme: z.object({ slug: z.string(), name: z.string() }),
    household: z.object({
      id: z.string(),
      reference: z.string(),
      addressLine: text,
      postalCode: text,
      communeInsee: text,
      communeName: text,
      preferredLanguage: text,
      noComputerAtHome: z.boolean(),
      priorityNeighbourhood: z.boolean(),
      registeredAt: z.string(),
      declinedAt: text,
      declineReason: text,
      mergedIntoId: text,
      anonymisedAt: text,
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
    guardians: z.array(z.object({ position: z.number().int(), firstName: text, lastName: z.string() })),
    contacts: z.array(z.object({ kind: z.string(), value: z.string() })),
    pupils: z.array(
      z.object({
        id: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        birthDate: text,
        grade: z.string(),
        className: text,
        schoolId: z.string(),
        schoolName: text,
        schoolYear: z.string(),
        anonymisedAt: text,
      }),
    ),
    campaigns: z.array(
      z.object({
        campaignId: z.string(),
        campaignName: z.string(),
        schoolName: text,
        status: z.string(),
        rank: z.number().int().nullable(),
        /** As stored: JSON of the reasons for the rank. */
        rankReasons: text,
        invitationCode: z.string(),
        createdAt: z.string(),
        updatedAt: z.string(),
      }),
    ),
    invitations: z.array(
      z.object({
        campaignId: z.string(),
        channel: z.string(),
        recipient: text,
        language: z.string(),
        sentAt: z.string(),
      }),
    ),
    appointments: z.array(
      z.object({
        id: z.string(),
        campaignId: z.string(),
        status: z.string(),
        startsAt: z.string(),
        endsAt: z.string(),
        placeName: z.string(),
        createdAt: z.string(),
      }),
    ),
    allocations: z.array(
      z.object({
        id: z.string(),
        campaignId: z.string(),
        assetTag: z.string(),
        status: z.string(),
        reason: text,
        reservedAt: z.string(),
        endedAt: text,
      }),
    ),
    handovers: z.array(
      z.object({
        id: z.string(),
        campaignId: z.string(),
        assetTag: z.string(),
        pupilId: text,
        signerName: z.string(),
        signatureKind: z.string(),
        consentTextVersion: z.string(),
        /** The signed agreement's SHA-256; its bytes are served by the handover module, not here. */
        agreementSha256: z.string(),
        /** False once the agreement was erased (the fingerprint stays). */
        agreementKept: z.boolean(),
        swapReason: text,
        handedOverAt: z.string(),
      }),
    ),
    loans: z.array(
      z.object({
        id: z.string(),
        assetTag: z.string(),
        pupilId: text,
        status: z.string(),
        startsOn: z.string(),
        endsOn: z.string(),
        endedAt: text,
        endReason: text,
        events: z.array(z.object({ kind: z.string(), details: text, occurredAt: z.string() })),
      }),
    ),
    cards: z.array(
      z.object({
        id: z.string(),
        number: z.string(),
        status: z.string(),
        validUntil: z.string(),
        hoursPerCredit: z.number(),
        createdAt: z.string(),
        ledger: z.array(z.object({ kind: z.string(), credits: z.number().int(), note: text, createdAt: z.string() })),
      }),
    ),
    /** The parents' workshops booked with the household's cards, attended or not. */
    workshops: z.array(
      z.object({
        date: z.string(),
        startsAt: z.string(),
        theme: z.string(),
        venue: z.string(),
        status: z.string(),
        channel: z.string(),
        bookedAt: z.string(),
      }),
    ),
    grantClaims: z.array(
      z.object({
        id: z.string(),
        amountMinor: z.number().int(),
        currency: z.string(),
        status: z.string(),
        providerName: text,
        decisionReason: text,
        decidedAt: text,
        paidAt: text,
        createdAt: z.string(),
        proof: z
          .object({ fileName: z.string(), mediaType: z.string(), size: z.number().int(), sha256: z.string() })
          .nullable(),
      }),
    ),
  })
  .meta({ id: 'HouseholdExport' });

export type HouseholdExport = z.infer<typeof householdExportSchema>;

export const eraseBody = z.strictObject({
  /** Why, and which request (date, channel, reference): never a name. */
  reason: z.string().trim().min(3).max(500),
});

export const erasureResultSchema = z
  .object({
    householdId: z.string(),
    reference: z.string(),
    alreadyAnonymised: z.boolean(),
    anonymisedAt: z.string(),
    counts: z.object({
      households: z.number().int(),
      pupils: z.number().int(),
      guardians: z.number().int(),
      contacts: z.number().int(),
      agreements: z.number().int(),
      attachments: z.number().int(),
      grantClaims: z.number().int(),
      mails: z.number().int(),
    }),
  })
  .meta({ id: 'HouseholdErasure' });
