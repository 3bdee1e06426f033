import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DiffResource, diffVersions, displayVersion, formatBytes } from './version-diff.js';

function resource(o: Partial<DiffResource> & { id: string; title: string }): DiffResource {
  return {
    grades: ['CP', 'CE1'],
    packages: [],
    launchCommand: null,
    minRamMb: null,
    minDiskMb: null,
    content: null,
    webUrl: null,
    ...o,
  };
}

const gcompris = resource({ id: 'g', title: 'GCompris', packages: ['gcompris-qt'], launchCommand: 'gcompris-qt' });
const tuxpaint = resource({ id: 't', title: 'Tux Paint', packages: ['tuxpaint'] });
const stellarium = resource({ id: 's', title: 'Stellarium', packages: ['stellarium'] });
const kiwix = resource({
  id: 'k',
  title: 'Kiwix',
  content: { url: 'https://download.kiwix.org/a.zim', sha256: 'a'.repeat(64), bytes: 3_800_000_000 },
});

describe('the difference between two versions', () => {
  const from = {
    resources: [tuxpaint, stellarium, kiwix],
    packageVersions: new Map([
      ['tuxpaint', '1:0.9.28-sdl2-1'],
      ['stellarium', '0.22.2-1'],
    ]),
  };
  const to = {
    resources: [
      gcompris,
      stellarium,
      { ...kiwix, content: { url: 'https://download.kiwix.org/b.zim', sha256: 'b'.repeat(64), bytes: 4_100_000_000 } },
    ],
    packageVersions: new Map([
      ['gcompris-qt', '3.1-2'],
      ['stellarium', '23.1-1'],
    ]),
  };

  it('says what is added, removed and changed, in French', () => {
    const d = diffVersions(from, to, 'fr');
    assert.deepEqual(
      d.added.map((r) => r.title),
      ['GCompris'],
    );
    assert.deepEqual(
      d.removed.map((r) => r.title),
      ['Tux Paint'],
    );
    assert.deepEqual(
      d.changed.map((c) => [c.resource.title, c.changes.map((x) => x.field)]),
      [
        ['Kiwix', ['content']],
        ['Stellarium', ['packages.stellarium']],
      ],
    );
    assert.deepEqual(d.sentences, [
      'GCompris est ajouté.',
      'Tux Paint est retiré.',
      'Kiwix : le contenu hors ligne change (4,1 Go au lieu de 3,8 Go).',
      'Stellarium : le paquet passe de la version 0.22.2 à 23.1.',
    ]);
  });

  it('says it in English too', () => {
    assert.deepEqual(diffVersions(from, to, 'en').sentences, [
      'GCompris is added.',
      'Tux Paint is removed.',
      'Kiwix: the offline content changes (4.1 GB instead of 3.8 GB).',
      'Stellarium: the package goes from version 0.22.2 to 23.1.',
    ]);
  });

  it('treats everything as added for a first version, and says when nothing changes', () => {
    const first = diffVersions(null, to, 'fr');
    assert.equal(first.added.length, 3);
    assert.equal(first.removed.length, 0);
    assert.deepEqual(diffVersions(to, to, 'fr').sentences, ['Rien ne change.']);
    assert.deepEqual(diffVersions(to, to, 'en').sentences, ['Nothing changes.']);
  });

  it('names requirement, address, grade and package-list changes', () => {
    const before = resource({ id: 'x', title: 'Vikidia', webUrl: 'https://fr.vikidia.org/', packages: ['a1'] });
    const after = {
      ...before,
      title: 'Vikidia junior',
      webUrl: 'https://fr.vikidia.org/wiki/Accueil',
      minRamMb: 2048,
      grades: ['CE2', 'CM1'],
      packages: ['b1'],
    };
    const d = diffVersions(
      { resources: [before], packageVersions: new Map() },
      { resources: [after], packageVersions: new Map() },
      'fr',
    );
    assert.deepEqual(d.sentences, [
      '« Vikidia » s’appelle maintenant « Vikidia junior ».',
      'Vikidia junior : le paquet b1 est ajouté.',
      'Vikidia junior : le paquet a1 n’est plus installé.',
      'Vikidia junior : l’adresse change (https://fr.vikidia.org/wiki/Accueil).',
      'Vikidia junior : demande maintenant 2 Go de mémoire (au lieu de rien).',
      'Vikidia junior : les classes concernées changent (CE2, CM1 au lieu de CP, CE1).',
    ]);
  });

  it('shows versions as people know them', () => {
    assert.equal(displayVersion('1:0.9.28-sdl2-1'), '0.9.28-sdl2');
    assert.equal(displayVersion('4:7.4.7-1+deb12u14'), '7.4.7');
    assert.equal(displayVersion('2.0.3'), '2.0.3');
    assert.equal(formatBytes(950_000_000, 'fr'), '950 Mo');
    assert.equal(formatBytes(1_500_000, 'en'), '1.5 MB');
  });
});
