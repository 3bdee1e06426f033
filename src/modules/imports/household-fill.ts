import type { ImportContact, ImportRow } from './row-check.js';

/** What a household holds, as far as an import may add to it. */
export interface HouseholdState {
  addressLine: string | null;
  postalCode: string | null;
  communeInsee: string | null;
  language: string | null;
  noComputerAtHome: number;
  priorityNeighbourhood: number;
  guardianPositions: Set<number>;
  contactKinds: Set<string>;
}

export function emptyHouseholdState(): HouseholdState {
  return {
    addressLine: null,
    postalCode: null,
    communeInsee: null,
    language: null,
    noComputerAtHome: 0,
    priorityNeighbourhood: 0,
    guardianPositions: new Set(),
    contactKinds: new Set(),
  };
}

export interface HouseholdFieldChanges {
  address_line?: string;
  postal_code?: string;
  commune_insee?: string;
  preferred_language?: string;
  no_computer_at_home?: number;
  priority_neighbourhood?: number;
}

export interface HouseholdAdditions {
  fields: HouseholdFieldChanges;
  guardians: { position: number; firstName: string | null; lastName: string }[];
  contacts: ImportContact[];
}

/**
 * What one line of the file adds to a household, filling only what is empty: a coordinator's
 * corrections are never overwritten. A field is set when it has no value; guardian 1 or 2 when
 * that position is free; phones (or e-mails) when the household has none yet. The two priority
 * flags are only ever raised by a file (no → yes), never lowered. Mutates `state`.
 */
export function fillHousehold(state: HouseholdState, row: ImportRow): HouseholdAdditions {
  const fields: HouseholdFieldChanges = {};
  if (state.addressLine === null && row.address.line !== null)
    state.addressLine = fields.address_line = row.address.line;
  if (state.postalCode === null && row.address.postalCode !== null) {
    state.postalCode = fields.postal_code = row.address.postalCode;
  }
  if (state.communeInsee === null && row.address.communeInsee !== null) {
    state.communeInsee = fields.commune_insee = row.address.communeInsee;
  }
  if (state.language === null && row.language !== null) state.language = fields.preferred_language = row.language;
  if (state.noComputerAtHome === 0 && row.noComputerAtHome === true) {
    state.noComputerAtHome = fields.no_computer_at_home = 1;
  }
  if (state.priorityNeighbourhood === 0 && row.priorityNeighbourhood === true) {
    state.priorityNeighbourhood = fields.priority_neighbourhood = 1;
  }

  const guardians: HouseholdAdditions['guardians'] = [];
  row.guardians.forEach((g, index) => {
    const position = index + 1;
    if (state.guardianPositions.has(position)) return;
    state.guardianPositions.add(position);
    guardians.push({ position, ...g });
  });

  const contacts: ImportContact[] = [];
  for (const kind of ['phone', 'email'] as const) {
    if (state.contactKinds.has(kind)) continue;
    const ofKind = row.contacts.filter((c) => c.kind === kind);
    if (ofKind.length === 0) continue;
    state.contactKinds.add(kind);
    contacts.push(...ofKind);
  }
  return { fields, guardians, contacts };
}
