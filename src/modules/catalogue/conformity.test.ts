import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { contentToFacts, upperCaseKeys } from '../inventory/agent-content-facts.js';
import { parseAgentXml } from '../inventory/agent-xml.js';
import { softwareConformity } from './conformity.js';

const fixture = (name: string) => new URL(`../../../test/fixtures/hardware/${name}`, import.meta.url);

/** The software list of a real fusioninventory-agent 2.6 inventory (Debian 12), through the real parser. */
function fusionSoftware() {
  const request = parseAgentXml(readFileSync(fixture('fusioninventory-2.6-inventory-request.xml'), 'utf8'));
  return contentToFacts(upperCaseKeys(request.content!)).software;
}

/** The software list of a real glpi-agent inventory (JSON). */
function glpiSoftware() {
  const body = JSON.parse(readFileSync(fixture('glpi-agent-1.x-inventory-request.json'), 'utf8')) as {
    content: { softwares: { name: string; version?: string }[] };
  };
  return body.content.softwares.map((s) => ({ name: s.name, version: s.version ?? null }));
}

describe('software conformity from real inventories', () => {
  it('finds what the fusioninventory machine has, lacks, and has too old', () => {
    const installed = fusionSoftware();
    assert.equal(installed.length, 40);
    const result = softwareConformity(
      [
        { name: 'curl', version: '7.88.1-10+deb12u14' },
        { name: 'bash', version: '5.2.15-2+b8' },
        { name: 'ca-certificates', version: '20230311+deb12u2' },
        { name: 'gcompris-qt', version: '3.1-2' },
        { name: 'coreutils', version: '8.32-4' },
      ],
      installed,
      new Set(['gcompris-qt', 'tuxpaint', 'cmake']),
    );
    assert.deepEqual(result.missing, ['gcompris-qt']);
    assert.deepEqual(result.outdated, [
      { name: 'ca-certificates', expected: '20230311+deb12u2', installed: '20230311+deb12u1' },
    ]);
    assert.deepEqual(result.extra, ['cmake'], 'cmake is in the catalogue but not in this profile');
    assert.equal(result.conform, false);
  });

  it('says a machine conforms when everything is there at the version or newer', () => {
    const result = softwareConformity(
      [
        { name: 'adduser', version: '3.134' },
        { name: 'apt', version: '2.6.0' },
      ],
      fusionSoftware(),
      new Set(['adduser', 'apt']),
    );
    assert.deepEqual(result, { conform: true, missing: [], outdated: [], extra: [], unknown: [] });
  });

  it('reads the glpi-agent software list the same way', () => {
    const installed = glpiSoftware();
    assert.ok(installed.length > 0);
    const first = installed.find((s) => s.version)!;
    const ok = softwareConformity([{ name: first.name, version: first.version! }], installed);
    assert.equal(ok.conform, true);
    const missing = softwareConformity([{ name: 'tuxpaint', version: '1:0.9.28-sdl2-1' }], installed);
    assert.deepEqual(missing.missing, ['tuxpaint']);
  });

  it('reports an expected package whose installed version is unreadable as unknown', () => {
    const result = softwareConformity([{ name: 'vlc', version: '3.0.23-0+deb12u1' }], [{ name: 'vlc', version: null }]);
    assert.deepEqual(result.unknown, ['vlc']);
    assert.equal(result.conform, false);
  });
});
