import type { Language } from '../../platform/i18n/i18n.js';

/** Plain words of the proposals, votes and decisions, French first; error titles are in platform/i18n. */
const fr = {
  grade_without_band: 'Choisissez une classe de cycle 2 ou 3 : CP, CE1, CE2, CM1 ou CM2.',
  resource_choice_add: 'Choisissez une ressource du catalogue ou décrivez-en une nouvelle, pas les deux.',
  resource_choice_remove: 'Pour proposer un retrait, choisissez une ressource du catalogue.',
  school_year_not_found: 'Cette année scolaire n’existe pas dans ce programme.',
  no_school_year: 'Aucune année scolaire n’est créée : demandez à la coordination d’en créer une.',
  resource_not_found: 'Cette ressource n’existe pas dans le catalogue.',
  already_in_version: '« {title} » est déjà sur les ordinateurs du {band} pour {year}.',
  not_in_version: '« {title} » n’est pas sur les ordinateurs du {band} pour {year} : rien à retirer.',
  duplicate: 'La même proposition est déjà ouverte : soutenez-la plutôt.',
  own_proposal: 'Vous avez fait cette proposition : votre avis est déjà connu.',
  teachers_only: 'Votre rôle ne permet pas de voter : seuls les enseignants votent.',
  committee_only: 'Votre rôle ne permet pas de décider : seul le comité pédagogique décide.',
  closed: 'Cette proposition est {status} : elle ne change plus.',
  withdraw_own_only: 'Seule la personne qui a fait la proposition peut la retirer.',
  status_accepted: 'acceptée',
  status_rejected: 'refusée',
  status_withdrawn: 'retirée',
  status_open: 'ouverte',
  band_cycle2: 'cycle 2',
  band_cycle3: 'cycle 3',
};

const en: typeof fr = {
  grade_without_band: 'Choose a cycle 2 or 3 grade: CP, CE1, CE2, CM1 or CM2.',
  resource_choice_add: 'Choose a resource from the catalogue or describe a new one, not both.',
  resource_choice_remove: 'To propose a removal, choose a resource from the catalogue.',
  school_year_not_found: 'This school year does not exist in this programme.',
  no_school_year: 'No school year has been created yet: ask the coordination to create one.',
  resource_not_found: 'This resource does not exist in the catalogue.',
  already_in_version: '“{title}” is already on the {band} computers for {year}.',
  not_in_version: '“{title}” is not on the {band} computers for {year}: nothing to remove.',
  duplicate: 'The same proposal is already open: support it instead.',
  own_proposal: 'You made this proposal: your opinion is already known.',
  teachers_only: 'Your role cannot vote: only teachers vote.',
  committee_only: 'Your role cannot decide: only the pedagogical committee decides.',
  closed: 'This proposal is {status}: it no longer changes.',
  withdraw_own_only: 'Only the person who made the proposal can withdraw it.',
  status_accepted: 'accepted',
  status_rejected: 'rejected',
  status_withdrawn: 'withdrawn',
  status_open: 'open',
  band_cycle2: 'cycle 2',
  band_cycle3: 'cycle 3',
};

export type ProposalsMessages = typeof fr;

export function proposalsMessages(lang: Language): ProposalsMessages {
  return lang === 'en' ? en : fr;
}
