import type { Language } from '../../platform/i18n/i18n.js';

/**
 * What the families read in the workshop e-mails and SMS: plain words, short sentences, the
 * practical facts first. {placeholders} are filled by reminder-content.ts.
 */
const fr = {
  locale: 'fr-FR',
  reminder_subject: 'Rappel : votre atelier le {date} à {time}',
  promoted_subject: 'Bonne nouvelle : une place pour vous le {date}',
  cancelled_subject: 'Atelier annulé le {date}',
  hello: 'Bonjour,',
  reminder_intro: 'Nous vous attendons à l’atelier « {theme} ».',
  promoted_intro: 'Une place s’est libérée. Votre place est réservée à l’atelier « {theme} ».',
  promoted_credit: 'Un crédit de votre carte est gardé pour cet atelier.',
  cancelled_intro: 'L’atelier « {theme} » du {date} à {time} est annulé. Nous sommes désolés.',
  cancelled_credit: 'Votre crédit vous est rendu. Vous pouvez réserver un autre atelier.',
  when: 'Quand : le {date}, de {start} à {end}.',
  where: 'Où : {venue}, {address}.',
  room: 'Salle : {room}.',
  language: 'Langue de l’atelier : {language}.',
  transport: 'Pour venir : {transport}.',
  access_step_free: 'Accès sans marche.',
  access_steps: 'Attention : il y a des marches pour arriver à la salle.',
  access_toilets: 'Toilettes accessibles.',
  access_hearing_loop: 'Boucle magnétique pour les personnes qui entendent mal.',
  bring_card: 'Apportez votre carte d’ateliers (numéro {number}).',
  computers_lent: 'Des ordinateurs sont prêtés sur place.',
  bring_computer: 'Apportez votre ordinateur : la salle n’en prête pas.',
  cancel_phone:
    'Vous ne pouvez pas venir ? Appelez le lieu au {phone}, au moins {hours} heures avant. Votre crédit vous sera rendu.',
  cancel_no_phone:
    'Vous ne pouvez pas venir ? Prévenez le lieu au moins {hours} heures avant. Votre crédit vous sera rendu.',
  questions_phone: 'Une question ? Appelez le lieu au {phone}.',
  calendar_file: 'Le fichier joint ajoute l’atelier à votre agenda.',
  signature: 'L’équipe {programme}',
  sms_reminder: '{programme} : atelier « {theme} » le {date} à {time}, {venue}, {address}. Apportez votre carte.',
  sms_cancel_phone: 'Pour annuler : {phone}.',
  sms_promoted:
    '{programme} : une place s’est libérée. Atelier « {theme} » le {date} à {time}, {venue}. Apportez votre carte.',
  sms_cancelled: '{programme} : l’atelier « {theme} » du {date} à {time} est annulé. Votre crédit vous est rendu.',
};

export type ReminderMessages = typeof fr;

const en: ReminderMessages = {
  locale: 'en-GB',
  reminder_subject: 'Reminder: your workshop on {date} at {time}',
  promoted_subject: 'Good news: a seat for you on {date}',
  cancelled_subject: 'Workshop cancelled on {date}',
  hello: 'Hello,',
  reminder_intro: 'We look forward to seeing you at the workshop “{theme}”.',
  promoted_intro: 'A seat became free. Your seat at the workshop “{theme}” is booked.',
  promoted_credit: 'One credit of your card is kept for this workshop.',
  cancelled_intro: 'The workshop “{theme}” on {date} at {time} is cancelled. We are sorry.',
  cancelled_credit: 'Your credit is given back. You can book another workshop.',
  when: 'When: {date}, from {start} to {end}.',
  where: 'Where: {venue}, {address}.',
  room: 'Room: {room}.',
  language: 'Language of the workshop: {language}.',
  transport: 'Getting there: {transport}.',
  access_step_free: 'Step-free access.',
  access_steps: 'Please note: there are steps to reach the room.',
  access_toilets: 'Accessible toilets.',
  access_hearing_loop: 'Hearing loop for people who do not hear well.',
  bring_card: 'Bring your workshop card (number {number}).',
  computers_lent: 'Computers are lent on site.',
  bring_computer: 'Bring your computer: the room does not lend any.',
  cancel_phone:
    'Cannot come? Call the venue on {phone}, at least {hours} hours before. Your credit will be given back.',
  cancel_no_phone: 'Cannot come? Tell the venue at least {hours} hours before. Your credit will be given back.',
  questions_phone: 'A question? Call the venue on {phone}.',
  calendar_file: 'The attached file adds the workshop to your calendar.',
  signature: 'The {programme} team',
  sms_reminder: '{programme}: workshop “{theme}” on {date} at {time}, {venue}, {address}. Bring your card.',
  sms_cancel_phone: 'To cancel: {phone}.',
  sms_promoted: '{programme}: a seat became free. Workshop “{theme}” on {date} at {time}, {venue}. Bring your card.',
  sms_cancelled: '{programme}: the workshop “{theme}” on {date} at {time} is cancelled. Your credit is given back.',
};

const catalogues: Record<Language, ReminderMessages> = { fr, en };

export function reminderMessages(lang: Language): ReminderMessages {
  return catalogues[lang];
}
