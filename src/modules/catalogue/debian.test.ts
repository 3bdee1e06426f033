import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { compareDebianVersions, parseDebianVersion } from './debian-version.js';
import { indexLines, loadPackagesIndex, PackagesIndexError, readPackagesIndex } from './debian-packages.js';
import { packageNameProblem } from './package-name.js';

const extract = readFileSync(new URL('../../../test/fixtures/debian/bookworm-main-amd64-Packages', import.meta.url));

async function collect(lines: AsyncIterable<string> | Iterable<string>) {
  const out = [];
  for await (const p of readPackagesIndex(lines)) out.push(p);
  return out;
}

describe('Debian package names', () => {
  it('accepts the names of the archive and refuses what could not be one', () => {
    for (const ok of ['gcompris-qt', 'tuxpaint', 'libreoffice-writer', 'g++', 'libstdc++6', '0ad', 'kiwix-tools']) {
      assert.equal(packageNameProblem(ok), null, ok);
    }
    assert.equal(packageNameProblem('a'), 'too_short');
    assert.equal(packageNameProblem('-rf'), 'bad_first_character');
    assert.equal(packageNameProblem('GCompris'), 'bad_first_character');
    for (const bad of ['tux paint', 'tuxpaint;rm', 'tuxpaint$(id)', 'tux_paint', 'tuxPaint', 'vlc\n', 'vlc&&x']) {
      assert.equal(packageNameProblem(bad), 'forbidden_character', JSON.stringify(bad));
    }
  });
});

describe('Debian versions', () => {
  it('orders versions as dpkg does', () => {
    const ordered = ['1.0~rc1-1', '1.0-1', '1.0-1+b1', '1.0-2', '1.0.1-1', '1.10-1', '2:0.1-1'];
    for (let i = 0; i + 1 < ordered.length; i += 1) {
      assert.ok(compareDebianVersions(ordered[i]!, ordered[i + 1]!) < 0, `${ordered[i]} < ${ordered[i + 1]}`);
      assert.ok(compareDebianVersions(ordered[i + 1]!, ordered[i]!) > 0);
    }
    assert.equal(compareDebianVersions('1:0.9.28-sdl2-1', '1:0.9.28-sdl2-1'), 0);
    assert.equal(compareDebianVersions('1.01', '1.1'), 0);
    assert.ok(compareDebianVersions('1.0a', '1.0+') < 0, 'letters before other characters');
    assert.ok(compareDebianVersions('1.0~~', '1.0~') < 0);
    assert.ok(compareDebianVersions('4:7.4.7-1+deb12u14', '4:7.4.7-1+deb12u9') > 0);
    assert.ok(compareDebianVersions('140.12.0esr-1~deb12u1', '140.12.0esr-1') < 0);
  });

  it(
    'agrees with dpkg --compare-versions on the extract’s versions and their neighbours',
    { skip: !existsSync('/usr/bin/dpkg') && 'no dpkg on this machine' },
    () => {
      const versions = [...extract.toString('utf8').matchAll(/^Version: (.+)$/gm)].map((m) => m[1]!);
      const dpkg = (a: string, op: string, b: string) => {
        try {
          execFileSync('/usr/bin/dpkg', ['--compare-versions', a, op, b], { stdio: 'ignore' });
          return true;
        } catch {
          return false;
        }
      };
      for (const a of versions) {
        for (const b of [
          `${a}~1`,
          `${a}+b1`,
          `${a}.0`,
          `${a}a`,
          a.replace(/\d(?=\D*$)/, (d) => String((Number(d) + 1) % 10)),
        ]) {
          const expected = dpkg(a, 'lt', b) ? -1 : dpkg(a, 'eq', b) ? 0 : 1;
          assert.equal(Math.sign(compareDebianVersions(a, b)), expected, `${a} vs ${b}`);
        }
      }
    },
  );

  it('refuses what is not a version', () => {
    for (const bad of ['', 'a1.0', '1.0 1', 'x:1.0', '1.0-', '1.0-1_2'])
      assert.equal(parseDebianVersion(bad), null, bad);
  });
});

describe('Packages index', () => {
  it('reads the real bookworm extract: 29 packages with their versions and sizes', async () => {
    const packages = await collect(indexLines(extract));
    assert.equal(packages.length, 29);
    const gcompris = packages.find((p) => p.name === 'gcompris-qt')!;
    assert.equal(gcompris.version, '3.1-2');
    assert.equal(gcompris.architecture, 'amd64');
    assert.equal(gcompris.installedSizeKib, 727);
    assert.match(gcompris.sha256 ?? '', /^[0-9a-f]{64}$/);
    assert.match(gcompris.filename, /^pool\/main\/g\/gcompris-qt\//);
    const tuxpaint = packages.find((p) => p.name === 'tuxpaint')!;
    assert.equal(tuxpaint.version, '1:0.9.28-sdl2-1');
    assert.ok(!packages.some((p) => p.name === 'childsplay'));
  });

  it('reads the same index gzip-compressed', async () => {
    const byName = await loadPackagesIndex(indexLines(gzipSync(extract)), compareDebianVersions);
    assert.equal(byName.size, 29);
    assert.equal(byName.get('stellarium-data')?.architecture, 'all');
  });

  it('keeps the highest version when a package is listed twice', async () => {
    const text = extract.toString('utf8');
    const stanza = text.split('\n\n').find((s) => s.startsWith('Package: vlc\n'))!;
    const older = stanza.replace(/^Version: .*$/m, 'Version: 3.0.20-0+deb12u1');
    const byName = await loadPackagesIndex(`${older}\n\n${text}`.split('\n'), compareDebianVersions);
    assert.equal(byName.get('vlc')?.version, '3.0.23-0+deb12u1');
  });

  it('refuses an index cut in the middle of a stanza', async () => {
    const text = extract.toString('utf8');
    const cut = text.slice(0, text.indexOf('Filename:', text.indexOf('Package: tuxmath')));
    await assert.rejects(collect(cut.split('\n')), (e: unknown) => {
      assert.ok(e instanceof PackagesIndexError);
      assert.equal(e.reason, 'missing_field');
      return true;
    });
  });

  it('refuses a stanza for another architecture when told the target, and takes `all`', async () => {
    const stanza = (arch: string) => [
      'Package: vlc',
      'Version: 3.0.23-0+deb12u1',
      `Architecture: ${arch}`,
      'Filename: pool/main/v/vlc/vlc.deb',
      'Size: 1',
      'MD5sum: x',
    ];
    const read = async (lines: string[]) => {
      const out = [];
      for await (const p of readPackagesIndex(lines, { architecture: 'amd64' })) out.push(p);
      return out;
    };
    assert.equal((await read(stanza('amd64'))).length, 1);
    assert.equal((await read(stanza('all'))).length, 1);
    await assert.rejects(read([...stanza('all'), '', ...stanza('arm64')]), (e: unknown) => {
      assert.ok(e instanceof PackagesIndexError);
      assert.deepEqual([e.reason, e.line, e.params], ['wrong_architecture', 10, { found: 'arm64', expected: 'amd64' }]);
      return true;
    });
    // Without a target (a plain read of the file), any architecture is read as it is.
    assert.equal((await collect(stanza('arm64')))[0]?.architecture, 'arm64');
  });

  it('refuses a truncated gzip file', async () => {
    const gz = gzipSync(extract);
    await assert.rejects(collect(indexLines(gz.subarray(0, Math.floor(gz.length / 2)))));
  });

  it('refuses lines that are not fields, and an empty index', async () => {
    await assert.rejects(collect(['Package: vlc', 'this is not a field']), (e: unknown) => {
      assert.ok(e instanceof PackagesIndexError && e.reason === 'not_a_field' && e.line === 2);
      return true;
    });
    await assert.rejects(collect(['', '']), (e: unknown) => e instanceof PackagesIndexError && e.reason === 'empty');
    await assert.rejects(
      collect(['Package: Bad_Name', 'Version: 1', 'Architecture: all', 'Filename: x', 'Size: 1', 'MD5sum: x']),
      (e: unknown) => e instanceof PackagesIndexError && e.reason === 'bad_value',
    );
  });
});
