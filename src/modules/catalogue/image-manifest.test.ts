import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { buildImageManifest, desktopEntry, type ImageManifestInput, ManifestInputError } from './image-manifest.js';

function input(overrides: Partial<ImageManifestInput> = {}): ImageManifestInput {
  return {
    programme: { slug: 'grand-besancon', name: 'Grand Besançon — Un ordinateur à la maison' },
    profile: { code: 'cycle3', title: "Cycle 3 (CM1–CM2) — l'essentiel", schoolYear: '2026-2027', version: 2 },
    target: { release: 'bookworm', architecture: 'amd64' },
    packages: [
      { name: 'tuxpaint', version: '1:0.9.28-sdl2-1' },
      { name: 'gcompris-qt', version: '3.1-2' },
      { name: 'libreoffice-writer', version: '4:7.4.7-1+deb12u14' },
      { name: 'stellarium', version: '0.22.2-1' },
    ],
    contents: [
      {
        fileName: 'wikipedia_fr_simple.zim',
        url: 'https://download.kiwix.org/zim/wikipedia/wikipedia_fr_simple.zim',
        sha256: 'a'.repeat(64),
        bytes: 1_234_567,
      },
    ],
    childAccount: { username: 'eleve', fullName: 'Élève' },
    menuEntries: [
      { id: 'gcompris', name: 'GCompris', exec: 'gcompris-qt', url: null, categories: ['Education'] },
      { id: 'ent', name: "L'ENT de l'école", exec: null, url: 'https://ent.example.fr/', categories: ['Education'] },
    ],
    ...overrides,
  };
}

function writeTemp(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cartable-manifest-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('image manifest', () => {
  it('is identified by the hash of its content, whatever the order of its lists', () => {
    const a = buildImageManifest(input());
    const b = buildImageManifest(input({ packages: [...input().packages].reverse() }));
    assert.match(a.hash, /^[0-9a-f]{64}$/);
    assert.equal(a.hash, b.hash);
    const c = buildImageManifest(input({ packages: [...input().packages, { name: 'tuxmath', version: '2.0.3-9' }] }));
    assert.notEqual(a.hash, c.hash);
    assert.equal(a.packageList.split('\n')[0], 'gcompris-qt\t3.1-2');
  });

  it('writes a shell script that bash reads, checking each content file and creating the child account', () => {
    const m = buildImageManifest(input());
    const file = writeTemp('provision.sh', m.shellScript);
    execFileSync('bash', ['-n', file]);
    assert.match(m.shellScript, /apt-get install -y \\\n {2}gcompris-qt \\\n/);
    assert.ok(m.shellScript.includes(m.hash));
    // The content file is fetched with its sha256, and the helper refuses a file whose sum differs.
    const lines = m.shellScript.split('\n');
    assert.ok(
      lines.includes(
        "fetch_checked 'https://download.kiwix.org/zim/wikipedia/wikipedia_fr_simple.zim' " +
          `'/srv/cartable/content/wikipedia_fr_simple.zim' '${'a'.repeat(64)}'`,
      ),
      'one fetch_checked line with the URL, the destination and the sha256',
    );
    assert.ok(lines.includes('  if ! echo "$sum  $dest.part" | sha256sum -c --quiet -; then'));
    // The child account, created once, without a password, with its full name.
    assert.ok(lines.includes("if ! id -u 'eleve' >/dev/null 2>&1; then"));
    assert.ok(lines.includes("  adduser --disabled-password --gecos 'Élève' 'eleve'"));
  });

  it('writes a shell script that shellcheck finds nothing in', (t) => {
    const file = writeTemp('provision.sh', buildImageManifest(input()).shellScript);
    if (!existsSync('/usr/bin/shellcheck') && !process.env.CARTABLE_REQUIRE_SHELLCHECK) {
      t.skip('shellcheck is not installed (apt-get install shellcheck)');
      return;
    }
    const r = spawnSync('shellcheck', ['--shell=bash', '--severity=style', file], { encoding: 'utf8' });
    assert.equal(r.error, undefined, 'shellcheck could not be run (CARTABLE_REQUIRE_SHELLCHECK is set)');
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('writes the desktop entries the script installs, quotes and all', () => {
    const m = buildImageManifest(input());
    // Run only the lines that write the menu entries, with the directory pointed at a temporary one.
    const dir = mkdtempSync(path.join(tmpdir(), 'cartable-menu-'));
    const lines = m.shellScript.split('\n');
    const start = lines.findIndex((l) => l.startsWith("printf '%s' '[Desktop Entry]"));
    const end = lines.findIndex(
      (l, i) => i > start && l.includes(`> '/usr/local/share/applications/cartable-ent.desktop'`),
    );
    const snippet = lines
      .slice(start, end + 1)
      .join('\n')
      .replaceAll('/usr/local/share/applications', dir);
    execFileSync('bash', ['-c', snippet]);
    const written = execFileSync('cat', [path.join(dir, 'cartable-ent.desktop')], { encoding: 'utf8' });
    assert.equal(written, desktopEntry(input().menuEntries[1]!));
    assert.match(written, /^Name=L'ENT de l'école$/m);
  });

  it('writes an Ansible playbook that is valid YAML with the expected tasks', () => {
    const m = buildImageManifest(input());
    type Task = Record<string, Record<string, unknown>>;
    const plays = parse(m.playbook) as { hosts: string; become: boolean; tasks: Task[] }[];
    const module = (task: Task | undefined, name: string): Record<string, unknown> => {
      assert.ok(task?.[name], `a task using ${name}`);
      return task[name];
    };
    assert.equal(plays.length, 1);
    assert.equal(plays[0]!.hosts, 'all');
    assert.equal(plays[0]!.become, true);
    const tasks = plays[0]!.tasks;
    const apt = tasks.find((t) => t['ansible.builtin.apt']);
    assert.deepEqual(module(apt, 'ansible.builtin.apt').name, [
      'ca-certificates',
      'curl',
      'gcompris-qt',
      'libreoffice-writer',
      'stellarium',
      'tuxpaint',
    ]);
    const download = tasks.find((t) => t['ansible.builtin.get_url']);
    assert.equal(module(download, 'ansible.builtin.get_url').checksum, `sha256:${'a'.repeat(64)}`);
    assert.equal(
      module(
        tasks.find((t) => t['ansible.builtin.user']),
        'ansible.builtin.user',
      ).name,
      'eleve',
    );
    const menus = tasks.filter((t) => String(t['ansible.builtin.copy']?.dest ?? '').endsWith('.desktop'));
    assert.equal(menus.length, 2);
    const record = module(tasks.at(-1), 'ansible.builtin.copy');
    assert.equal(record.content, `${m.hash}\n`);
  });

  it('refuses values that could escape into the script, naming the field', () => {
    const cases: [Partial<ImageManifestInput>, string][] = [
      [{ packages: [{ name: 'vlc; rm -rf /', version: '1' }] }, 'packages.0.name'],
      [{ contents: [{ ...input().contents[0]!, url: 'javascript:alert(1)' }] }, 'contents.0.url'],
      [{ contents: [{ ...input().contents[0]!, url: "https://x.example/a'b" }] }, 'contents.0.url'],
      [{ contents: [{ ...input().contents[0]!, fileName: '../etc/passwd' }] }, 'contents.0.fileName'],
      [{ contents: [{ ...input().contents[0]!, sha256: 'abc' }] }, 'contents.0.sha256'],
      [{ childAccount: { username: 'Root User', fullName: 'x' } }, 'childAccount.username'],
      [
        { menuEntries: [{ id: 'x', name: 'x', exec: 'gcompris-qt; curl evil', url: null, categories: [] }] },
        'menuEntries.0.exec',
      ],
    ];
    for (const [overrides, field] of cases) {
      assert.throws(
        () => buildImageManifest(input(overrides)),
        (e: unknown) => e instanceof ManifestInputError && e.field === field,
        field,
      );
    }
  });
});
