import type { RefundType } from '../refund.type';

/** A value as it comes back from JSON: instants become ISO strings. */
type Stored<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Stored<U>[]
    : T extends object
      ? { [K in keyof T]: Stored<T[K]> }
      : T;

/** What issueRefund stores under its idempotency key: the refund as the first call answered it. */
export interface IssueRefundAnswer {
  refund: RefundType;
}

const instant = (value: string): Date => new Date(value);
const instantOrNull = (value: string | null): Date | null =>
  value === null ? null : instant(value);

/**
 * The stored answer as the first call gave it, instants included, so that a replay serialises
 * exactly as the original did. Only answers this module stored are read back.
 */
export function reviveIssueAnswer(response: unknown): IssueRefundAnswer {
  const { refund } = response as Stored<IssueRefundAnswer>;
  return {
    refund: {
      ...refund,
      submittedAt: instantOrNull(refund.submittedAt),
      issuedAt: instantOrNull(refund.issuedAt),
      createdAt: instant(refund.createdAt),
      updatedAt: instant(refund.updatedAt),
      approvals: refund.approvals.map((approval) => ({
        ...approval,
        approvedAt: instant(approval.approvedAt),
        voidedAt: instantOrNull(approval.voidedAt),
      })),
    },
  };
}
