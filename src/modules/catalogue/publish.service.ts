import { recordAudit } from '../../platform/audit/audit.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { programmeLanguage } from '../certificates/certificate-messages.js';
import type { Programme } from '../programmes/programmes.model.js';
import type { Band } from './catalogue-codes.js';
import { scheduleConformityRecompute } from './conformity-jobs.js';
import { type DebianCheck, checkAgainstDebian } from './debian-check.js';
import {
  type ImageManifest,
  type ImageManifestInput,
  type ManifestMenuEntry,
  ManifestInputError,
  buildImageManifest,
} from './image-manifest.js';
import { profilesMessages } from './profiles.messages.js';
import { type VersionViewRow, markVersionPublished, setItemSnapshots } from './profiles.repository.js';
import type { Resource } from './resources.service.js';
import { type Version, checkedResources, getVersion, loadVersion, versionResources } from './versions.service.js';

/** "GCompris" → "gcompris", "Tux Paint" → "tux-paint": the .desktop file's name. */
function menuId(title: string, taken: Set<string>): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'ressource';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The menu entries of a version: a command for software, the file for content, the address for the web. */
function menuEntries(resources: readonly Resource[]): ManifestMenuEntry[] {
  const taken = new Set<string>();
  const entries: ManifestMenuEntry[] = [];
  for (const r of resources) {
    const base = { name: r.title, categories: ['Education'] };
    if (r.kind === 'software' && r.launchCommand) {
      entries.push({ id: menuId(r.title, taken), ...base, exec: r.launchCommand, url: null });
    } else if (r.kind === 'content' && r.content) {
      entries.push({
        id: menuId(r.title, taken),
        ...base,
        exec: null,
        url: `file:///srv/cartable/content/${r.content.fileName}`,
      });
    } else if (r.kind === 'web' && r.webUrl) {
      entries.push({ id: menuId(r.title, taken), ...base, exec: null, url: r.webUrl });
    }
  }
  return entries;
}

/** The manifest's content: packages at the versions the check found, contents, account, menu. */
export function manifestInput(
  programme: Programme,
  version: Pick<VersionViewRow, 'band' | 'school_year_code' | 'number'>,
  resources: readonly Resource[],
  check: DebianCheck,
): ImageManifestInput {
  const band = version.band as Band;
  const settings = programme.settings.catalogue;
  const packages = new Map<string, string>();
  for (const p of check.packages) if (p.version !== null) packages.set(p.name, p.version);
  return {
    programme: { slug: programme.slug, name: programme.name },
    profile: {
      code: band,
      title: profilesMessages(programmeLanguage(programme)).bandTitles[band],
      schoolYear: version.school_year_code,
      version: Number(version.number),
    },
    target: { release: settings.debianRelease, architecture: settings.debianArchitecture },
    packages: [...packages].map(([name, v]) => ({ name, version: v })),
    contents: resources.flatMap((r) =>
      r.kind === 'content' && r.content
        ? [{ fileName: r.content.fileName, url: r.content.url, sha256: r.content.sha256, bytes: r.content.bytes }]
        : [],
    ),
    childAccount: { username: settings.childUsername, fullName: settings.childFullName },
    menuEntries: menuEntries(resources),
  };
}

/** Why a checked version cannot be published: one field per missing or too heavy package. */
function unavailableFields(
  check: DebianCheck,
  programme: Programme,
  resources: readonly Resource[],
  lang: Language,
): FieldError[] {
  const m = profilesMessages(lang);
  const byId = new Map(resources.map((r) => [r.id, r]));
  const settings = programme.settings;
  const budget = check.diskBudgetMb;
  const fields: FieldError[] = [];
  for (const p of check.packages) {
    const params = { name: p.name, title: p.resourceTitle };
    if (p.status === 'missing') {
      const message = format(m.package_missing, {
        ...params,
        release: settings.catalogue.debianRelease,
        architecture: settings.catalogue.debianArchitecture,
      });
      fields.push({ field: `packages.${p.name}`, code: 'missing', message });
    } else if (p.status === 'too_heavy') {
      const r = byId.get(p.resourceId);
      const message =
        p.reason === 'ram_over_minimum'
          ? format(m.package_too_heavy_ram, { ...params, need: r?.minRamMb ?? 0, have: check.minRamMb })
          : p.reason === 'disk_over_budget'
            ? format(m.package_too_heavy_disk, { ...params, need: r?.minDiskMb ?? 0, have: budget })
            : format(m.package_too_heavy_size, {
                ...params,
                need: Math.ceil((p.installedSizeKb ?? 0) / 1024),
                have: budget,
              });
      fields.push({ field: `packages.${p.name}`, code: 'too_heavy', message });
    }
  }
  const withPackages = new Set(check.packages.map((p) => p.resourceId));
  for (const r of check.resources) {
    if (r.status === 'too_heavy' && !withPackages.has(r.resourceId)) {
      fields.push({
        field: `resources.${r.resourceId}`,
        code: 'too_heavy',
        message: format(m.resource_too_heavy, { title: r.title }),
      });
    }
  }
  if (check.overBudget) {
    fields.push({
      field: 'packages',
      code: 'over_budget',
      message: format(m.over_budget, { total: Math.ceil(check.totalMb), budget }),
    });
  }
  return fields;
}

/** Builds the manifest; a value the image cannot carry is refused in words (nothing is stored). */
function buildManifest(input: ImageManifestInput, lang: Language): ImageManifest {
  try {
    return buildImageManifest(input);
  } catch (e) {
    if (!(e instanceof ManifestInputError)) throw e;
    const message = format(profilesMessages(lang).manifest_value, { field: e.field });
    throw new AppError('UNPROCESSABLE', {
      detail: message,
      fields: [{ field: e.field, code: 'unsafe_value', message }],
    });
  }
}

/**
 * Publishes an approved version, in the caller's transaction: the Debian check must pass (else
 * 409 CATALOGUE_PACKAGES_UNAVAILABLE naming each package), every offline content must have been
 * verified; then each item's resource is frozen as a snapshot, the manifest is built and stored
 * with its hash and the check, and the conformity of every device is scheduled for recompute.
 * Any refusal happens before the first write.
 */
export async function publishVersion(
  trx: Executor,
  programme: Programme,
  actor: AuditActor,
  versionId: string,
  lang: Language,
): Promise<Version> {
  const version = await loadVersion(trx, programme.id, versionId);
  if (version.status === 'published') throw new AppError('CATALOGUE_VERSION_PUBLISHED');
  if (version.status !== 'approved') throw new AppError('CATALOGUE_VERSION_NOT_APPROVED');
  const resources = await versionResources(trx, programme.id, version);
  const check = await checkAgainstDebian(trx, programme, checkedResources(resources));
  const fields = unavailableFields(check, programme, resources, lang);
  if (!check.publishable || fields.length > 0) {
    throw new AppError('CATALOGUE_PACKAGES_UNAVAILABLE', { detail: fields.map((f) => f.message).join(' '), fields });
  }
  const unverified = resources.filter((r) => r.kind === 'content' && r.content && r.content.verifiedAt === null);
  if (unverified.length > 0) {
    const m = profilesMessages(lang);
    const unverifiedFields = unverified.map((r) => ({
      field: `resources.${r.id}`,
      code: 'content_not_verified',
      message: format(m.content_not_verified, { title: r.title }),
    }));
    throw new AppError('CATALOGUE_CONTENT_NOT_VERIFIED', {
      detail: unverifiedFields.map((f) => f.message).join(' '),
      fields: unverifiedFields,
    });
  }
  const manifest = buildManifest(manifestInput(programme, version, resources, check), lang);
  const published = await markVersionPublished(
    trx,
    programme.id,
    versionId,
    {
      userId: actor.userId,
      label: actor.label,
      manifestHash: manifest.hash,
      manifest: JSON.stringify(manifest.content),
      debianCheck: JSON.stringify(check),
    },
    nowIso(),
  );
  if (!published) throw new AppError('CATALOGUE_VERSION_NOT_APPROVED');
  await setItemSnapshots(
    trx,
    programme.id,
    versionId,
    resources.map((r) => ({ resourceId: r.id, snapshot: JSON.stringify(r) })),
  );
  await scheduleConformityRecompute(trx, programme.id, versionId);
  await recordAudit(trx, {
    programmeId: programme.id,
    actor,
    entityType: 'catalogue_version',
    entityId: versionId,
    action: 'published',
    summary: { number: Number(version.number), band: version.band, manifestHash: manifest.hash },
  });
  return getVersion(trx, programme.id, versionId);
}
