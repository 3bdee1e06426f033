import { checkedCodes, type ParsedCheckedCode } from '../certificates/verification-code.js';

/**
 * Invitation codes printed on the letter a household brings to the distribution, e.g. K7QM-3XR9:
 * seven random characters and a check character, from the certificates' alphabet without
 * look-alikes and with the same check (one wrong character or a swap of neighbours is caught).
 * 31^7 ≈ 2.7·10^10 codes; uniqueness in the programme is checked by the caller and the index.
 */
const invitationCodes = checkedCodes(7);

export function newInvitationCode(): string {
  return invitationCodes.generate();
}

export type ParsedInvitationCode = ParsedCheckedCode;

/** Reads what a person typed: any case, with or without the dash and spaces. */
export function parseInvitationCode(raw: string): ParsedInvitationCode {
  return invitationCodes.parse(raw);
}
