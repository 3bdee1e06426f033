/**
 * Thrown inside the transaction when a twin request (another desk, a retry) changed the
 * booking between our read and our conditional update. The transaction is rolled back and the
 * check-in runs again from the start in a new one, where it sees the twin's committed work and
 * answers as a replay or CHECKIN_ALREADY_DONE.
 */
export class LostRace extends Error {}
