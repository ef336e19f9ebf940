/**
 * Every `extensions.code` a client of Rebound's API can receive, with when it happens. A code,
 * once published, is never renamed; a test fails when the API can raise a code missing here, or
 * when this list keeps one the API no longer raises. ERRORS.md is generated from this list
 * (`pnpm --filter @rebound/schema errors:md`).
 */
export interface ErrorCodeEntry {
  readonly code: string;
  /** Who raises it: our API, the business rules (domain), or the GraphQL server (Apollo). */
  readonly source: 'api' | 'domain' | 'server';
  /** When it happens, for the frontend developer handling it. */
  readonly when: string;
  /** Extra `extensions` fields that come with it, when there are any. */
  readonly details?: string;
}

export const ERROR_CATALOGUE = [
  // ── Access ──────────────────────────────────────────────────────────────────────────────
  {
    code: 'UNAUTHENTICATED',
    source: 'api',
    when: 'The operation needs a signed-in user and the request carries no valid session cookie or API token (never signed in, expired, signed out elsewhere, revoked token). Send the user to sign in.',
  },
  {
    code: 'FORBIDDEN',
    source: 'api',
    when: "The caller is signed in but none of their roles may do this (each field's description says who may), or the state machine refuses the step for their role.",
  },
  {
    code: 'INVALID_CREDENTIALS',
    source: 'api',
    when: '`signIn` with an email and password that do not match an active account. The message never says which of the two was wrong.',
  },
  // ── Trusted documents ───────────────────────────────────────────────────────────────────
  {
    code: 'PERSISTED_QUERY_NOT_ALLOWED',
    source: 'api',
    when: "Production only: the request sent a GraphQL document that is not one of the trusted documents (the console's build manifest), and the caller is not an API token allowed ad-hoc documents. Send the document's hash in `extensions.persistedQuery.sha256Hash`, or use a token created with `allowAdHoc: true`.",
  },
  {
    code: 'PERSISTED_QUERY_NOT_FOUND',
    source: 'server',
    when: 'The request sent only a document hash (`extensions.persistedQuery.sha256Hash`) that the API does not know: in production, not in the trusted-documents manifest (the client was built against another version); in development, not registered yet by an automatic persisted query.',
  },
  {
    code: 'PERSISTED_QUERY_NOT_SUPPORTED',
    source: 'server',
    when: 'A persisted-query hash was sent to a server configured without persisted queries. Rebound always supports them; kept because Apollo Server may answer it.',
  },
  // ── Requests the server cannot run ──────────────────────────────────────────────────────
  {
    code: 'GRAPHQL_PARSE_FAILED',
    source: 'server',
    when: 'The document is not valid GraphQL syntax.',
  },
  {
    code: 'GRAPHQL_VALIDATION_FAILED',
    source: 'server',
    when: 'The document does not validate against the schema (unknown field, wrong argument type…), asks for introspection in production, or exceeds the limits: depth 10, 15 aliases, cost 20 000.',
  },
  {
    code: 'BAD_REQUEST',
    source: 'server',
    when: 'The HTTP request is not a GraphQL request Rebound accepts: no query, a batch (arrays are refused), a GET without the CSRF-prevention header, a wrong content type.',
  },
  {
    code: 'OPERATION_RESOLUTION_FAILURE',
    source: 'server',
    when: 'The document holds several operations and `operationName` is missing or names none of them.',
  },
  {
    code: 'BAD_USER_INPUT',
    source: 'api',
    when: 'An argument or input field is refused: wrong format, out of range, unknown id in a list, a variable of the wrong type.',
    details: '`fields`: `[{ path, problems }]` with paths such as `input.lines[0].quantity`.',
  },
  {
    code: 'INTERNAL_SERVER_ERROR',
    source: 'api',
    when: 'Something unexpected failed on the server (a bug, the database unavailable). The message is always "Internal server error"; the details are only in the server log. Retrying later may work.',
  },
  // ── Records and concurrency ─────────────────────────────────────────────────────────────
  {
    code: 'NOT_FOUND',
    source: 'api',
    when: 'The id (or RMA number) names no record the caller can see.',
    details: '`id`: the id that was not found.',
  },
  {
    code: 'CONFLICT',
    source: 'api',
    when: 'Someone changed the record since it was read (optimistic concurrency on `version`), or the change was already made (a return line whose stock already moved). Reload and try again.',
  },
  {
    code: 'INVALID_TRANSITION',
    source: 'api',
    when: "The step is not possible from the record's current status (authorizing a COMPLETED return, approving a DRAFT refund…).",
    details:
      '`from`, `event`, `to`, `allowedFrom`: the current status, the refused step, where it leads and the statuses it is allowed from.',
  },
  {
    code: 'IDEMPOTENCY_KEY_MISMATCH',
    source: 'api',
    when: '`issueRefund` was called again with an idempotency key already used with other input (another refund).',
  },
  {
    code: 'STOCK_BELOW_ZERO',
    source: 'api',
    when: 'A stock change would leave a location with fewer than zero units of a SKU.',
  },
  // ── Money ───────────────────────────────────────────────────────────────────────────────
  {
    code: 'INVALID_AMOUNT',
    source: 'domain',
    when: 'An amount is not a whole number of minor units (cents), or is negative where it must not be.',
  },
  {
    code: 'AMOUNT_OUT_OF_RANGE',
    source: 'domain',
    when: "An amount is too large to be held exactly (beyond JavaScript's safe integers).",
  },
  {
    code: 'INVALID_MONEY_FORMAT',
    source: 'domain',
    when: 'A money text is not a decimal amount such as "12.50".',
  },
  {
    code: 'TOO_MANY_DECIMALS',
    source: 'domain',
    when: 'A money text has more decimals than its currency allows (2 for EUR, 0 for JPY).',
  },
  {
    code: 'UNKNOWN_CURRENCY',
    source: 'domain',
    when: 'A currency is not an ISO 4217 code Rebound knows.',
  },
  {
    code: 'CURRENCY_MISMATCH',
    source: 'domain',
    when: 'Amounts in different currencies were combined (a refund in another currency than its order).',
  },
  {
    code: 'INVALID_ALLOCATION',
    source: 'domain',
    when: 'An amount could not be split over lines (negative or all-zero weights).',
  },
  // ── Dates and settings ──────────────────────────────────────────────────────────────────
  {
    code: 'INVALID_DATE',
    source: 'domain',
    when: 'A date or instant is not valid (delivery and request times must be real instants).',
  },
  {
    code: 'INVALID_TIME_ZONE',
    source: 'domain',
    when: 'A time zone is not an IANA name such as "Europe/Berlin".',
  },
  {
    code: 'INVALID_POLICY',
    source: 'domain',
    when: 'A return policy setting is out of range (a restocking fee outside 0–100 %, a negative window).',
  },
  // ── Return requests ─────────────────────────────────────────────────────────────────────
  { code: 'EMPTY_RETURN', source: 'domain', when: 'A return request has no lines.' },
  {
    code: 'INVALID_QUANTITY',
    source: 'domain',
    when: 'A returned quantity is not a whole number of at least 1.',
  },
  {
    code: 'DUPLICATE_RETURN_LINE',
    source: 'domain',
    when: 'The same order line appears twice in one return request.',
  },
  {
    code: 'ORDER_LINE_NOT_IN_ORDER',
    source: 'domain',
    when: 'A requested line does not belong to the order of the return.',
  },
  {
    code: 'ORDER_NOT_DELIVERED',
    source: 'domain',
    when: 'A return was requested for an order that has not been delivered yet.',
  },
  {
    code: 'QUANTITY_EXCEEDS_RETURNABLE',
    source: 'domain',
    when: 'More units were requested than remain returnable on the order line (earlier returns count).',
  },
  {
    code: 'RETURN_WINDOW_EXPIRED',
    source: 'domain',
    when: 'The return window of the policy has closed for the order; authorizing anyway needs an override reason.',
  },
  {
    code: 'OVERRIDE_REASON_REQUIRED',
    source: 'domain',
    when: 'Accepting a return outside the policy needs a written override reason, and none was given.',
  },
  {
    code: 'OVERRIDE_REASON_TOO_SHORT',
    source: 'domain',
    when: 'The override reason is shorter than the minimum length the policy asks for.',
  },
  {
    code: 'RETURNLESS_NOT_ELIGIBLE',
    source: 'domain',
    when: 'A return cannot be settled without the item coming back (value above the policy limit, or reason not eligible).',
  },
  // ── Returns workflow ────────────────────────────────────────────────────────────────────
  {
    code: 'DECLINE_NOTE_REQUIRED',
    source: 'domain',
    when: 'Declining a return with this decline reason needs a note for the customer.',
  },
  {
    code: 'INSPECTION_INCOMPLETE',
    source: 'domain',
    when: 'Inspection cannot end while a returned line has no grade.',
  },
  {
    code: 'REFUND_NOT_ISSUED',
    source: 'domain',
    when: 'A returnless return completes only when its refund is issued.',
  },
  {
    code: 'REPLACEMENT_NOT_RECORDED',
    source: 'domain',
    when: 'A return resolved by replacement completes only when the replacement order is recorded.',
  },
  {
    code: 'LABEL_NOT_EXPIRED',
    source: 'domain',
    when: 'A return was cancelled for an expired label while its label is still valid (labels expire 30 days after issue).',
    details: '`expiresAt`: when the label expires (ISO 8601).',
  },
  {
    code: 'DISPOSITION_OVERRIDE_NOT_ALLOWED',
    source: 'domain',
    when: 'The inspector chose a disposition the grade does not allow without the override role.',
  },
  // ── Refunds ─────────────────────────────────────────────────────────────────────────────
  {
    code: 'NOTHING_TO_REFUND',
    source: 'domain',
    when: 'The refund would be zero: nothing received or refundable on the return.',
  },
  {
    code: 'REFUND_EXCEEDS_REMAINING',
    source: 'domain',
    when: 'The refund is larger than what remains refundable on the order (earlier refunds count).',
  },
  {
    code: 'APPROVER_IS_SUBMITTER',
    source: 'domain',
    when: 'The person who submitted a large refund tried to approve it: four eyes means a second person.',
  },
  {
    code: 'APPROVAL_REQUIRED',
    source: 'domain',
    when: 'A refund above the approval threshold was issued before a second person approved it.',
  },
] as const satisfies readonly ErrorCodeEntry[];

/** One of the published codes. */
export type ErrorCode = (typeof ERROR_CATALOGUE)[number]['code'];

/** The published codes, in catalogue order. */
export const ERROR_CODES: readonly ErrorCode[] = ERROR_CATALOGUE.map((entry) => entry.code);
