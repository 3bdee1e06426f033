import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { runAllocation } from '../campaigns/allocation-run.service.js';
import { releaseAllocation } from '../campaigns/allocations.service.js';
import { createCampaign, updateCampaign } from '../campaigns/campaigns.service.js';
import { listCampaignHouseholdRows } from '../campaigns/campaign-households.js';
import { bookAppointment } from '../distribution/appointments.service.js';
import { addSlots, createEvent } from '../distribution/events.service.js';
import { sendInvitations } from '../distribution/invitation-sends.service.js';
import { createGrantClaim } from '../grants/grants.service.js';
import { performHandover } from '../handover/handover.service.js';
import { declineHousehold } from '../households/household-edit.service.js';
import { commitImport } from '../imports/import-run.service.js';
import { setImportMapping, uploadImport } from '../imports/imports.service.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { findSchoolYearByCode } from '../schools/school-years.repository.js';
import { createSchoolYear } from '../schools/school-years.service.js';

/**
 * The demo campaign: the CE2 pupils of one school imported from a CSV as a school exports it,
 * a campaign with its allocation, and households at every step — eligible, waiting for a
 * device, allocated, invited, booked, handed over (with loan, card and grant claim), declined.
 */
const PUPILS: [string, string, string, string, string, string, string, string][] = [
  // last name; first name; grade; class; guardian; phone; no computer at home; priority neighbourhood
  ['Martin', 'Léa', 'CE2', 'CE2 A', 'Sophie Martin', '06 12 34 56 01', 'oui', 'non'],
  ['Bernard', 'Noah', 'CE2', 'CE2 A', 'Karim Bernard', '06 12 34 56 02', 'oui', 'oui'],
  ['Nguyen', 'Inès', 'CE2', 'CE2 A', 'Mai Nguyen', '06 12 34 56 03', 'non', 'oui'],
  ['Diallo', 'Moussa', 'CE2', 'CE2 B', 'Aminata Diallo', '06 12 34 56 04', 'oui', 'oui'],
  ['Petit', 'Chloé', 'CE2', 'CE2 B', 'Julien Petit', '06 12 34 56 05', 'non', 'non'],
  ['Durand', 'Théo', 'CE2', 'CE2 B', 'Claire Durand', '06 12 34 56 06', 'non', 'non'],
  ['Yilmaz', 'Elif', 'CE2', 'CE2 A', 'Ayşe Yilmaz', '06 12 34 56 07', 'oui', 'non'],
  ['Moreau', 'Jules', 'CE2', 'CE2 B', 'Hélène Moreau', '06 12 34 56 08', 'non', 'non'],
  ['Lefèvre', 'Zoé', 'CE2', 'CE2 A', 'Marc Lefèvre', '06 12 34 56 09', 'non', 'non'],
  // Noah's little sister: same phone, one household and one pack.
  ['Bernard', 'Lina', 'CE1', 'CE1', 'Karim Bernard', '06 12 34 56 02', 'oui', 'oui'],
];

function demoCsv(): Buffer {
  const header =
    'Nom;Prénom;Niveau;Classe;Nom responsable;Prénom responsable;Téléphone;Sans ordinateur;Quartier prioritaire';
  const lines = PUPILS.map(([last, first, grade, klass, guardian, phone, noComputer, priority]) => {
    const [gFirst, ...gLast] = guardian.split(' ');
    return [last, first, grade, klass, gLast.join(' '), gFirst, phone, noComputer, priority].join(';');
  });
  return Buffer.from([header, ...lines].join('\r\n') + '\r\n', 'utf8');
}

/**
 * The demo's school year running on `today`, or once it has ended (4 July) the one starting in
 * September — the year pickCurrentSchoolYear calls current — or `later` years after it.
 */
export function schoolYearOf(today: Date, later = 0): { code: string; startsOn: string; endsOn: string } {
  const ended = today.toISOString().slice(5, 10) > '07-04';
  const y = (ended ? today.getUTCFullYear() : today.getUTCFullYear() - 1) + later;
  return { code: `${y}-${y + 1}`, startsOn: `${y}-09-01`, endsOn: `${y + 1}-07-04` };
}

const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function seedFamiliesDemo(
  trx: Executor,
  programmeId: string,
  coordinator: AuditActor,
  schoolId: string,
): Promise<{ households: number }> {
  const programme = await getProgramme(trx, programmeId);
  // The catalogue demo, seeded first, may have made the year already.
  const thisYear = schoolYearOf(new Date());
  const existing = await findSchoolYearByCode(trx, programmeId, thisYear.code);
  const year = existing
    ? { id: existing.id, code: existing.code }
    : await createSchoolYear(trx, programmeId, coordinator, thisYear);
  const upload = await uploadImport(
    trx,
    programme,
    coordinator,
    { schoolId, schoolYearId: year.id, fileName: 'export-ecole-cerisier.csv', bytes: demoCsv() },
    'fr',
  );
  await setImportMapping(
    trx,
    programmeId,
    coordinator,
    upload.id,
    {
      'pupil.lastName': 'Nom',
      'pupil.firstName': 'Prénom',
      'pupil.grade': 'Niveau',
      'pupil.className': 'Classe',
      'guardian1.lastName': 'Nom responsable',
      'guardian1.firstName': 'Prénom responsable',
      'contact.phone1': 'Téléphone',
      'household.noComputerAtHome': 'Sans ordinateur',
      'household.priorityNeighbourhood': 'Quartier prioritaire',
    },
    'fr',
  );
  await commitImport(trx, programme, coordinator, upload.id, 'fr');

  const householdOf = async (lastName: string) => {
    const row = await trx
      .selectFrom('pupils')
      .select('household_id')
      .where('programme_id', '=', programmeId)
      .where('last_name', '=', lastName)
      .where('grade', '=', 'CE2')
      .executeTakeFirstOrThrow();
    return row.household_id!;
  };
  await declineHousehold(trx, programmeId, coordinator, await householdOf('Lefèvre'), {
    reason: 'La famille a déjà un ordinateur récent (démo).',
  });

  const { campaign } = await createCampaign(trx, programmeId, coordinator, {
    name: `Rentrée ${year.code} — CE2 (démo)`,
    schoolYearId: year.id,
    schoolIds: [schoolId],
    startsOn: iso(-20),
    endsOn: iso(60),
  });
  await updateCampaign(trx, programmeId, coordinator, campaign.id, { status: 'open' });
  // Six ready devices for eight eligible households: two wait for the next lot.
  await runAllocation(trx, programmeId, coordinator, campaign.id, { seed: 'demo' });

  const rows = await listCampaignHouseholdRows(trx, programmeId, campaign.id);
  const byStatus = (status: string) =>
    rows.filter((r) => r.status === status).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const allocated = byStatus('allocated');
  const reach = { all: true, schoolIds: [] as string[] };
  const event = await createEvent(
    trx,
    programme,
    coordinator,
    reach,
    campaign.id,
    { schoolId, placeName: 'Préau de l’école du Cerisier (démo)', date: iso(5) },
    'fr',
  );
  const { created: slots } = await addSlots(
    trx,
    programme,
    coordinator,
    reach,
    event.id,
    { from: '16:30', to: '18:30', everyMinutes: 30, capacity: 3 },
    'fr',
  );
  // Invitations for the first four; the fifth stays allocated, not yet invited; the sixth is released below.
  await sendInvitations(
    trx,
    programme,
    coordinator,
    reach,
    campaign.id,
    { householdIds: allocated.slice(0, 4).map((r) => r.household_id), channels: ['email', 'sms'] },
    'fr',
  );
  for (const [i, row] of allocated.slice(0, 3).entries()) {
    await bookAppointment(
      trx,
      programme,
      coordinator,
      reach,
      { campaignId: campaign.id, householdId: row.household_id, slotId: slots[i % slots.length]!.id },
      'fr',
    );
  }
  // The first family came early to the school office: pack handed over, signed by typed name.
  const first = allocated[0]!;
  const reserved = await trx
    .selectFrom('allocations')
    .select(['id', 'device_id'])
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaign.id)
    .where('household_id', '=', first.household_id)
    .where('status', '=', 'reserved')
    .executeTakeFirstOrThrow();
  const guardian = await trx
    .selectFrom('household_guardians')
    .select(['first_name', 'last_name'])
    .where('household_id', '=', first.household_id)
    .orderBy('position')
    .executeTakeFirstOrThrow();
  const handover = await performHandover(
    trx,
    programmeId,
    coordinator,
    {
      campaignId: campaign.id,
      householdId: first.household_id,
      deviceId: reserved.device_id,
      signerName: `${guardian.first_name ?? ''} ${guardian.last_name}`.trim(),
      signature: { kind: 'typed', consent: true },
    },
    { staffName: 'Coordination (démo)' },
  );
  await createGrantClaim(trx, programmeId, coordinator, { handoverId: handover.handover.id }, 'fr');
  // One reservation released (the device went back for a new keyboard): that household is eligible again.
  const last = allocated.at(-1)!;
  const toRelease = await trx
    .selectFrom('allocations')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', last.household_id)
    .where('status', '=', 'reserved')
    .executeTakeFirstOrThrow();
  await releaseAllocation(trx, programmeId, coordinator, toRelease.id, 'Clavier à remplacer (démo).');
  return { households: rows.length };
}
