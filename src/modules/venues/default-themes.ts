/**
 * The catalogue a new programme starts from: the workshops the parents ask for most. Titles
 * and descriptions in French and English, in plain words: short sentences for a parent who
 * reads little French. A programme changes them or adds its own through the themes API.
 */
export interface DefaultTheme {
  code: string;
  titles: { fr: string; en: string };
  descriptions: { fr: string; en: string };
  languages: string[];
}

const THEMES: DefaultTheme[] = [
  {
    code: 'first_steps',
    titles: { fr: 'Premiers pas avec l’ordinateur', en: 'First steps with the computer' },
    descriptions: {
      fr: 'Allumer et éteindre l’ordinateur. Utiliser la souris et le clavier. Ouvrir et ranger un fichier. On va doucement, pas à pas.',
      en: 'Turn the computer on and off. Use the mouse and the keyboard. Open and save a file. We go slowly, step by step.',
    },
    languages: ['fr', 'en', 'ar'],
  },
  {
    code: 'email',
    titles: { fr: 'Le courrier électronique (e-mail)', en: 'E-mail' },
    descriptions: {
      fr: 'Créer une adresse e-mail. Lire un message. Écrire et envoyer une réponse. Joindre une photo ou un document.',
      en: 'Create an e-mail address. Read a message. Write and send an answer. Add a photo or a document.',
    },
    languages: ['fr', 'en'],
  },
  {
    code: 'internet_safety',
    titles: { fr: 'Internet sans danger et contrôle parental', en: 'Safe internet and parental controls' },
    descriptions: {
      fr: 'Reconnaître un faux message. Choisir un bon mot de passe. Régler le contrôle parental pour les enfants. Savoir à qui demander de l’aide.',
      en: 'Spot a fake message. Choose a good password. Set parental controls for the children. Know who to ask for help.',
    },
    languages: ['fr', 'en'],
  },
  {
    code: 'school_services',
    titles: {
      fr: 'Les services en ligne de l’école (ENT, vie scolaire)',
      en: 'The school’s online services (ENT, school life)',
    },
    descriptions: {
      fr: 'Se connecter à l’espace de l’école. Voir les devoirs, les notes et les absences. Écrire à l’enseignant.',
      en: 'Log in to the school’s website. See homework, marks and absences. Write to the teacher.',
    },
    languages: ['fr', 'en'],
  },
  {
    code: 'letter_cv',
    titles: { fr: 'Écrire une lettre ou un CV', en: 'Write a letter or a CV' },
    descriptions: {
      fr: 'Écrire une lettre simple. Faire un CV. Enregistrer le document et l’imprimer. Vous pouvez venir avec vos papiers.',
      en: 'Write a simple letter. Make a CV. Save the document and print it. You can bring your papers.',
    },
    languages: ['fr', 'en'],
  },
  {
    code: 'video_calls',
    titles: { fr: 'Appels vidéo avec la famille', en: 'Video calls with family' },
    descriptions: {
      fr: 'Appeler sa famille en vidéo, en France ou dans un autre pays. Régler la caméra et le son. C’est gratuit avec internet.',
      en: 'Call your family with video, in France or in another country. Set the camera and the sound. It is free with the internet.',
    },
    languages: ['fr', 'en', 'ar'],
  },
  {
    code: 'online_procedures',
    titles: { fr: 'Les démarches administratives en ligne', en: 'Administrative procedures online' },
    descriptions: {
      fr: 'Créer un compte sur un site officiel (CAF, impôts, Ameli). Remplir un formulaire. Envoyer un document scanné. Garder une preuve.',
      en: 'Create an account on an official website (family benefits, taxes, health insurance). Fill in a form. Send a scanned document. Keep a proof.',
    },
    languages: ['fr', 'en'],
  },
];

/** A fresh copy of the default catalogue, in the order it is shown. */
export function defaultTrainingThemes(): DefaultTheme[] {
  return THEMES.map((t) => ({
    code: t.code,
    titles: { ...t.titles },
    descriptions: { ...t.descriptions },
    languages: [...t.languages],
  }));
}
