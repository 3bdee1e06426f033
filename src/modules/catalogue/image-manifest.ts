import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { canonicalJson } from '../../platform/audit/canonical-json.js';
import { isPackageName } from './package-name.js';

/**
 * The image manifest of a published profile version: what a refurbished computer (or a school
 * computer) must carry. Its identity is the sha256 of its canonical JSON, so two manifests with
 * the same content have the same hash, and a device that records the hash says exactly what it
 * was imaged with. From the manifest come two equivalent recipes: a provisioning shell script
 * and an Ansible playbook. Every value that reaches them was validated here first (package
 * names, http(s) URLs, checksums, account names) and is quoted, never interpolated raw.
 */
export interface ManifestContentFile {
  /** File name on the machine, e.g. wikipedia_fr_all_nopic.zim. */
  fileName: string;
  url: string;
  sha256: string;
  bytes: number;
}

export interface ManifestMenuEntry {
  /** Stable id, used for the .desktop file name. */
  id: string;
  name: string;
  /** A command (for a package), or a URL (for a web resource or an offline content). */
  exec: string | null;
  url: string | null;
  categories: string[];
}

export interface ImageManifestInput {
  programme: { slug: string; name: string };
  profile: { code: string; title: string; schoolYear: string; version: number };
  target: { release: string; architecture: string };
  /** Package names with the version the index offered when the version was published. */
  packages: { name: string; version: string }[];
  contents: ManifestContentFile[];
  childAccount: { username: string; fullName: string };
  menuEntries: ManifestMenuEntry[];
}

export interface ImageManifest {
  hash: string;
  content: ImageManifestInput;
  packageList: string;
  shellScript: string;
  playbook: string;
}

export const CONTENT_DIR = '/srv/cartable/content';
export const MENU_DIR = '/usr/local/share/applications';
export const MANIFEST_FILE = '/etc/cartable/image-manifest';

export class ManifestInputError extends Error {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`${field}: ${detail}`);
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !/[\s'"\\]/.test(value);
  } catch {
    return false;
  }
}

/** Throws ManifestInputError naming the first bad field. */
export function validateManifestInput(input: ImageManifestInput): void {
  input.packages.forEach((p, i) => {
    if (!isPackageName(p.name)) throw new ManifestInputError(`packages.${i}.name`, 'not a Debian package name');
  });
  input.contents.forEach((c, i) => {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(c.fileName)) {
      throw new ManifestInputError(`contents.${i}.fileName`, 'letters, digits, dot, dash and underscore only');
    }
    if (!isHttpUrl(c.url)) throw new ManifestInputError(`contents.${i}.url`, 'not an http(s) URL');
    if (!/^[0-9a-f]{64}$/.test(c.sha256)) throw new ManifestInputError(`contents.${i}.sha256`, 'not a sha256');
  });
  if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(input.childAccount.username)) {
    throw new ManifestInputError('childAccount.username', 'not a Unix account name');
  }
  input.menuEntries.forEach((m, i) => {
    if (!/^[a-z0-9][a-z0-9-]{0,60}$/.test(m.id)) throw new ManifestInputError(`menuEntries.${i}.id`, 'bad id');
    if (m.url !== null && !isHttpUrl(m.url) && !m.url.startsWith('file:///srv/cartable/')) {
      throw new ManifestInputError(`menuEntries.${i}.url`, 'not an http(s) URL');
    }
    if (m.exec !== null && !/^[a-z0-9][a-z0-9+._-]*( [A-Za-z0-9%._/:=-]+)*$/.test(m.exec)) {
      throw new ManifestInputError(`menuEntries.${i}.exec`, 'not a plain command');
    }
    if ((m.exec === null) === (m.url === null)) throw new ManifestInputError(`menuEntries.${i}`, 'a command or a URL');
  });
}

/** A value for a .desktop file: one line, with the spec's escapes. */
function desktopValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
}

export function desktopEntry(entry: ManifestMenuEntry): string {
  const lines = ['[Desktop Entry]', 'Version=1.0', `Name=${desktopValue(entry.name)}`];
  if (entry.url !== null) {
    lines.push('Type=Link', `URL=${desktopValue(entry.url)}`);
  } else {
    lines.push('Type=Application', `Exec=${desktopValue(entry.exec!)}`, 'Terminal=false');
  }
  lines.push(`Categories=${entry.categories.map(desktopValue).join(';')};`);
  return `${lines.join('\n')}\n`;
}

/** Single-quoted for the shell: nothing inside is expanded. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function sorted(input: ImageManifestInput): ImageManifestInput {
  return {
    ...input,
    packages: [...input.packages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    contents: [...input.contents].sort((a, b) => (a.fileName < b.fileName ? -1 : 1)),
    menuEntries: [...input.menuEntries].sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

export function manifestHash(input: ImageManifestInput): string {
  return createHash('sha256')
    .update(canonicalJson(sorted(input)))
    .digest('hex');
}

function shellScript(m: ImageManifestInput, hash: string): string {
  const names = m.packages.map((p) => p.name);
  const out: string[] = [
    '#!/bin/bash',
    `# Cartable image manifest ${hash}`,
    `# ${m.programme.name.replace(/[\r\n]/g, ' ')} — ${m.profile.title.replace(/[\r\n]/g, ' ')} (${m.profile.code}), version ${m.profile.version}, ${m.profile.schoolYear}`,
    `# Target: Debian ${m.target.release} ${m.target.architecture}. Run as root on a fresh installation; running it again changes nothing.`,
    'set -euo pipefail',
    'export DEBIAN_FRONTEND=noninteractive',
    `MANIFEST_HASH=${shellQuote(hash)}`,
    '',
    'if [ "$(id -u)" -ne 0 ]; then',
    "  echo 'Run this script as root.' >&2",
    '  exit 1',
    'fi',
    '',
    'apt-get update',
    'apt-get install -y --no-install-recommends ca-certificates curl',
  ];
  if (names.length > 0) {
    out.push('apt-get install -y \\');
    names.forEach((n, i) => out.push(`  ${n}${i + 1 < names.length ? ' \\' : ''}`));
  }
  out.push(
    '',
    '# Offline content, checked against its sha256 before it is kept.',
    `install -d -m 0755 ${shellQuote(CONTENT_DIR)}`,
    'fetch_checked() {',
    '  local url="$1" dest="$2" sum="$3"',
    '  if [ -f "$dest" ] && echo "$sum  $dest" | sha256sum -c --quiet - 2>/dev/null; then',
    '    return 0',
    '  fi',
    '  curl -fsSL --retry 3 -o "$dest.part" "$url"',
    '  if ! echo "$sum  $dest.part" | sha256sum -c --quiet -; then',
    '    rm -f "$dest.part"',
    '    echo "Checksum mismatch for $url" >&2',
    '    exit 1',
    '  fi',
    '  mv "$dest.part" "$dest"',
    '}',
  );
  for (const c of m.contents) {
    out.push(
      `fetch_checked ${shellQuote(c.url)} ${shellQuote(`${CONTENT_DIR}/${c.fileName}`)} ${shellQuote(c.sha256)}`,
    );
  }
  const user = m.childAccount.username;
  out.push(
    '',
    '# The child account.',
    `if ! id -u ${shellQuote(user)} >/dev/null 2>&1; then`,
    `  adduser --disabled-password --gecos ${shellQuote(m.childAccount.fullName.replace(/[,:\r\n]/g, ' '))} ${shellQuote(user)}`,
    'fi',
    '',
    '# Menu entries.',
    `install -d -m 0755 ${shellQuote(MENU_DIR)}`,
  );
  for (const e of m.menuEntries) {
    out.push(
      `printf '%s' ${shellQuote(desktopEntry(e))} > ${shellQuote(`${MENU_DIR}/cartable-${e.id}.desktop`)}`,
      `chmod 0644 ${shellQuote(`${MENU_DIR}/cartable-${e.id}.desktop`)}`,
    );
  }
  out.push(
    '',
    '# Record what this machine was imaged with.',
    'install -d -m 0755 /etc/cartable',
    `printf '%s\\n' "$MANIFEST_HASH" > ${MANIFEST_FILE}`,
    `echo "Image manifest $MANIFEST_HASH applied."`,
    '',
  );
  return out.join('\n');
}

function playbook(m: ImageManifestInput, hash: string): string {
  const tasks: Record<string, unknown>[] = [
    {
      name: 'Install the educational packages',
      'ansible.builtin.apt': {
        name: ['ca-certificates', 'curl', ...m.packages.map((p) => p.name)],
        state: 'present',
        update_cache: true,
      },
    },
    {
      name: 'Directory of the offline content',
      'ansible.builtin.file': { path: CONTENT_DIR, state: 'directory', mode: '0755' },
    },
    ...m.contents.map((c) => ({
      name: `Download ${c.fileName}`,
      'ansible.builtin.get_url': {
        url: c.url,
        dest: `${CONTENT_DIR}/${c.fileName}`,
        checksum: `sha256:${c.sha256}`,
        mode: '0644',
      },
    })),
    {
      name: 'The child account',
      'ansible.builtin.user': {
        name: m.childAccount.username,
        comment: m.childAccount.fullName,
        shell: '/bin/bash',
        create_home: true,
      },
    },
    {
      name: 'Directory of the menu entries',
      'ansible.builtin.file': { path: MENU_DIR, state: 'directory', mode: '0755' },
    },
    ...m.menuEntries.map((e) => ({
      name: `Menu entry ${e.id}`,
      'ansible.builtin.copy': { dest: `${MENU_DIR}/cartable-${e.id}.desktop`, content: desktopEntry(e), mode: '0644' },
    })),
    {
      name: 'Directory of the Cartable records',
      'ansible.builtin.file': { path: '/etc/cartable', state: 'directory', mode: '0755' },
    },
    {
      name: 'Record the image manifest',
      'ansible.builtin.copy': { dest: MANIFEST_FILE, content: `${hash}\n`, mode: '0644' },
    },
  ];
  const play = [
    {
      name: `Cartable image ${m.profile.code} v${m.profile.version} (${m.profile.schoolYear})`,
      hosts: 'all',
      become: true,
      vars: { cartable_manifest_hash: hash },
      tasks,
    },
  ];
  return `# Cartable image manifest ${hash}\n${stringify(play, { lineWidth: 0 })}`;
}

/** Builds the manifest; throws ManifestInputError when an input value is unsafe. */
export function buildImageManifest(input: ImageManifestInput): ImageManifest {
  validateManifestInput(input);
  const content = sorted(input);
  const hash = manifestHash(content);
  return {
    hash,
    content,
    packageList: content.packages.map((p) => `${p.name}\t${p.version}`).join('\n') + '\n',
    shellScript: shellScript(content, hash),
    playbook: playbook(content, hash),
  };
}
