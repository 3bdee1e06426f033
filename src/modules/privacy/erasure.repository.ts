import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';

/** What an erasure touches, found before anything changes (so a dry run can count it). */
export interface ErasureTargets {
  householdIds: string[];
  pupilIds: string[];
  guardianCount: number;
  contactValues: string[];
  handoverIds: string[];
  claimIds: string[];
  attachmentIds: string[];
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/**
 * The rows holding personal data of these households (their pupils, guardians, contacts,
 * signed agreements, grant proofs…) and of these further pupils. Read-only.
 */
export async function collectErasureTargets(
  db: Executor,
  programmeId: string,
  householdIds: readonly string[],
  extraPupilIds: readonly string[] = [],
): Promise<ErasureTargets> {
  const households = [...householdIds];
  const none = households.length === 0;
  const householdPupils = none
    ? []
    : ids(
        await db
          .selectFrom('pupils')
          .select('id')
          .where('programme_id', '=', programmeId)
          .where('household_id', 'in', households)
          .where('anonymised_at', 'is', null)
          .execute(),
      );
  const pupilIds = [...new Set([...householdPupils, ...extraPupilIds])];
  const guardians = none
    ? []
    : await db
        .selectFrom('household_guardians')
        .select('id')
        .where('programme_id', '=', programmeId)
        .where('household_id', 'in', households)
        .execute();
  const contacts = none
    ? []
    : await db
        .selectFrom('household_contacts')
        .select(['value', 'value_key'])
        .where('programme_id', '=', programmeId)
        .where('household_id', 'in', households)
        .execute();
  const handovers = none
    ? []
    : await db
        .selectFrom('handovers')
        .select(['id', 'signature_attachment_id'])
        .where('programme_id', '=', programmeId)
        .where('household_id', 'in', households)
        .execute();
  const claims = none
    ? []
    : await db
        .selectFrom('grant_claims')
        .select(['id', 'proof_attachment_id'])
        .where('programme_id', '=', programmeId)
        .where('household_id', 'in', households)
        .execute();
  const loans = none
    ? []
    : ids(
        await db
          .selectFrom('loans')
          .select('id')
          .where('programme_id', '=', programmeId)
          .where('household_id', 'in', households)
          .execute(),
      );
  // Attachments are found by the rows that point at them and by their owner, whatever the owner
  // type is called: ids are UUIDs, so an owner id names one row of one table.
  const linked = [
    ...handovers.map((h) => h.signature_attachment_id),
    ...claims.map((c) => c.proof_attachment_id),
  ].filter((id): id is string => id !== null);
  const owners = [...households, ...pupilIds, ...ids(handovers), ...ids(claims), ...loans];
  const attachments =
    linked.length + owners.length === 0
      ? []
      : await db
          .selectFrom('attachments')
          .select('id')
          .where('programme_id', '=', programmeId)
          .where((eb) =>
            eb.or([
              ...(linked.length ? [eb('id', 'in', linked)] : []),
              ...(owners.length ? [eb('owner_id', 'in', owners)] : []),
            ]),
          )
          .execute();
  return {
    householdIds: households,
    pupilIds,
    guardianCount: guardians.length,
    contactValues: [...new Set(contacts.flatMap((c) => [c.value, c.value_key]))],
    handoverIds: ids(handovers),
    claimIds: ids(claims),
    attachmentIds: ids(attachments),
  };
}

/** Marks an erased name: the columns are required, and a dash reads as "nothing" on every page. */
export const ERASED = '—';

/**
 * Erases what the targets name. What stays is anonymous: the household's reference, commune,
 * flags and dates, the pupils' grade, school and year, the loans, cards, ledgers, appointments
 * and grant amounts (statistics, device histories, accounting).
 */
export async function applyErasure(
  trx: Executor,
  programmeId: string,
  t: ErasureTargets,
  now: string,
): Promise<{ mails: number }> {
  let mails = 0;
  if (t.attachmentIds.length) {
    await trx
      .deleteFrom('attachments')
      .where('programme_id', '=', programmeId)
      .where('id', 'in', t.attachmentIds)
      .execute();
  }
  if (t.handoverIds.length) {
    await trx
      .updateTable('handovers')
      .set({ signer_name: ERASED, signature_attachment_id: null, agreement_pdf: Buffer.alloc(0) })
      .where('programme_id', '=', programmeId)
      .where('id', 'in', t.handoverIds)
      .execute();
  }
  if (t.claimIds.length) {
    await trx
      .updateTable('grant_claims')
      .set({ provider_name: null, decision_reason: null, proof_attachment_id: null, updated_at: now })
      .where('programme_id', '=', programmeId)
      .where('id', 'in', t.claimIds)
      .execute();
  }
  if (t.pupilIds.length) {
    await trx
      .updateTable('pupils')
      .set({
        first_name: ERASED,
        last_name: ERASED,
        birth_date: null,
        class_name: null,
        // The match key is unique per school and year: each erased pupil keeps its own.
        match_key: sql<string>`'anonymised:' || id`,
        row_hash: 'anonymised',
        anonymised_at: now,
        updated_at: now,
      })
      .where('programme_id', '=', programmeId)
      .where('id', 'in', t.pupilIds)
      .execute();
  }
  const households = t.householdIds;
  if (households.length === 0) return { mails };
  if (t.contactValues.length) {
    const result = await trx
      .updateTable('mail_outbox')
      .set({
        to_address: ERASED,
        subject: ERASED,
        body_text: '',
        // A mail still waiting is never sent: its address is gone.
        status: sql<string>`case when status = 'pending' then 'failed' else status end`,
      })
      .where('programme_id', '=', programmeId)
      .where('to_address', 'in', t.contactValues)
      .executeTakeFirst();
    mails = Number(result.numUpdatedRows);
  }
  await trx
    .updateTable('invitation_sends')
    .set({ recipient: null })
    .where('programme_id', '=', programmeId)
    .where('household_id', 'in', households)
    .execute();
  await trx
    .deleteFrom('household_merge_proposals')
    .where('programme_id', '=', programmeId)
    .where((eb) => eb.or([eb('household_id', 'in', households), eb('other_household_id', 'in', households)]))
    .execute();
  await trx
    .deleteFrom('household_contacts')
    .where('programme_id', '=', programmeId)
    .where('household_id', 'in', households)
    .execute();
  await trx
    .deleteFrom('household_guardians')
    .where('programme_id', '=', programmeId)
    .where('household_id', 'in', households)
    .execute();
  await trx
    .updateTable('households')
    .set({
      address_line: null,
      postal_code: null,
      preferred_language: null,
      decline_reason: null,
      anonymised_at: now,
      updated_at: now,
    })
    .where('programme_id', '=', programmeId)
    .where('id', 'in', households)
    .execute();
  return { mails };
}
