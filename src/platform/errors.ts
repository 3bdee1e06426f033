/**
 * Every error a client can see has a stable code. The code decides the HTTP status (here, once)
 * and the translated title (platform/i18n/messages.*.ts). Services throw AppError; the error
 * handler turns it into application/problem+json (RFC 9457).
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  INVALID_UAI: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_API_TOKEN: 401,
  FORBIDDEN: 403,
  CSRF_ORIGIN_MISMATCH: 403,
  ACCOUNT_DISABLED: 403,
  ROUTE_NOT_FOUND: 404,
  NOT_FOUND: 404,
  PROGRAMME_NOT_FOUND: 404,
  ORGANISATION_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  API_TOKEN_NOT_FOUND: 404,
  ROLE_ASSIGNMENT_NOT_FOUND: 404,
  COMMUNE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  UAI_TAKEN: 409,
  SLUG_TAKEN: 409,
  ROLE_ALREADY_ASSIGNED: 409,
  LINK_INVALID_OR_EXPIRED: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  WEAK_PASSWORD: 422,
  WRONG_CURRENT_PASSWORD: 422,
  ROLE_NEEDS_ORGANISATION: 422,
  ROLE_ORGANISATION_KIND_MISMATCH: 422,
  LAST_ADMIN: 422,
  RATE_LIMITED: 429,
  // Workshop: donations, devices, inventory, erasure, labels, certificates.
  INVALID_SIRET: 400,
  INVALID_ASSET_TAG: 400,
  INVENTORY_UNREADABLE: 400,
  INVENTORY_INVALID: 400,
  ERASURE_LOG_UNREADABLE: 400,
  LOT_NOT_FOUND: 404,
  DEVICE_NOT_FOUND: 404,
  INVENTORY_NOT_FOUND: 404,
  ERASURE_NOT_FOUND: 404,
  CERTIFICATE_NOT_FOUND: 404,
  SERIAL_TAKEN: 409,
  LOT_TRANSITION_FORBIDDEN: 409,
  DEVICE_TRANSITION_FORBIDDEN: 409,
  DEVICE_NOT_DIAGNOSED: 409,
  DEVICE_NOT_INVENTORIED: 409,
  DEVICE_NOT_ERASED: 409,
  DEVICE_NOT_IMAGED: 409,
  DEVICE_NOT_CHECKED: 409,
  DEVICE_UNFIT: 409,
  DEVICE_LEFT_WORKSHOP: 409,
  CHECK_FOUR_EYES: 409,
  CHECK_FAILED: 409,
  UNDO_EXPIRED: 409,
  UNDO_NOT_ALLOWED: 409,
  ERASURE_LOG_OTHER_DEVICE: 409,
  LOT_NOT_EDITABLE: 409,
  LOT_HAS_NO_DEVICES: 409,
  LABEL_LIMIT_EXCEEDED: 422,
  // Families: schools, imports, households, campaigns, distribution, handover, loans, grants.
  IMPORT_FILE_UNREADABLE: 400,
  IMPORT_MAPPING_INVALID: 400,
  IMPORT_NOT_FOUND: 404,
  SCHOOL_YEAR_NOT_FOUND: 404,
  HOUSEHOLD_NOT_FOUND: 404,
  PUPIL_NOT_FOUND: 404,
  MERGE_PROPOSAL_NOT_FOUND: 404,
  CAMPAIGN_NOT_FOUND: 404,
  EVENT_NOT_FOUND: 404,
  SLOT_NOT_FOUND: 404,
  APPOINTMENT_NOT_FOUND: 404,
  INVITATION_NOT_FOUND: 404,
  LOAN_NOT_FOUND: 404,
  CARD_NOT_FOUND: 404,
  GRANT_CLAIM_NOT_FOUND: 404,
  ATTACHMENT_NOT_FOUND: 404,
  IMPORT_ALREADY_COMMITTED: 409,
  DEVICE_NOT_READY: 409,
  DEVICE_ALREADY_RESERVED: 409,
  HOUSEHOLD_ALREADY_SERVED: 409,
  HOUSEHOLD_DECLINED: 409,
  HOUSEHOLD_NOT_ELIGIBLE: 409,
  CAMPAIGN_CLOSED: 409,
  SLOT_FULL: 409,
  HANDOVER_WRONG_DEVICE: 409,
  HANDOVER_ALREADY_DONE: 409,
  LOAN_NOT_ACTIVE: 409,
  GRANT_CLAIM_EXISTS: 409,
  GRANT_CLAIM_NOT_APPROVED: 409,
  GRANT_CLAIM_ALREADY_DECIDED: 409,
  SIGNATURE_REQUIRED: 422,
  FILE_TYPE_NOT_ALLOWED: 415,
  HOUSEHOLD_IN_CAMPAIGN: 409,
  MERGE_PROPOSAL_DECIDED: 409,
  SCHOOL_YEAR_CODE_TAKEN: 409,
  HOUSEHOLD_HAS_ACTIVE_LOAN: 409,
  HANDOVER_NOT_FOUND: 404,
  PAYMENT_BATCH_NOT_FOUND: 404,
  GRANT_CLAIM_PROOF_MISSING: 409,
  PAYMENT_BATCH_EMPTY: 409,
  ALLOCATION_NOT_FOUND: 404,
  ALLOCATION_NOT_ACTIVE: 409,
  APPOINTMENT_EXISTS: 409,
  APPOINTMENT_NOT_BOOKED: 409,
  // Parents' workshops: cards and ledger, venues, themes, sessions, bookings, check-in, statements.
  CARD_NUMBER_INVALID: 400,
  VENUE_NOT_FOUND: 404,
  ROOM_NOT_FOUND: 404,
  THEME_NOT_FOUND: 404,
  TRAINING_SESSION_NOT_FOUND: 404,
  BOOKING_NOT_FOUND: 404,
  STATEMENT_NOT_FOUND: 404,
  JOB_NOT_FOUND: 404,
  CARD_OTHER_PROGRAMME: 409,
  CARD_LOST: 409,
  CARD_REPLACED: 409,
  CARD_EXPIRED: 409,
  CARD_NO_CREDIT: 409,
  CARD_NOT_ACTIVE: 409,
  HOUSEHOLD_HAS_CARD: 409,
  LEDGER_CORRECTION_INVALID: 409,
  SESSION_IN_PAST: 409,
  SESSION_CANCELLED: 409,
  SESSION_FULL: 409,
  SESSION_AFTER_CARD_END: 409,
  SESSION_HAS_BOOKINGS: 409,
  BOOKING_EXISTS: 409,
  BOOKING_OVERLAP: 409,
  BOOKING_CANCEL_TOO_LATE: 409,
  BOOKING_NOT_ACTIVE: 409,
  CHECKIN_NOT_OPEN: 409,
  CHECKIN_CLOSED: 409,
  CHECKIN_ALREADY_DONE: 409,
  CHECKIN_NO_BOOKING: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  ROOM_TOO_SMALL: 422,
  STATEMENT_FROZEN: 409,
  STATEMENT_MONTH_NOT_OVER: 409,
  STATEMENT_EMPTY: 409,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldError {
  /** Dotted path of the offending field in the request, e.g. "body.uai" or "query.limit". */
  field: string;
  /** Machine code of the problem, e.g. "too_small", "unknown_field", "invalid_uai_check_letter". */
  code: string;
  /** Plain-words explanation in the request's language. */
  message: string;
}

export interface AppErrorOptions {
  /** Extra explanation shown to the person; translated by the caller. */
  detail?: string;
  /** Values for the translated title, e.g. { seconds: 60 }. */
  params?: Record<string, string | number>;
  fields?: FieldError[];
  /** Seconds, for 429 and 503. */
  retryAfter?: number;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly options: AppErrorOptions;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.detail ?? code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = errorStatus[code];
    this.options = options;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
