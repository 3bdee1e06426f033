import type { Executor } from '../../platform/db/database.js';
import type { Programme } from '../programmes/programmes.model.js';
import { findPackages } from './debian-index.repository.js';
import type { DebianIndex } from './debian-index.schemas.js';
import { requireCurrentIndex, toDebianIndex } from './debian-index.service.js';

/** What the check needs of a resource (published versions pass their snapshots). */
export interface CheckedResource {
  id: string;
  title: string;
  kind: string;
  packages: string[];
  minRamMb: number | null;
  minDiskMb: number | null;
  contentBytes: number | null;
}

/**
 * Why a package or a resource is refused. Codes with numbers, not sentences: the web page and
 * the publish refusal put them in words in the reader's language.
 * - not_in_index: the package is not in the loaded index;
 * - package_over_disk_budget: its Installed-Size alone exceeds the disk budget;
 * - ram_over_minimum: the resource asks more memory than the programme's smallest machine has;
 * - disk_over_budget: the resource asks more disk than the budget;
 * - content_over_budget: the resource's offline content alone exceeds the budget.
 */
export type DebianCheckReason =
  'not_in_index' | 'package_over_disk_budget' | 'ram_over_minimum' | 'disk_over_budget' | 'content_over_budget';

export interface DebianCheckPackage {
  name: string;
  resourceId: string;
  resourceTitle: string;
  status: 'available' | 'missing' | 'too_heavy';
  version: string | null;
  installedSizeKb: number | null;
  reason: DebianCheckReason | null;
}

export interface DebianCheckResource {
  resourceId: string;
  title: string;
  status: 'ok' | 'too_heavy';
  reason: DebianCheckReason | null;
}

export interface DebianCheck {
  index: DebianIndex;
  /** The programme's minimum RAM (settings.grading.ramMbC). */
  minRamMb: number;
  /** Disk the educational software may take (settings.catalogue.softwareDiskBudgetMb). */
  diskBudgetMb: number;
  packages: DebianCheckPackage[];
  resources: DebianCheckResource[];
  /** Installed-Size of every distinct package plus the content files, in MiB, rounded up. */
  totalMb: number;
  overBudget: boolean;
  publishable: boolean;
}

const KIB_PER_MB = 1024;
const BYTES_PER_MB = 1024 * 1024;

function resourceProblem(r: CheckedResource, minRamMb: number, diskBudgetMb: number): DebianCheckReason | null {
  if (r.minRamMb !== null && r.minRamMb > minRamMb) return 'ram_over_minimum';
  if (r.minDiskMb !== null && r.minDiskMb > diskBudgetMb) return 'disk_over_budget';
  if (r.contentBytes !== null && r.contentBytes / BYTES_PER_MB > diskBudgetMb) return 'content_over_budget';
  return null;
}

/**
 * Checks resources against the programme's current Debian index: each package available (with
 * the version apt would install), missing, or too heavy for the programme's minimum hardware,
 * and the total against the disk budget. Reads the packages in one query. Throws
 * CATALOGUE_NO_DEBIAN_INDEX when no index is loaded for the programme's release/architecture.
 */
export async function checkAgainstDebian(
  db: Executor,
  programme: Programme,
  resources: CheckedResource[],
): Promise<DebianCheck> {
  const indexRow = await requireCurrentIndex(db, programme);
  const minRamMb = programme.settings.grading.ramMbC;
  const diskBudgetMb = programme.settings.catalogue.softwareDiskBudgetMb;
  const names = [...new Set(resources.flatMap((r) => r.packages))];
  const rows = await findPackages(db, programme.id, indexRow.id, names);
  const byName = new Map(rows.map((r) => [r.name, r]));

  const packages: DebianCheckPackage[] = [];
  const checkedResources: DebianCheckResource[] = [];
  let totalKb = 0;
  const counted = new Set<string>();
  let contentBytes = 0;
  for (const r of resources) {
    const problem = resourceProblem(r, minRamMb, diskBudgetMb);
    checkedResources.push({
      resourceId: r.id,
      title: r.title,
      status: problem ? 'too_heavy' : 'ok',
      reason: problem,
    });
    contentBytes += r.contentBytes ?? 0;
    for (const name of r.packages) {
      const row = byName.get(name);
      const installedSizeKb = row?.installed_size_kb == null ? null : Number(row.installed_size_kb);
      let status: DebianCheckPackage['status'] = 'available';
      let reason: DebianCheckReason | null = null;
      if (!row) {
        status = 'missing';
        reason = 'not_in_index';
      } else if (installedSizeKb !== null && installedSizeKb / KIB_PER_MB > diskBudgetMb) {
        status = 'too_heavy';
        reason = 'package_over_disk_budget';
      } else if (problem) {
        status = 'too_heavy';
        reason = problem;
      }
      if (row && !counted.has(name)) {
        counted.add(name);
        totalKb += installedSizeKb ?? 0;
      }
      packages.push({
        name,
        resourceId: r.id,
        resourceTitle: r.title,
        status,
        version: row?.version ?? null,
        installedSizeKb,
        reason,
      });
    }
  }
  const totalMb = Math.ceil(totalKb / KIB_PER_MB + contentBytes / BYTES_PER_MB);
  const overBudget = totalMb > diskBudgetMb;
  const publishable =
    !overBudget && packages.every((p) => p.status === 'available') && checkedResources.every((r) => r.status === 'ok');
  return {
    index: toDebianIndex(indexRow),
    minRamMb,
    diskBudgetMb,
    packages,
    resources: checkedResources,
    totalMb,
    overBudget,
    publishable,
  };
}
