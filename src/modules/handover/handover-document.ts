import type { HandoverMessages } from './handover.messages.js';

/** Everything the handover's printed documents show, gathered once by the service. */
export interface HandoverDocument {
  messages: HandoverMessages;
  /** BCP 47 locale of the document's language, and the programme's time zone. */
  locale: string;
  timeZone: string;
  programmeName: string;
  handoverId: string;
  householdReference: string;
  signerName: string;
  pupil: { firstName: string; lastName: string; grade: string; schoolName: string | null } | null;
  device: { assetTag: string; make: string | null; model: string | null; serial: string | null };
  loan: { startsOn: string; endsOn: string; endGrade: string };
  agreementVersion: string;
  signature: { kind: 'drawn'; png: Buffer } | { kind: 'typed' };
  handedOverAt: string;
  staffName: string;
  card: { number: string; credits: number; hoursPerCredit: number; validUntil: string } | null;
  grant: { amountMinor: number; currency: string };
}

export function deviceModel(d: HandoverDocument['device'], unknown: string): string {
  return [d.make, d.model].filter(Boolean).join(' ') || unknown;
}

export function pupilName(p: HandoverDocument['pupil'], unknown: string): string {
  return p ? `${p.firstName} ${p.lastName}` : unknown;
}

/** "60 €": the narrow no-break space French formats use is not in the PDF fonts' encoding. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = minor % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: digits })
    .format(minor / 100)
    .replace(/\u202f/g, '\u00a0');
}
