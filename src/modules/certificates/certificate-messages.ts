import { type Language, isLanguage } from '../../platform/i18n/i18n.js';
import type { Programme } from '../programmes/programmes.model.js';

/**
 * What labels and donor certificates print, in each language. A printed document follows the
 * programme's language (its first language, else its locale), not the browser of whoever
 * clicked: every certificate of a programme reads the same.
 */
const fr = {
  kinds: { desktop: 'Ordinateur fixe', laptop: 'Portable', monitor: 'Écran', other: 'Autre' },
  labelsTitle: 'Étiquettes',
  certificate: {
    title: 'Certificat de traitement d’un don de matériel informatique',
    intro:
      '{programme} certifie avoir reçu le matériel ci-dessous et en avoir effacé les données selon la ' +
      'norme NIST SP 800-88 (niveaux clear, purge ou destroy), ou détruit les disques.',
    programme: 'Programme',
    lot: 'Lot',
    donor: 'Donateur',
    receivedOn: 'Reçu le',
    issuedOn: 'Émis le',
    devicesTitle: 'Appareils du lot',
    summaryTitle: 'En résumé',
    deviceCount: 'Appareils : {count}',
    disksErased: 'Disques effacés ou détruits : {count} sur {total}',
    outcomeCounts:
      'Réemployés : {reused} · Pièces détachées : {for_parts} · Recyclés : {recycled} · En cours : {in_progress}',
    inProgressNotice:
      '{count} appareil(s) sont encore en cours de traitement à la date de ce certificat : leur devenir ' +
      'et, le cas échéant, l’effacement de leurs disques restent à venir. Un nouveau certificat pourra être émis.',
    disksNotErasedNotice:
      'Un disque sans effacement valide ne quitte jamais l’atelier : l’appareil ne peut pas être remis à un élève.',
    columns: {
      tag: 'Étiquette',
      kind: 'Type',
      make: 'Marque',
      model: 'Modèle',
      serial: 'N° de série',
      outcome: 'Devenir',
    },
    disk: 'Disque {serial}',
    diskWithoutSerial: 'Disque {name} (sans n° de série)',
    diskLine: '{method} · NIST {level} · {date} · {result}',
    noDisk: 'Aucun disque inventorié',
    noRecord: 'pas encore d’effacement enregistré',
    unknownDate: 'date inconnue',
    verifyTitle: 'Vérifier ce certificat',
    verifyText: 'Code de vérification : {code}. Scannez le QR code ou ouvrez {url}',
    footer: 'Certificat {code} · lot {lot} · page {page} sur {pages}',
  },
  outcomes: { reused: 'Réemployé', for_parts: 'Pièces détachées', recycled: 'Recyclé', in_progress: 'En cours' },
  results: {
    erased: 'effacé',
    failed: 'échec',
    aborted: 'interrompu',
    destroyed: 'détruit',
    verified: 'relecture vérifiée',
  } as Record<string, string>,
  levels: { clear: 'clear', purge: 'purge', destroy: 'destroy', none: 'aucun (contrôle)' } as Record<string, string>,
  errors: {
    labelLimit: 'Au plus {limit} étiquettes par document : vous en demandez {count}. Imprimez en plusieurs fois.',
    labelPageBeyond: 'Ce lot a {pages} page(s) d’étiquettes ({count} appareils, {limit} par page).',
    skipRoll: 'Le rouleau imprime une étiquette par page : rien à sauter.',
    unknownDevices: 'Appareil introuvable dans ce programme.',
    codeFormat: 'Un code de vérification a 10 caractères, par exemple ABCD-EFGH-JK.',
    codeCheck: 'Ce code contient une faute de frappe : vérifiez chaque caractère.',
  },
};

export type CertificateMessages = typeof fr;

const en: CertificateMessages = {
  kinds: { desktop: 'Desktop', laptop: 'Laptop', monitor: 'Monitor', other: 'Other' },
  labelsTitle: 'Labels',
  certificate: {
    title: 'Certificate of processing of donated computer equipment',
    intro:
      '{programme} certifies that it received the equipment below and erased its data following ' +
      'NIST SP 800-88 (clear, purge or destroy levels), or destroyed the disks.',
    programme: 'Programme',
    lot: 'Lot',
    donor: 'Donor',
    receivedOn: 'Received on',
    issuedOn: 'Issued on',
    devicesTitle: 'Devices of the lot',
    summaryTitle: 'Summary',
    deviceCount: 'Devices: {count}',
    disksErased: 'Disks erased or destroyed: {count} of {total}',
    outcomeCounts: 'Reused: {reused} · Spare parts: {for_parts} · Recycled: {recycled} · In progress: {in_progress}',
    inProgressNotice:
      '{count} device(s) are still being processed on the date of this certificate: their outcome and, ' +
      'where needed, the erasure of their disks are still to come. A new certificate can be issued.',
    disksNotErasedNotice:
      'A disk without a valid erasure never leaves the workshop: the device cannot be given to a pupil.',
    columns: { tag: 'Tag', kind: 'Kind', make: 'Make', model: 'Model', serial: 'Serial number', outcome: 'Outcome' },
    disk: 'Disk {serial}',
    diskWithoutSerial: 'Disk {name} (no serial number)',
    diskLine: '{method} · NIST {level} · {date} · {result}',
    noDisk: 'No disk in the inventory',
    noRecord: 'no erasure recorded yet',
    unknownDate: 'unknown date',
    verifyTitle: 'Verify this certificate',
    verifyText: 'Verification code: {code}. Scan the QR code or open {url}',
    footer: 'Certificate {code} · lot {lot} · page {page} of {pages}',
  },
  outcomes: { reused: 'Reused', for_parts: 'Spare parts', recycled: 'Recycled', in_progress: 'In progress' },
  results: {
    erased: 'erased',
    failed: 'failed',
    aborted: 'aborted',
    destroyed: 'destroyed',
    verified: 'read-back verified',
  },
  levels: { clear: 'clear', purge: 'purge', destroy: 'destroy', none: 'none (check)' },
  errors: {
    labelLimit: 'At most {limit} labels per document: you asked for {count}. Print them in several goes.',
    labelPageBeyond: 'This lot has {pages} page(s) of labels ({count} devices, {limit} per page).',
    skipRoll: 'The roll prints one label per page: there is nothing to skip.',
    unknownDevices: 'Device not found in this programme.',
    codeFormat: 'A verification code has 10 characters, for example ABCD-EFGH-JK.',
    codeCheck: 'This code has a typing mistake: check each character.',
  },
};

const catalogues: Record<Language, CertificateMessages> = { fr, en };

export function certificateMessages(lang: Language): CertificateMessages {
  return catalogues[lang];
}

/** The language printed documents of a programme use. */
export function programmeLanguage(programme: Pick<Programme, 'languages' | 'locale'>): Language {
  const first = programme.languages[0];
  if (isLanguage(first)) return first;
  const fromLocale = programme.locale.slice(0, 2).toLowerCase();
  return isLanguage(fromLocale) ? fromLocale : 'fr';
}
