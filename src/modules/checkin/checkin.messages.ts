import type { Language } from '../../platform/i18n/i18n.js';

/** Plain words of the check-in, French first; error titles are in platform/i18n. */
const fr = {
  opensAt: 'L’accueil ouvre le {date} à {time}.',
  closedAt: 'L’accueil a fermé le {date} à {time}.',
  alreadyAt: 'Enregistrée le {date} à {time}. Aucun autre atelier n’a été décompté.',
  markedAbsent: 'Cette personne a été notée absente à cet atelier : l’enregistrement n’est plus possible.',
  keyReused: 'Cette clé a déjà servi pour un autre enregistrement. Scannez ou tapez à nouveau la carte.',
  noSeat: 'Les {seats} places de l’atelier sont prises.',
};

const en: typeof fr = {
  opensAt: 'Check-in opens on {date} at {time}.',
  closedAt: 'Check-in closed on {date} at {time}.',
  alreadyAt: 'Checked in on {date} at {time}. No other workshop was deducted.',
  markedAbsent: 'This person was marked absent for this workshop: check-in is no longer possible.',
  keyReused: 'This key was already used for another check-in. Scan or type the card again.',
  noSeat: 'All {seats} seats of the workshop are taken.',
};

export function checkinMessages(lang: Language): typeof fr {
  return lang === 'en' ? en : fr;
}

/** A date as people read it at the desk: 12/05/2026 in French, 2026-05-12 in English. */
export function displayDate(isoDate: string, lang: Language): string {
  if (lang === 'en') return isoDate;
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
