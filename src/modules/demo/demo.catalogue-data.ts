import type { Band } from '../catalogue/catalogue-codes.js';
import type { ResourceInput } from '../catalogue/resource-input.js';

/**
 * The demo catalogue's resources: real free software from Debian bookworm main (every package
 * name is in test/fixtures/debian/bookworm-main-amd64-Packages, except ChildsPlay's, which left
 * Debian), one offline encyclopedia for Kiwix, and three websites, described in plain words for
 * teachers.
 */
export interface DemoResource {
  key: string;
  input: ResourceInput;
  /** ChildsPlay stays proposed: a teacher asks for it, and it would block a publication. */
  status: 'accepted' | 'proposed';
  /** The bands whose set of the current school year carries it (published version 1). */
  bands: Band[];
}

const ALL_GRADES = ['CP', 'CE1', 'CE2', 'CM1', 'CM2'];

export const DEMO_RESOURCES: DemoResource[] = [
  {
    key: 'gcompris',
    status: 'accepted',
    bands: ['cycle2', 'cycle3'],
    input: {
      kind: 'software',
      title: 'GCompris',
      description:
        'Plus de 180 petites activités pour apprendre en jouant : lire, compter, se repérer sur une carte, ' +
        'utiliser la souris et le clavier. L’enfant choisit une activité, l’enseignant peut en masquer.',
      subjects: ['french', 'maths', 'science', 'history_geography'],
      grades: ALL_GRADES,
      languages: ['fr', 'en', 'de', 'es', 'it', 'ar'],
      licence: 'AGPL-3.0-only',
      minRamMb: 1024,
      packages: ['gcompris-qt', 'gcompris-qt-data'],
      launchCommand: 'gcompris-qt',
    },
  },
  {
    key: 'tuxpaint',
    status: 'accepted',
    bands: ['cycle2', 'cycle3'],
    input: {
      kind: 'software',
      title: 'Tux Paint',
      description:
        'Un logiciel de dessin pour les enfants : pinceaux, tampons, formes et effets, avec de gros boutons et ' +
        'des sons. Idéal pour les arts plastiques et pour apprendre à tenir la souris.',
      subjects: ['arts'],
      grades: ALL_GRADES,
      languages: ['fr', 'en', 'de', 'es'],
      licence: 'GPL-2.0-or-later',
      packages: ['tuxpaint', 'tuxpaint-data'],
      launchCommand: 'tuxpaint',
    },
  },
  {
    key: 'tuxmath',
    status: 'accepted',
    bands: ['cycle2', 'cycle3'],
    input: {
      kind: 'software',
      title: 'TuxMath',
      description:
        'Un jeu de calcul mental : des comètes portent des opérations, l’élève tape le résultat pour les arrêter. ' +
        'On règle les tables et les opérations selon le niveau de la classe.',
      subjects: ['maths'],
      grades: ['CE1', 'CE2', 'CM1', 'CM2'],
      languages: ['fr', 'en'],
      licence: 'GPL-3.0-or-later',
      packages: ['tuxmath'],
      launchCommand: 'tuxmath',
    },
  },
  {
    key: 'tuxtype',
    status: 'accepted',
    bands: ['cycle2'],
    input: {
      kind: 'software',
      title: 'Tux Typing',
      description:
        'Apprendre où sont les lettres du clavier en jouant : Tux le manchot attrape les poissons qui portent la ' +
        'bonne lettre ou le bon mot.',
      subjects: ['typing', 'french'],
      grades: ['CE1', 'CE2'],
      languages: ['fr', 'en'],
      licence: 'GPL-2.0-or-later',
      packages: ['tuxtype'],
      launchCommand: 'tuxtype',
    },
  },
  {
    key: 'klavaro',
    status: 'accepted',
    bands: ['cycle3'],
    input: {
      kind: 'software',
      title: 'Klavaro',
      description:
        'Des leçons courtes pour taper au clavier avec les dix doigts, sans regarder les touches. Le logiciel ' +
        'mesure la vitesse et les erreurs, et propose les exercices suivants.',
      subjects: ['typing'],
      grades: ['CM1', 'CM2'],
      languages: ['fr', 'en', 'de', 'es'],
      licence: 'GPL-3.0-or-later',
      packages: ['klavaro'],
      launchCommand: 'klavaro',
    },
  },
  {
    key: 'kgeography',
    status: 'accepted',
    bands: ['cycle3'],
    input: {
      kind: 'software',
      title: 'KGeography',
      description:
        'Des cartes muettes pour apprendre les régions, les pays, leurs capitales et leurs drapeaux : l’élève ' +
        'clique sur la carte ou répond à un petit questionnaire.',
      subjects: ['history_geography'],
      grades: ['CM1', 'CM2'],
      languages: ['fr', 'en'],
      licence: 'GPL-2.0-or-later',
      packages: ['kgeography'],
      launchCommand: 'kgeography',
    },
  },
  {
    key: 'stellarium',
    status: 'accepted',
    bands: ['cycle3'],
    input: {
      kind: 'software',
      title: 'Stellarium',
      description:
        'Un planétarium sur l’ordinateur : le ciel de l’école à n’importe quelle date et heure, les planètes, ' +
        'les constellations et les phases de la Lune.',
      subjects: ['science'],
      grades: ['CM1', 'CM2'],
      languages: ['fr', 'en', 'de', 'es'],
      licence: 'GPL-2.0-or-later',
      minRamMb: 2048,
      packages: ['stellarium', 'stellarium-data'],
      launchCommand: 'stellarium',
    },
  },
  {
    key: 'kiwix',
    status: 'accepted',
    bands: ['cycle2', 'cycle3'],
    input: {
      kind: 'software',
      title: 'Kiwix',
      description:
        'Le lecteur qui ouvre les encyclopédies enregistrées sur l’ordinateur (comme Vikidia) : on cherche et on ' +
        'lit des articles sans connexion à Internet, à la maison comme à l’école.',
      subjects: ['reference'],
      grades: ALL_GRADES,
      languages: ['fr', 'en'],
      licence: 'GPL-3.0-or-later',
      packages: ['kiwix'],
      launchCommand: 'kiwix-desktop',
    },
  },
  {
    key: 'vikidia-zim',
    status: 'accepted',
    bands: ['cycle2', 'cycle3'],
    input: {
      kind: 'content',
      title: 'Vikidia hors ligne',
      description:
        'L’encyclopédie Vikidia, écrite pour les 8-13 ans, enregistrée sur l’ordinateur avec ses images (environ ' +
        '1 Go). Elle s’ouvre avec Kiwix, sans Internet.',
      subjects: ['reference', 'science', 'history_geography'],
      grades: ['CE1', 'CE2', 'CM1', 'CM2'],
      languages: ['fr'],
      licence: 'CC-BY-SA',
      minDiskMb: 1000,
      content: {
        fileName: 'vikidia_fr_all_maxi_2025-12.zim',
        url: 'https://download.kiwix.org/zim/vikidia/vikidia_fr_all_maxi_2025-12.zim',
        // The demo's checksum: "Vérifier le fichier" against the real download would say it differs.
        sha256: '4f1c2a9e7b3d5f60a8e2c4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5',
        bytes: 1_012_937_472,
      },
    },
  },
  {
    key: 'writer',
    status: 'accepted',
    bands: ['cycle3'],
    input: {
      kind: 'software',
      title: 'LibreOffice Writer',
      description:
        'Le traitement de texte : écrire un exposé, mettre un titre, insérer une image, imprimer. Les fichiers ' +
        's’ouvrent aussi sur les ordinateurs de la maison.',
      subjects: ['french'],
      grades: ['CM1', 'CM2'],
      languages: ['fr', 'en', 'de', 'es', 'it', 'ar'],
      licence: 'MPL-2.0',
      minRamMb: 2048,
      packages: ['libreoffice-writer'],
      launchCommand: 'libreoffice --writer',
    },
  },
  {
    key: 'scratch',
    status: 'accepted',
    bands: [],
    input: {
      kind: 'software',
      title: 'Scratch',
      description:
        'Programmer en assemblant des blocs de couleur : faire bouger un personnage, raconter une histoire, ' +
        'créer un petit jeu. Une première approche du codage, prévue au programme du cycle 3.',
      subjects: ['coding', 'maths'],
      grades: ['CM1', 'CM2'],
      languages: ['fr', 'en'],
      licence: 'GPL-2.0-only',
      packages: ['scratch'],
      launchCommand: 'scratch',
    },
  },
  {
    key: 'geogebra',
    status: 'accepted',
    bands: ['cycle3'],
    input: {
      kind: 'software',
      title: 'GeoGebra',
      description:
        'Tracer des figures de géométrie à la souris (droites, cercles, angles) et les déplacer pour voir ce qui ' +
        'reste vrai. Utile pour la symétrie et les mesures.',
      subjects: ['maths'],
      grades: ['CM1', 'CM2'],
      languages: ['fr', 'en'],
      licence: 'GPL-3.0-or-later',
      minRamMb: 2048,
      packages: ['geogebra'],
      launchCommand: 'geogebra',
    },
  },
  {
    key: 'vlc',
    status: 'accepted',
    bands: ['cycle2', 'cycle3'],
    input: {
      kind: 'software',
      title: 'VLC',
      description:
        'Le lecteur de vidéos et de sons : écouter une chanson en anglais, regarder une vidéo de la classe, ' +
        'ouvrir presque tous les fichiers audio et vidéo.',
      subjects: ['music', 'foreign_languages'],
      grades: ALL_GRADES,
      languages: ['fr', 'en', 'de', 'es', 'it', 'ar'],
      licence: 'GPL-2.0-or-later',
      packages: ['vlc'],
      launchCommand: 'vlc',
    },
  },
  {
    key: 'vikidia-web',
    status: 'accepted',
    bands: ['cycle3'],
    input: {
      kind: 'web',
      title: 'Vikidia en ligne',
      description:
        'La version en ligne de Vikidia, l’encyclopédie des 8-13 ans, avec les articles les plus récents. ' +
        'Un raccourci dans le menu de l’ordinateur.',
      subjects: ['reference'],
      grades: ['CE2', 'CM1', 'CM2'],
      languages: ['fr'],
      licence: 'CC-BY-SA',
      webUrl: 'https://fr.vikidia.org/',
    },
  },
  {
    key: '1jour1actu',
    status: 'accepted',
    bands: ['cycle3'],
    input: {
      kind: 'web',
      title: '1jour1actu',
      description:
        'L’actualité expliquée aux enfants : un article court et une vidéo chaque jour, pour parler en classe ' +
        'de ce qui se passe dans le monde.',
      subjects: ['french', 'history_geography'],
      grades: ['CM1', 'CM2'],
      languages: ['fr'],
      licence: 'Accès libre, tous droits réservés',
      webUrl: 'https://www.1jour1actu.com/',
    },
  },
  {
    key: 'lalilo',
    status: 'accepted',
    bands: ['cycle2'],
    input: {
      kind: 'web',
      title: 'Lalilo',
      description:
        'Des exercices de lecture pour le CP et le CE1 : chaque élève avance à son rythme, l’enseignant voit ' +
        'qui a besoin d’aide. Gratuit pour les écoles.',
      subjects: ['french'],
      grades: ['CP', 'CE1'],
      languages: ['fr'],
      licence: 'Service gratuit, propriétaire',
      webUrl: 'https://lalilo.com/',
    },
  },
  {
    key: 'childsplay',
    status: 'proposed',
    bands: [],
    input: {
      kind: 'software',
      title: 'ChildsPlay',
      description:
        'Des jeux de mémoire, de lettres, de sons et de calcul pour les 4-7 ans, avec des images et des voix ' +
        'enregistrées.',
      subjects: ['french', 'maths'],
      grades: ['CP', 'CE1'],
      languages: ['fr', 'en'],
      licence: 'GPL-3.0-or-later',
      packages: ['childsplay'],
      launchCommand: 'childsplay',
    },
  },
];

export interface DemoProposal {
  resource: string;
  kind: 'add' | 'remove';
  grade: string;
  /** current: the school year running today; next: the one after. */
  year: 'current' | 'next';
  by: 0 | 1 | 2;
  reason: string;
  votes: { by: 0 | 1 | 2; value: 'support' | 'oppose' }[];
  comments: { by: 0 | 1 | 2; body: string }[];
  /** The committee's decision, when it has decided. */
  decision?: { decision: 'accept' | 'reject'; reason: string };
}

/**
 * Open proposals with votes and comments, and one the committee accepted: Scratch for CM1 next
 * year, which makes next year's cycle 3 draft (one change from this year's set).
 */
export const DEMO_PROPOSALS: DemoProposal[] = [
  {
    resource: 'childsplay',
    kind: 'add',
    grade: 'CP',
    year: 'current',
    by: 1,
    reason:
      'Mes CP adorent les jeux de sons et de lettres de ChildsPlay : je l’utilisais sur l’ancien ordinateur de la classe.',
    votes: [{ by: 0, value: 'support' }],
    comments: [{ by: 0, body: 'Je l’ai vu fonctionner, les élèves sont très autonomes avec.' }],
  },
  {
    resource: 'klavaro',
    kind: 'add',
    grade: 'CE2',
    year: 'next',
    by: 0,
    reason:
      'En CE2 mes élèves tapent leurs textes avec deux doigts : Klavaro les aiderait avant le CM1, dix minutes par jour.',
    votes: [
      { by: 1, value: 'support' },
      { by: 2, value: 'oppose' },
    ],
    comments: [{ by: 2, body: 'Tux Typing suffit en CE2, Klavaro est un peu austère à cet âge.' }],
  },
  {
    resource: 'tuxmath',
    kind: 'remove',
    grade: 'CM2',
    year: 'current',
    by: 2,
    reason: 'Mes CM2 trouvent TuxMath trop enfantin ; nous travaillons le calcul mental autrement.',
    votes: [{ by: 1, value: 'oppose' }],
    comments: [],
  },
  {
    resource: 'scratch',
    kind: 'add',
    grade: 'CM1',
    year: 'next',
    by: 2,
    reason:
      'Le codage est au programme du cycle 3 : avec Scratch, mes CM1 ont créé un jeu de labyrinthe en six séances.',
    votes: [
      { by: 0, value: 'support' },
      { by: 1, value: 'support' },
    ],
    comments: [{ by: 0, body: 'Très bonne idée, je peux partager mes fiches de séances.' }],
    decision: {
      decision: 'accept',
      reason: 'Au programme du cycle 3, libre, disponible dans Debian : ajouté pour l’an prochain.',
    },
  },
];
