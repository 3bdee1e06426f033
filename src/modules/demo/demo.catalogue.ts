import fs from 'node:fs';
import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { type Band, bands } from '../catalogue/catalogue-codes.js';
import { findDebianPackages, readUploadedIndex, storeDebianIndex } from '../catalogue/debian-index.service.js';
import { decideProposal } from '../catalogue/decisions.service.js';
import { addResourceToVersion, openDraft } from '../catalogue/profile-drafts.js';
import { type CatalogueActor, addComment, createProposal } from '../catalogue/proposals.service.js';
import { publishVersion } from '../catalogue/publish.service.js';
import { markContentVerified } from '../catalogue/resources.repository.js';
import { createResource } from '../catalogue/resources.service.js';
import { createSchoolDevice } from '../catalogue/school-devices.service.js';
import { recomputeConformity } from '../catalogue/conformity.service.js';
import { approveVersion } from '../catalogue/versions.service.js';
import { castVote } from '../catalogue/votes.service.js';
import { parseUploadedInventory } from '../inventory/inventory-parsing.js';
import { decodePayload } from '../inventory/payload-decoding.js';
import { storeInventory } from '../inventory/record-inventory.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { findSchoolYearByCode } from '../schools/school-years.repository.js';
import { createSchoolYear } from '../schools/school-years.service.js';
import { DEMO_PROPOSALS, DEMO_RESOURCES } from './demo.catalogue-data.js';
import { schoolYearOf } from './demo.families.js';

/**
 * The demo's educational catalogue, made through the real services: the Debian index extract
 * shipped with the tests, real resources, this school year's cycle 2 and cycle 3 sets approved
 * and published by the committee (real manifests, whose hashes the workshop images with),
 * teachers' proposals with votes and comments, the accepted one making next year's cycle 3
 * draft, and three computers of the first school reporting inventories, judged for conformity.
 */
export interface DemoPerson {
  userId: string;
  email: string;
  /** The name colleagues see on proposals and votes. */
  name: string;
  role: string;
}

export interface DemoCataloguePeople {
  /** The three demo teachers, all at the first school. */
  teachers: DemoPerson[];
  committee: DemoPerson;
  coordinator: DemoPerson;
}

export interface DemoCatalogue {
  currentYear: { id: string; code: string };
  nextYear: { id: string; code: string };
  /** The manifest hash of this year's published set of each band. */
  manifestHashes: Record<Band, string>;
}

const LANG = 'fr' as const;

const audit = (p: DemoPerson): AuditActor => ({ userId: p.userId, label: p.email, role: p.role });
const catalogueActor = (p: DemoPerson): CatalogueActor => ({ userId: p.userId, name: p.name, audit: audit(p) });

/**
 * A file shipped in the repository's test/fixtures, read when the demo is seeded (from src/ with
 * tsx, or from dist/src/ once built: the project root is one level higher there).
 */
export function repositoryFixture(relativePath: string): Buffer {
  for (const up of ['../../../', '../../../../']) {
    const url = new URL(`${up}test/fixtures/${relativePath}`, import.meta.url);
    if (fs.existsSync(url)) return fs.readFileSync(url);
  }
  throw new Error(`The demo needs test/fixtures/${relativePath}, which is not in this installation.`);
}

async function ensureSchoolYear(trx: Executor, programmeId: string, actor: AuditActor, later: number) {
  const input = schoolYearOf(new Date(), later);
  const existing = await findSchoolYearByCode(trx, programmeId, input.code);
  if (existing) return { id: existing.id, code: existing.code };
  const created = await createSchoolYear(trx, programmeId, actor, input);
  return { id: created.id, code: created.code };
}

export async function seedCatalogueDemo(
  trx: Executor,
  programmeId: string,
  people: DemoCataloguePeople,
): Promise<DemoCatalogue> {
  const programme = await getProgramme(trx, programmeId);
  const coordinator = audit(people.coordinator);
  const currentYear = await ensureSchoolYear(trx, programmeId, coordinator, 0);
  const nextYear = await ensureSchoolYear(trx, programmeId, coordinator, 1);

  const fileName = 'bookworm-main-amd64-Packages';
  const parsed = await readUploadedIndex(programme, repositoryFixture(`debian/${fileName}`), fileName, LANG);
  await storeDebianIndex(trx, programme, coordinator, parsed);

  // The catalogue as the coordination set it up; ChildsPlay comes later, with a teacher's proposal.
  const ids = new Map<string, string>();
  for (const r of DEMO_RESOURCES.filter((x) => x.status === 'accepted')) {
    const created = await createResource(trx, programmeId, coordinator, r.input, 'accepted', LANG);
    ids.set(r.key, created.id);
    // The demo cannot download a 1 GB file: its offline content is marked as checked.
    if (r.input.content) await markContentVerified(trx, programmeId, created.id, r.input.content, nowIso());
  }

  const committee = audit(people.committee);
  const manifestHashes = {} as Record<Band, string>;
  for (const band of bands) {
    const { version } = await openDraft(trx, programmeId, band, currentYear.id);
    for (const r of DEMO_RESOURCES.filter((x) => x.bands.includes(band))) {
      await addResourceToVersion(trx, programmeId, version, ids.get(r.key)!, null);
    }
    await approveVersion(trx, programmeId, committee, version.id);
    const published = await publishVersion(trx, programme, committee, version.id, LANG);
    manifestHashes[band] = published.manifestHash!;
  }

  for (const p of DEMO_PROPOSALS) {
    const resource = DEMO_RESOURCES.find((r) => r.key === p.resource)!;
    const proposal = await createProposal(
      trx,
      programme,
      catalogueActor(people.teachers[p.by]!),
      {
        kind: p.kind,
        grade: p.grade,
        schoolYearId: (p.year === 'current' ? currentYear : nextYear).id,
        reason: p.reason,
        ...(ids.has(p.resource) ? { resourceId: ids.get(p.resource)! } : { resource: resource.input }),
      },
      LANG,
    );
    ids.set(p.resource, proposal.resource.id);
    for (const v of p.votes) {
      await castVote(trx, programmeId, catalogueActor(people.teachers[v.by]!), proposal.id, v.value, LANG);
    }
    for (const c of p.comments) {
      await addComment(trx, programmeId, catalogueActor(people.teachers[c.by]!), proposal.id, c.body, LANG);
    }
    if (p.decision) {
      await decideProposal(trx, programmeId, catalogueActor(people.committee), proposal.id, p.decision, LANG);
    }
  }
  return { currentYear, nextYear, manifestHashes };
}

/** The first school's computers: two in the cycle 2 room, one in the cycle 3 room. */
const SCHOOL_COMPUTERS: {
  kind: 'desktop' | 'laptop';
  make: string;
  model: string;
  serial: string;
  band: Band;
  /** The packages of the band's set the machine lacks, and those it has at an older version. */
  lacks: string[];
  older: Record<string, string>;
}[] = [
  {
    kind: 'desktop',
    make: 'Dell Inc.',
    model: 'OptiPlex 3050',
    serial: 'DEMOECOLE01',
    band: 'cycle2',
    lacks: [],
    older: {},
  },
  {
    kind: 'desktop',
    make: 'Dell Inc.',
    model: 'OptiPlex 3050',
    serial: 'DEMOECOLE02',
    band: 'cycle2',
    lacks: ['tuxtype', 'kiwix'],
    older: {},
  },
  {
    kind: 'laptop',
    make: 'LENOVO',
    model: 'ThinkPad L470',
    serial: 'DEMOECOLE03',
    band: 'cycle3',
    lacks: ['geogebra'],
    // Bullseye's Stellarium, left from the image of two years ago.
    older: { stellarium: '0.20.4-1', 'stellarium-data': '0.20.4-1' },
  },
];

/**
 * Registers the school computers, has each report the real glpi-agent capture (its own tag, its
 * Debian software with the band's packages installed, some missing or old), then computes the
 * conformity of every school and home computer of the programme.
 */
export async function seedSchoolComputersDemo(
  trx: Executor,
  programmeId: string,
  director: DemoPerson,
  schoolId: string,
): Promise<{ computers: number }> {
  const programme = await getProgramme(trx, programmeId);
  const actor = audit(director);
  const capture = JSON.parse(repositoryFixture('hardware/glpi-agent-1.x-inventory-request.json').toString('utf8')) as {
    deviceid: string;
    tag: string;
    content: { softwares: Record<string, unknown>[]; bios: Record<string, unknown> };
  };
  const bandPackages = new Map<Band, string[]>();
  for (const band of bands) {
    const names = DEMO_RESOURCES.filter((r) => r.bands.includes(band)).flatMap((r) => r.input.packages ?? []);
    bandPackages.set(band, names);
  }
  const versions = new Map(
    (await findDebianPackages(trx, programme, [...bandPackages.values()].flat())).items.map((p) => [p.name, p.version]),
  );
  for (const [i, pc] of SCHOOL_COMPUTERS.entries()) {
    const device = await createSchoolDevice(
      trx,
      programmeId,
      actor,
      schoolId,
      { kind: pc.kind, make: pc.make, model: pc.model, serial: pc.serial, band: pc.band },
      LANG,
    );
    const installed = bandPackages
      .get(pc.band)!
      .filter((name) => !pc.lacks.includes(name))
      .map((name) => ({
        arch: 'amd64',
        from: 'deb',
        name,
        publisher: 'Debian',
        system_category: 'education',
        version: pc.older[name] ?? versions.get(name)!,
      }));
    const body = {
      ...capture,
      deviceid: `ecole-tilleuls-${i + 1}-2026-09-01-08-00-00`,
      tag: device.assetTag,
      content: { ...capture.content, softwares: [...capture.content.softwares, ...installed] },
    };
    const decoded = decodePayload(Buffer.from(JSON.stringify(body)));
    await storeInventory(
      trx,
      programmeId,
      actor,
      { parsed: parseUploadedInventory(decoded), payload: decoded.bytes, deviceId: device.id },
      LANG,
    );
  }
  await recomputeConformity(trx, programmeId);
  return { computers: SCHOOL_COMPUTERS.length };
}
