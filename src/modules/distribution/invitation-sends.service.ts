import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { setCampaignHouseholdStatus } from '../campaigns/campaign-households.js';
import { type ContactRow, listContactsOf } from '../households/households.repository.js';
import type { Programme } from '../programmes/programmes.model.js';
import { type ReachableCampaign, assertCampaignOpen, requireCampaign } from './campaign-guard.js';
import { distributionMessages } from './distribution.messages.js';
import type { InvitationSendsTable } from './distribution.tables.js';
import { buildInvitationMail, buildInvitationSms, buildLetter, invitationLanguage } from './invitation-content.js';
import {
  type InvitationFilter,
  countInvitableHouseholds,
  findCampaignMembers,
  insertInvitationSends,
  listInvitableHouseholds,
  listInvitedHouseholdIds,
} from './invitations.repository.js';
import { loadInvitations } from './invitations.service.js';
import { type SchoolReach, reachesSchool } from './school-reach.js';
import type { SmsMessage } from './sms-transport.js';

export type InvitationChannel = 'email' | 'sms';

export interface SendInvitationsInput {
  householdIds?: string[] | undefined;
  channels: InvitationChannel[];
}

export interface SendInvitationsResult {
  households: number;
  email: number;
  sms: number;
  letterOnly: number;
  alreadyInvited: number;
  skipped: number;
}

const BATCH = 200;

/** A number that can receive an SMS: a mobile (or a number that may be one) in E.164. */
export function smsNumber(contact: Pick<ContactRow, 'kind' | 'value_key'>): string | null {
  if (contact.kind !== 'phone' || !contact.value_key.startsWith('+')) return null;
  const type = parsePhoneNumberFromString(contact.value_key)?.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? contact.value_key : null;
}

function emailAddress(contact: Pick<ContactRow, 'kind' | 'value_key'>): string | null {
  return contact.kind === 'email' && contact.value_key.includes('@') ? contact.value_key : null;
}

/** The households to invite, checked against the campaign and the person's reach. */
async function targetFilter(
  db: Executor,
  programmeId: string,
  campaign: ReachableCampaign,
  reach: SchoolReach,
  householdIds: string[] | undefined,
  lang: Language,
): Promise<InvitationFilter> {
  const schoolIds = reach.all ? null : reach.schoolIds;
  if (!householdIds) return { campaignId: campaign.id, schoolIds };
  const unique = [...new Set(householdIds)];
  const members = await findCampaignMembers(db, programmeId, campaign.id, unique);
  const reachable = new Set(members.filter((m) => reachesSchool(reach, m.school_id)).map((m) => m.household_id));
  const unknown = unique.filter((id) => !reachable.has(id));
  if (unknown.length > 0) {
    const message = format(distributionMessages(lang).invitation_unknown_households, { count: unknown.length });
    throw new AppError('HOUSEHOLD_NOT_ELIGIBLE', {
      detail: message,
      fields: [{ field: 'body.householdIds', code: 'not_in_campaign', message }],
    });
  }
  return { campaignId: campaign.id, schoolIds, householdIds: unique };
}

/**
 * Sends the invitation by mail (through the outbox) and SMS (recorded; see sms-transport.ts) to
 * the households still to be served, a batch at a time. A household without a usable contact for
 * the chosen channels counts as "letter only": the printed letter reaches it. Every household
 * gets an invitation_sends row per message (a 'letter' row when only the letter reaches it), and
 * moves from eligible or allocated to invited; never backwards. Sending again is a reminder:
 * `alreadyInvited` says how many had been invited before.
 */
export async function sendInvitations(
  trx: Executor,
  programme: Programme,
  actor: AuditActor,
  reach: SchoolReach,
  campaignId: string,
  input: SendInvitationsInput,
  lang: Language,
): Promise<{ result: SendInvitationsResult; sms: SmsMessage[] }> {
  const campaign = await requireCampaign(trx, programme.id, campaignId, reach);
  assertCampaignOpen(campaign);
  const filter = await targetFilter(trx, programme.id, campaign, reach, input.householdIds, lang);
  const total = await countInvitableHouseholds(trx, programme.id, filter);
  const requested = filter.householdIds?.length ?? total;
  const result: SendInvitationsResult = {
    households: 0,
    email: 0,
    sms: 0,
    letterOnly: 0,
    alreadyInvited: 0,
    skipped: requested - total,
  };
  const sms: SmsMessage[] = [];
  const wantsEmail = input.channels.includes('email');
  const wantsSms = input.channels.includes('sms');
  const now = nowIso();
  for (let offset = 0; offset < total; offset += BATCH) {
    const rows = await listInvitableHouseholds(trx, programme.id, filter, offset, BATCH);
    const ids = rows.map((r) => r.household_id);
    const [invitations, contacts, invited] = await Promise.all([
      loadInvitations(trx, programme, campaign, rows),
      listContactsOf(trx, programme.id, ids),
      listInvitedHouseholdIds(trx, programme.id, campaign.id, ids),
    ]);
    const sends: InvitationSendsTable[] = [];
    for (const [i, household] of invitations.households.entries()) {
      const row = rows[i]!;
      const language = invitationLanguage(invitations.context, household);
      const own = contacts.filter((c) => c.household_id === household.householdId);
      const email = wantsEmail ? (own.map(emailAddress).find((v) => v !== null) ?? null) : null;
      const phone = wantsSms ? (own.map(smsNumber).find((v) => v !== null) ?? null) : null;
      const send = (channel: string, recipient: string | null) => {
        const id = newId();
        sends.push({
          id,
          programme_id: programme.id,
          campaign_id: campaign.id,
          household_id: household.householdId,
          channel,
          recipient,
          language,
          sent_by: actor.label,
          sent_at: now,
        });
        return id;
      };
      if (email) {
        const letter = buildLetter(invitations.context, household, invitations.eventsFor(household));
        const mail = buildInvitationMail(letter, programme.name);
        await enqueueMail(trx, { programmeId: programme.id, to: email, ...mail, template: 'family_invitation' });
        send('email', email);
        result.email += 1;
      }
      if (phone) {
        const sendId = send('sms', phone);
        sms.push({ sendId, to: phone, text: buildInvitationSms(invitations.context, household) });
        result.sms += 1;
      }
      if (!email && !phone) {
        send('letter', null);
        result.letterOnly += 1;
      }
      if (invited.has(household.householdId) || row.status === 'invited') {
        result.alreadyInvited += 1;
      }
      if (row.status === 'eligible' || row.status === 'allocated') {
        await setCampaignHouseholdStatus(trx, programme.id, campaign.id, household.householdId, 'invited');
      }
      result.households += 1;
    }
    await insertInvitationSends(trx, sends);
  }
  await recordAudit(trx, {
    programmeId: programme.id,
    actor,
    entityType: 'campaign',
    entityId: campaign.id,
    action: 'invitations_sent',
    summary: { channels: input.channels, ...result },
  });
  return { result, sms };
}
