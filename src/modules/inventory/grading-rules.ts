import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { programmeSettingsSchema } from '../programmes/programmes.model.js';
import { findProgrammeById } from '../programmes/programmes.repository.js';
import type { GradingRules } from './grading.js';

/**
 * Grading rules parsed from a programme's settings text. The key is the stored JSON itself, so
 * an edited setting is a new key and an entry is never stale, whichever process changed it: a
 * pure cache of parsing (validating the whole settings object costs more than the query).
 */
const parsedRules = new Map<string, GradingRules>();
const MAX_ENTRIES = 64;

export function gradingRulesOf(settingsJson: string): GradingRules {
  let rules = parsedRules.get(settingsJson);
  if (!rules) {
    rules = Object.freeze(programmeSettingsSchema.parse(JSON.parse(settingsJson)).grading);
    if (parsedRules.size >= MAX_ENTRIES) parsedRules.clear();
    parsedRules.set(settingsJson, rules);
  }
  return rules;
}

/** The programme's grading rules, read in the caller's transaction. */
export async function findGradingRules(db: Executor, programmeId: string): Promise<GradingRules> {
  const programme = await findProgrammeById(db, programmeId);
  if (!programme) throw new AppError('PROGRAMME_NOT_FOUND');
  return gradingRulesOf(programme.settings);
}
