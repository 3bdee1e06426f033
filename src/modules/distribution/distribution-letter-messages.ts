import type { Language } from '../../platform/i18n/i18n.js';
import { isLanguage } from '../../platform/i18n/i18n.js';
import { programmeLanguage } from '../certificates/certificate-messages.js';
import type { Programme } from '../programmes/programmes.model.js';

/**
 * What the invitation letter, mail and SMS say, in each language a household may read. Easy to
 * read (FALC): one idea per sentence, short words, no abbreviations. A new language is one more
 * catalogue here; a programme offers it by listing it in its `languages`.
 */
const fr = {
  /** For dates, times and amounts. */
  locale: 'fr-FR',
  colon: ' : ',
  title: 'Un ordinateur pour votre enfant',
  greeting: 'Bonjour {names},',
  greetingNoName: 'Bonjour,',
  intro: '{programme} donne un pack à chaque famille des élèves de {grade}. Le pack est gratuit.',
  forPupils: 'Ce pack est pour : {pupils}.',
  packTitle: 'Dans le pack',
  packComputer: 'Un ordinateur prêt à utiliser.',
  packSoftware: 'Les logiciels de l’école.',
  packCard: 'Une carte pour {credits} ateliers de {hours} h. Vous apprenez à utiliser l’ordinateur.',
  packGrant: 'Une aide de {amount} pour payer internet à la maison.',
  loan: 'L’ordinateur est prêté jusqu’à l’entrée de votre enfant en {grade}. Ensuite, il est à vous.',
  appointmentTitle: 'Votre rendez-vous',
  appointmentWhen: 'Le {date}, à {time}.',
  appointmentWhere: 'Lieu{colon}{place}',
  appointmentChange: 'Vous ne pouvez pas venir ? Appelez l’école pour changer l’heure.',
  eventsTitle: 'Quand venir ?',
  eventLine: '{date}, de {from} à {to}{colon}{place}',
  eventLineNoTime: '{date}{colon}{place}',
  howToBook: 'Pour choisir votre heure, appelez l’école ou passez la voir. Donnez votre code.',
  howToBookPhone: 'Pour choisir votre heure, appelez l’école au {phone}. Donnez votre code.',
  noEventYet: 'La date n’est pas encore fixée. L’école vous dira quand venir.',
  bringTitle: 'Apportez',
  bringLetter: 'Cette lettre ou votre code.',
  bringId: 'Une pièce d’identité.',
  bringBag: 'Un sac pour porter l’ordinateur.',
  codeTitle: 'Votre code',
  codeHelp: 'Montrez ce code le jour de la distribution.',
  school: 'École{colon}{school}',
  questions: 'Une question ? Parlez-en à l’école.',
  footer: '{programme} · {reference}',
  mailSubject: 'Un ordinateur pour votre enfant : votre invitation',
  mailSignature: 'L’équipe {programme}',
  smsWithAppointment:
    '{programme} : rendez-vous le {date} à {time}, {place}. Pack ordinateur gratuit. Votre code : {code}.',
  smsWithoutAppointment:
    '{programme} : un ordinateur gratuit pour votre enfant. Appelez l’école {school} pour choisir votre heure. Votre code : {code}.',
};

export type LetterMessages = typeof fr;

const en: LetterMessages = {
  locale: 'en-GB',
  colon: ': ',
  title: 'A computer for your child',
  greeting: 'Hello {names},',
  greetingNoName: 'Hello,',
  intro: '{programme} gives a pack to every family of pupils in {grade}. The pack is free.',
  forPupils: 'This pack is for: {pupils}.',
  packTitle: 'In the pack',
  packComputer: 'A computer, ready to use.',
  packSoftware: 'The school software.',
  packCard: 'A card for {credits} workshops of {hours} hours. You learn to use the computer.',
  packGrant: 'A grant of {amount} to pay for internet at home.',
  loan: 'The computer is lent until your child starts {grade}. Then it is yours.',
  appointmentTitle: 'Your appointment',
  appointmentWhen: 'On {date}, at {time}.',
  appointmentWhere: 'Place{colon}{place}',
  appointmentChange: 'You cannot come? Call the school to change the time.',
  eventsTitle: 'When to come?',
  eventLine: '{date}, from {from} to {to}{colon}{place}',
  eventLineNoTime: '{date}{colon}{place}',
  howToBook: 'To choose your time, call the school or go and see them. Give your code.',
  howToBookPhone: 'To choose your time, call the school on {phone}. Give your code.',
  noEventYet: 'The date is not set yet. The school will tell you when to come.',
  bringTitle: 'Bring',
  bringLetter: 'This letter or your code.',
  bringId: 'An identity document.',
  bringBag: 'A bag to carry the computer.',
  codeTitle: 'Your code',
  codeHelp: 'Show this code on the day of the distribution.',
  school: 'School{colon}{school}',
  questions: 'A question? Ask the school.',
  footer: '{programme} · {reference}',
  mailSubject: 'A computer for your child: your invitation',
  mailSignature: 'The {programme} team',
  smsWithAppointment: '{programme}: appointment on {date} at {time}, {place}. Free computer pack. Your code: {code}.',
  smsWithoutAppointment:
    '{programme}: a free computer for your child. Call the school {school} to choose your time. Your code: {code}.',
};

const catalogues: Partial<Record<string, LetterMessages>> = { fr, en };

export function letterMessages(language: string): LetterMessages {
  return catalogues[language] ?? fr;
}

/**
 * The language of a household's letter: its preferred language when the programme offers it
 * and a catalogue exists, else the programme's own language.
 */
export function letterLanguage(
  programme: Pick<Programme, 'languages' | 'locale'>,
  preferred: string | null | undefined,
): string {
  const wanted = preferred?.trim().toLowerCase().slice(0, 2);
  if (wanted && programme.languages.includes(wanted) && catalogues[wanted]) return wanted;
  const fallback: Language = programmeLanguage(programme);
  return isLanguage(fallback) ? fallback : 'fr';
}
