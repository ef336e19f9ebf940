/**
 * Stable codes for every expected business failure. The API maps each one to a GraphQL
 * `extensions.code`, so a code, once published, is never renamed.
 */
export const DOMAIN_ERROR_CODES = [
  // money
  'INVALID_AMOUNT',
  'AMOUNT_OUT_OF_RANGE',
  'INVALID_MONEY_FORMAT',
  'TOO_MANY_DECIMALS',
  'UNKNOWN_CURRENCY',
  'CURRENCY_MISMATCH',
  'INVALID_ALLOCATION',
  // dates and settings
  'INVALID_DATE',
  'INVALID_TIME_ZONE',
  'INVALID_POLICY',
  // return requests
  'EMPTY_RETURN',
  'INVALID_QUANTITY',
  'DUPLICATE_RETURN_LINE',
  'ORDER_LINE_NOT_IN_ORDER',
  'ORDER_NOT_DELIVERED',
  'QUANTITY_EXCEEDS_RETURNABLE',
  'RETURN_WINDOW_EXPIRED',
  'OVERRIDE_REASON_REQUIRED',
  'OVERRIDE_REASON_TOO_SHORT',
  'RETURNLESS_NOT_ELIGIBLE',
  // state machines
  'INVALID_TRANSITION',
  'FORBIDDEN',
  'DECLINE_NOTE_REQUIRED',
  'INSPECTION_INCOMPLETE',
  'REFUND_NOT_ISSUED',
  'REPLACEMENT_NOT_RECORDED',
  'LABEL_NOT_EXPIRED',
  // refunds and approvals
  'NOTHING_TO_REFUND',
  'REFUND_EXCEEDS_REMAINING',
  'APPROVER_IS_SUBMITTER',
  'APPROVAL_REQUIRED',
  // inspection
  'DISPOSITION_OVERRIDE_NOT_ALLOWED',
] as const;

/** One of {@link DOMAIN_ERROR_CODES}. */
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** A value that explains a failure to a client (shown in GraphQL `extensions`). */
export type ErrorDetail = string | number | boolean | null | readonly string[];

/** An expected business failure: a stable code, a sentence for people, facts for programs. */
export interface DomainError {
  readonly code: DomainErrorCode;
  readonly message: string;
  readonly details: Readonly<Record<string, ErrorDetail>>;
}

const CODES: ReadonlySet<string> = new Set(DOMAIN_ERROR_CODES);

/** Tells whether a string is one of the published {@link DomainErrorCode}s. */
export function isDomainErrorCode(value: string): value is DomainErrorCode {
  return CODES.has(value);
}
