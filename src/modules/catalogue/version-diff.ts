import { type Language, format } from '../../platform/i18n/i18n.js';
import { profilesMessages } from './profiles.messages.js';

/** What the difference between two versions looks at in a resource (a Resource has all of it). */
export interface DiffResource {
  id: string;
  title: string;
  grades: string[];
  packages: string[];
  launchCommand: string | null;
  minRamMb: number | null;
  minDiskMb: number | null;
  content: { url: string; sha256: string; bytes: number } | null;
  webUrl: string | null;
}

/** One side of a difference: the version's resources and, when known, its packages' versions. */
export interface DiffSide<R extends DiffResource> {
  resources: R[];
  /** Package name → version (from the published manifest, or the live index for a draft). */
  packageVersions: ReadonlyMap<string, string>;
}

export type ChangeValue = string | number | null;

export interface ResourceChange {
  /** title, grades, launchCommand, webUrl, minRamMb, minDiskMb, content, or packages.<name>. */
  field: string;
  before: ChangeValue;
  after: ChangeValue;
}

export interface VersionDiff<R extends DiffResource> {
  added: R[];
  removed: R[];
  changed: { resource: R; changes: ResourceChange[] }[];
  sentences: string[];
}

const byTitle = <R extends DiffResource>(a: R, b: R) => a.title.localeCompare(b.title, 'fr');

/** "1:0.9.28-sdl2-1" → "0.9.28-sdl2": what a teacher recognises, without epoch and Debian revision. */
export function displayVersion(version: string): string {
  const noEpoch = version.replace(/^\d+:/, '');
  const dash = noEpoch.lastIndexOf('-');
  return dash > 0 ? noEpoch.slice(0, dash) : noEpoch;
}

/** A size in words: "3,8 Go", "950 Mo" (French decimal comma), "3.8 GB" in English. */
export function formatBytes(bytes: number, lang: Language): string {
  const u = profilesMessages(lang).units;
  const locale = lang === 'en' ? 'en-GB' : 'fr-FR';
  const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, u.gb] : bytes >= 1e6 ? [bytes / 1e6, u.mb] : [bytes / 1e3, u.kb];
  return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} ${unit}`.replace(/\u202f/g, ' ');
}

function formatMb(mb: number | null, lang: Language): string {
  if (mb === null) return profilesMessages(lang).diff.noRequirement;
  const u = profilesMessages(lang).units;
  if (mb < 1024) return `${mb} ${u.mb}`;
  const locale = lang === 'en' ? 'en-GB' : 'fr-FR';
  return `${(mb / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} ${u.gb}`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The field-by-field changes of one resource between two versions, with their sentences. */
function changesOf<R extends DiffResource>(
  before: R,
  after: R,
  from: DiffSide<R>,
  to: DiffSide<R>,
  lang: Language,
): { changes: ResourceChange[]; sentences: string[] } {
  const d = profilesMessages(lang).diff;
  const title = after.title;
  const changes: ResourceChange[] = [];
  const sentences: string[] = [];
  const push = (change: ResourceChange, sentence: string) => {
    changes.push(change);
    sentences.push(sentence);
  };
  if (before.title !== after.title) {
    push(
      { field: 'title', before: before.title, after: after.title },
      format(d.renamed, { before: before.title, after: after.title }),
    );
  }
  for (const name of after.packages) {
    if (!before.packages.includes(name)) {
      push(
        { field: `packages.${name}`, before: null, after: to.packageVersions.get(name) ?? name },
        format(d.packageAdded, { title, name }),
      );
      continue;
    }
    const was = from.packageVersions.get(name);
    const now = to.packageVersions.get(name);
    if (was !== undefined && now !== undefined && was !== now) {
      const [b, a] =
        displayVersion(was) === displayVersion(now) ? [was, now] : [displayVersion(was), displayVersion(now)];
      const template = after.packages.length > 1 ? d.namedPackageVersion : d.packageVersion;
      push(
        { field: `packages.${name}`, before: was, after: now },
        format(template, { title, name, before: b, after: a }),
      );
    }
  }
  for (const name of before.packages) {
    if (!after.packages.includes(name)) {
      push(
        { field: `packages.${name}`, before: from.packageVersions.get(name) ?? name, after: null },
        format(d.packageRemoved, { title, name }),
      );
    }
  }
  const bc = before.content;
  const ac = after.content;
  if (bc && ac && (bc.sha256 !== ac.sha256 || bc.url !== ac.url || bc.bytes !== ac.bytes)) {
    const sentence =
      bc.bytes === ac.bytes
        ? format(d.contentSameSize, { title })
        : format(d.content, { title, before: formatBytes(bc.bytes, lang), after: formatBytes(ac.bytes, lang) });
    push({ field: 'content', before: bc.bytes, after: ac.bytes }, sentence);
  }
  if (before.webUrl !== after.webUrl && after.webUrl !== null) {
    push(
      { field: 'webUrl', before: before.webUrl, after: after.webUrl },
      format(d.webUrl, { title, after: after.webUrl }),
    );
  }
  if (before.launchCommand !== after.launchCommand && after.launchCommand !== null) {
    push(
      { field: 'launchCommand', before: before.launchCommand, after: after.launchCommand },
      format(d.launchCommand, { title, after: after.launchCommand }),
    );
  }
  for (const field of ['minRamMb', 'minDiskMb'] as const) {
    if (before[field] !== after[field]) {
      push(
        { field, before: before[field], after: after[field] },
        format(d[field], { title, before: formatMb(before[field], lang), after: formatMb(after[field], lang) }),
      );
    }
  }
  if (!sameList(before.grades, after.grades)) {
    push(
      { field: 'grades', before: before.grades.join(', '), after: after.grades.join(', ') },
      format(d.grades, { title, before: before.grades.join(', '), after: after.grades.join(', ') }),
    );
  }
  return { changes, sentences };
}

/**
 * What changes from one version to another, for people: resources added, removed, and changed
 * (title, packages and their versions, offline content, address, requirements, grades), each
 * with a sentence in the request's language. `from` is null for a first version: all is added.
 */
export function diffVersions<R extends DiffResource>(
  from: DiffSide<R> | null,
  to: DiffSide<R>,
  lang: Language,
): VersionDiff<R> {
  const d = profilesMessages(lang).diff;
  const before = new Map((from?.resources ?? []).map((r) => [r.id, r]));
  const after = new Map(to.resources.map((r) => [r.id, r]));
  const added = to.resources.filter((r) => !before.has(r.id)).sort(byTitle);
  const removed = (from?.resources ?? []).filter((r) => !after.has(r.id)).sort(byTitle);
  const changed: VersionDiff<R>['changed'] = [];
  const changeSentences: string[] = [];
  for (const r of [...to.resources].sort(byTitle)) {
    const was = before.get(r.id);
    if (!was || !from) continue;
    const { changes, sentences } = changesOf(was, r, from, to, lang);
    if (changes.length > 0) {
      changed.push({ resource: r, changes });
      changeSentences.push(...sentences);
    }
  }
  const sentences = [
    ...added.map((r) => format(d.added, { title: r.title })),
    ...removed.map((r) => format(d.removed, { title: r.title })),
    ...changeSentences,
  ];
  return { added, removed, changed, sentences: sentences.length > 0 ? sentences : [d.nothing] };
}
