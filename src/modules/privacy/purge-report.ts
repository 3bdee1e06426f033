import type { PurgeReport } from './purge.service.js';

const SHOWN_REFERENCES = 50;

/** The purge's result for the terminal, in English like the rest of the command line. Counts and references only. */
export function describePurge(r: PurgeReport): string[] {
  const c = r.counts;
  const what =
    `${c.households} household(s), ${c.pupils} pupil(s), ${c.guardians} guardian name(s), ${c.contacts} contact(s), ` +
    `${c.agreements} signed agreement(s), ${c.attachments} file(s), ${c.grantClaims} grant claim(s)` +
    (r.dryRun ? '' : `, ${c.mails} mail(s)`);
  const lines = [
    `${r.slug}: personal data kept ${r.retentionMonths} month(s) after the loan or the school year ends (erasing what ended before ${r.cutoff.slice(0, 10)}).`,
    r.dryRun ? `  Dry run, nothing changed. Would erase: ${what}.` : `  Erased: ${what}.`,
  ];
  if (r.householdReferences.length > 0) {
    const shown = r.householdReferences.slice(0, SHOWN_REFERENCES).join(', ');
    const more = r.householdReferences.length - SHOWN_REFERENCES;
    lines.push(`  Households: ${shown}${more > 0 ? ` and ${more} more` : ''}.`);
  }
  return lines;
}
