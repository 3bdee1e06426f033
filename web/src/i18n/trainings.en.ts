import type { trainingsFr } from './trainings.fr.js';

/** English messages of the parents' workshop pages at the venues (same keys as French). */
export const trainingsEn: Record<keyof typeof trainingsFr, string> = {
  'nav.trainings': 'Parent workshops',
  'nav.statements': 'Statements',
};
