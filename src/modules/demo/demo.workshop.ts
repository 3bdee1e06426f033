import type { AuditActor, UserActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { prepareCertificate, recordCertificate } from '../certificates/certificates.service.js';
import type { DeviceState } from '../devices/device-states.js';
import { updateDeviceColumns } from '../devices/devices.repository.js';
import { type Device, createDevice } from '../devices/devices.service.js';
import { signDeviceCheck } from '../devices/checks.service.js';
import { moveDevice } from '../devices/transitions.service.js';
import { declareLot } from '../donations/lots.service.js';
import { moveLot } from '../donations/lot-status.service.js';
import { recordNwipeLog } from '../erasure/record-nwipe-log.js';
import { parseUploadedInventory } from '../inventory/inventory-parsing.js';
import { decodePayload } from '../inventory/payload-decoding.js';
import { storeInventory } from '../inventory/record-inventory.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { type DemoMachine, demoInventoryJson, demoMachine, demoNwipeLog } from './demo.hardware.js';

/** The people the demo workshop acts as: the operator works, the supervisor signs the checks. */
export interface DemoWorkshopPeople {
  admin: { userId: string; email: string };
  operator: { userId: string; email: string };
  supervisor: { userId: string; email: string };
  donor: { userId: string; email: string; organisationId: string };
  workshopId: string;
}

/** The image the imaging station installs: a published manifest of the catalogue, by its hash. */
export interface DemoImage {
  manifestHash: string;
}

/** Where each demo device stops, with the machine it is (index into demo.hardware's models). */
type Plan = { machine: number; target: DeviceState | 'diagnosed_failed_wipe'; stuckDays?: number };

const MAIN_LOT: Plan[] = [
  { machine: 0, target: 'received' },
  { machine: 1, target: 'received', stuckDays: 21 },
  { machine: 2, target: 'diagnosed' },
  { machine: 3, target: 'diagnosed_failed_wipe', stuckDays: 16 },
  { machine: 4, target: 'erased' },
  { machine: 5, target: 'repaired' },
  { machine: 7, target: 'imaged' },
  { machine: 8, target: 'checked' },
  { machine: 9, target: 'ready' },
  { machine: 10, target: 'ready' },
  { machine: 11, target: 'ready' },
  { machine: 12, target: 'ready' },
  { machine: 6, target: 'for_parts' },
  { machine: 14, target: 'recycled' },
];
const CLOSED_LOT: Plan[] = [
  { machine: 16, target: 'ready' },
  { machine: 17, target: 'ready' },
  { machine: 22, target: 'recycled' },
];

function dateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function userActor(
  programmeId: string,
  who: { userId: string; email: string },
  grant: UserActor['grants'][number],
): UserActor {
  return {
    kind: 'user',
    userId: who.userId,
    email: who.email,
    displayName: who.email,
    locale: null,
    grants: [{ ...grant, programmeId }],
    sessionIdHash: '',
  };
}

const audit = (who: { userId: string; email: string }, role: string): AuditActor => ({
  userId: who.userId,
  label: who.email,
  role,
});

/**
 * The demo workshop: five lots (declared by the donor, scheduled, collected, one in the works,
 * one closed with its donor certificate) and devices in every workshop state. Everything goes
 * through the real services: inventories in glpi-agent's JSON, wipes as nwipe logs, moves
 * through the state machine with its guards, checks signed by a second person.
 */
export async function seedWorkshopDemo(
  trx: Executor,
  programmeId: string,
  people: DemoWorkshopPeople,
  publicBaseUrl: string,
  image: DemoImage,
): Promise<{ lots: number; devices: number }> {
  const admin = userActor(programmeId, people.admin, { programmeId, role: 'admin', organisationId: null });
  const donor = userActor(programmeId, people.donor, {
    programmeId,
    role: 'donor',
    organisationId: people.donor.organisationId,
  });
  const operator = audit(people.operator, 'workshop_operator');
  const supervisor = audit(people.supervisor, 'workshop_supervisor');
  const donorId = people.donor.organisationId;
  const pickup = { contactName: 'Service informatique (démo)', contactPhone: '03 81 00 00 00' };

  const lot = (declaredKinds: Record<string, number>, wishedInDays: number, notes: string, by = admin) =>
    declareLot(trx, programmeId, by, {
      donorId,
      declaredKinds,
      wishedPickupDate: dateInDays(wishedInDays),
      notes,
      ...pickup,
    });

  // The donor's own fresh declaration, and lots at each step before the workshop.
  await lot({ laptop: 12, monitor: 4 }, 14, 'Renouvellement du parc du 2e étage (démo).', donor);
  const scheduled = await lot({ desktop: 8 }, 7, 'Postes de l’accueil (démo).');
  await moveLot(trx, programmeId, admin, scheduled.id, { to: 'scheduled', scheduledPickupDate: dateInDays(10) });
  const collected = await lot({ laptop: 5 }, 3, 'Portables des commerciaux (démo).');
  await moveLot(trx, programmeId, admin, collected.id, { to: 'scheduled', scheduledPickupDate: dateInDays(3) });
  await moveLot(trx, programmeId, admin, collected.id, { to: 'collected' });

  let devices = 0;
  const work = async (plans: Plan[], kinds: Record<string, number>, weightKg: number) => {
    const l = await lot(kinds, 1, 'Lot reçu à l’atelier (démo).');
    await moveLot(trx, programmeId, admin, l.id, { to: 'scheduled', scheduledPickupDate: dateInDays(1) });
    await moveLot(trx, programmeId, admin, l.id, { to: 'collected' });
    for (const plan of plans) {
      await playDevice(trx, programmeId, l.id, plan, { operator, supervisor }, image);
      devices += 1;
    }
    await moveLot(trx, programmeId, admin, l.id, {
      to: 'received',
      receivedCount: plans.length,
      totalWeightKg: weightKg,
    });
    return l;
  };
  await work(MAIN_LOT, { laptop: 8, desktop: 6 }, 66.2);
  const closed = await work(CLOSED_LOT, { laptop: 2, desktop: 1 }, 12.4);
  await moveLot(trx, programmeId, admin, closed.id, { to: 'closed' });
  const programme = await getProgramme(trx, programmeId);
  const certificate = await prepareCertificate(trx, programme, publicBaseUrl, closed.id);
  await recordCertificate(
    trx,
    programmeId,
    audit(people.supervisor, 'workshop_supervisor'),
    certificate,
    publicBaseUrl,
  );
  return { lots: 5, devices };
}

/** A later lot, all of it made ready: the stock that arrives after the first allocation. */
export async function seedWorkshopReadyLot(
  trx: Executor,
  programmeId: string,
  people: DemoWorkshopPeople,
  count: number,
  image: DemoImage,
): Promise<void> {
  const admin = userActor(programmeId, people.admin, { programmeId, role: 'admin', organisationId: null });
  const l = await declareLot(trx, programmeId, admin, {
    donorId: people.donor.organisationId,
    declaredKinds: { laptop: count },
    wishedPickupDate: dateInDays(1),
    notes: 'Deuxième lot de la rentrée (démo).',
    contactName: 'Service informatique (démo)',
    contactPhone: '03 81 00 00 00',
  });
  await moveLot(trx, programmeId, admin, l.id, { to: 'scheduled', scheduledPickupDate: dateInDays(1) });
  await moveLot(trx, programmeId, admin, l.id, { to: 'collected' });
  const who = {
    operator: audit(people.operator, 'workshop_operator'),
    supervisor: audit(people.supervisor, 'workshop_supervisor'),
  };
  for (let i = 0; i < count; i += 1) {
    // Models 5 and 6 of demo.hardware are unfit (weak battery, 2 GB): keep to the fit ones.
    const fit = [0, 1, 2, 3, 4, 7][i % 6]!;
    await playDevice(trx, programmeId, l.id, { machine: 40 + 8 * i + fit, target: 'ready' }, who, image);
  }
  await moveLot(trx, programmeId, admin, l.id, { to: 'received', receivedCount: count, totalWeightKg: 2.1 * count });
}

async function playDevice(
  trx: Executor,
  programmeId: string,
  lotId: string,
  plan: Plan,
  who: { operator: AuditActor; supervisor: AuditActor },
  image: DemoImage,
): Promise<Device> {
  const machine: DemoMachine = demoMachine(plan.machine);
  const { operator, supervisor } = who;
  const device = await createDevice(trx, programmeId, operator, { kind: machine.kind, lotId, station: 'reception' });
  const move = (to: DeviceState, station: string, extra: Record<string, unknown> = {}) =>
    moveDevice(trx, programmeId, operator, device.id, { to, station, ...extra });

  if (plan.target !== 'received') {
    const decoded = decodePayload(demoInventoryJson(machine, device.assetTag));
    await storeInventory(
      trx,
      programmeId,
      operator,
      { parsed: parseUploadedInventory(decoded), payload: decoded.bytes, deviceId: device.id },
      'fr',
    );
  }
  if (plan.target === 'recycled') {
    await move('recycled', 'diagnosis', { reason: 'Carte mère hors service (démo).' });
  } else if (plan.target === 'for_parts') {
    await move('diagnosed', 'diagnosis');
    await move('for_parts', 'diagnosis', { reason: 'Trop peu de mémoire : gardé pour les pièces (démo).' });
  } else if (plan.target !== 'received') {
    await move('diagnosed', 'diagnosis');
    const failed = plan.target === 'diagnosed_failed_wipe';
    if (plan.target !== 'diagnosed') {
      await recordNwipeLog(
        trx,
        programmeId,
        operator,
        device.id,
        { bytes: demoNwipeLog(machine, new Date(Date.now() - 3_600_000), !failed), fileName: 'nwipe.log' },
        'fr',
      );
    }
    const steps: [DeviceState, string, Record<string, unknown>?][] = [
      ['erased', 'erasure'],
      ...(plan.target === 'repaired'
        ? [
            ['repaired', 'repair', { reason: 'Clavier remplacé (démo).' }] as [
              DeviceState,
              string,
              Record<string, unknown>,
            ],
          ]
        : []),
      ['imaged', 'imaging', { image }],
    ];
    const order: DeviceState[] = ['erased', 'repaired', 'imaged', 'checked', 'ready'];
    const targetIndex = failed ? -1 : order.indexOf(plan.target as DeviceState);
    for (const [to, station, extra] of steps) {
      if (order.indexOf(to) > targetIndex) break;
      await move(to, station, extra ?? {});
    }
    if (targetIndex >= order.indexOf('checked')) {
      const items = Object.fromEntries(
        (await getProgramme(trx, programmeId)).settings.checklist.map((code) => [code, 'ok' as const]),
      );
      await signDeviceCheck(trx, programmeId, supervisor, device.id, { items, station: 'check' });
    }
    if (targetIndex >= order.indexOf('ready')) await move('ready', 'ready');
  }
  if (plan.stuckDays) {
    const since = new Date(Date.now() - plan.stuckDays * 86_400_000).toISOString();
    await updateDeviceColumns(trx, programmeId, device.id, { state_since: since });
  }
  return device;
}
