import { compareDebianVersions, parseDebianVersion } from './debian-version.js';

/**
 * Does a machine carry the software its profile version says? Compares the packages of an
 * image manifest with the software list of the machine's latest inventory (Debian package
 * names and versions, as the inventory agents report them from dpkg).
 *
 * - missing: expected and not installed;
 * - outdated: installed at a version older than the manifest's (dpkg ordering); a newer one
 *   (a security update since the image) is fine;
 * - extra: installed, not expected here, but part of the programme's catalogue (`tracked`) — a
 *   package of another grade band or of last year's set. Hundreds of system packages are
 *   installed on any machine; they are not "extra".
 * - unknown: the inventory gave no usable version for an expected package.
 */
export interface ExpectedPackage {
  name: string;
  version: string;
}

export interface InstalledSoftware {
  name: string;
  version: string | null;
}

export interface SoftwareConformity {
  conform: boolean;
  missing: string[];
  outdated: { name: string; expected: string; installed: string }[];
  extra: string[];
  unknown: string[];
}

export function softwareConformity(
  expected: readonly ExpectedPackage[],
  installed: readonly InstalledSoftware[],
  tracked: ReadonlySet<string> = new Set(),
): SoftwareConformity {
  // The same name twice (two architectures): the highest readable version counts.
  const versions = new Map<string, string | null>();
  for (const s of installed) {
    const name = s.name.trim().toLowerCase();
    const version = s.version && parseDebianVersion(s.version) ? s.version : null;
    const known = versions.get(name);
    if (known === undefined || (version && (!known || compareDebianVersions(version, known) > 0))) {
      versions.set(name, version);
    }
  }
  const expectedNames = new Set(expected.map((p) => p.name));
  const result: SoftwareConformity = { conform: true, missing: [], outdated: [], extra: [], unknown: [] };
  for (const p of [...expected].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!versions.has(p.name)) result.missing.push(p.name);
    else {
      const v = versions.get(p.name) ?? null;
      if (v === null) result.unknown.push(p.name);
      else if (compareDebianVersions(v, p.version) < 0) {
        result.outdated.push({ name: p.name, expected: p.version, installed: v });
      }
    }
  }
  result.extra = [...versions.keys()].filter((n) => tracked.has(n) && !expectedNames.has(n)).sort();
  result.conform =
    result.missing.length === 0 &&
    result.outdated.length === 0 &&
    result.extra.length === 0 &&
    result.unknown.length === 0;
  return result;
}
