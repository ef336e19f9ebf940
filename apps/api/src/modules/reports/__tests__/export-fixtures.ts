import { formatAmount, isCurrencyCode } from '@rebound/domain';
import type { FixtureRefund, RefundSpec } from './report-fixtures';

/** Refunds for the export: currencies with 0, 2 and 3 decimals, references that need quoting. */
export const EXPORT_REFUNDS: readonly RefundSpec[] = [
  // DESIGN's worked example: 49.99 − 6.50 label = 43.49.
  {
    currency: 'USD',
    status: 'ISSUED',
    createdAt: '2025-03-02T10:00:00.000Z',
    submittedAt: '2025-03-02T11:00:00.000Z',
    issuedAt: '2025-03-03T09:30:00.000Z',
    externalReference: 'SC-114, "rush" refund',
    lines: [{ supplier: 0, item: 4999 }],
    labelDeduction: 650,
  },
  {
    currency: 'JPY',
    status: 'ISSUED',
    method: 'STORE_CREDIT',
    createdAt: '2025-03-05T00:00:00.000Z',
    submittedAt: '2025-03-05T01:00:00.000Z',
    issuedAt: '2025-03-05T02:00:00.000Z',
    externalReference: 'line one\nline two',
    channel: 'AMAZON_JP',
    lines: [
      { supplier: 1, item: 1500, tax: 150 },
      { supplier: 2, item: 800 },
    ],
  },
  {
    currency: 'EUR',
    status: 'PENDING_APPROVAL',
    method: 'ORIGINAL_PAYMENT',
    createdAt: '2025-03-09T05:00:00.000Z',
    submittedAt: '2025-03-09T05:10:00.000Z',
    channel: 'AMAZON_DE',
    lines: [{ supplier: 2, item: 52000, tax: 9880, shipping: 499, restockingFee: 10400 }],
    shippingReimbursement: 350,
  },
  {
    currency: 'KWD',
    status: 'APPROVED',
    createdAt: '2025-03-15T12:00:00.000Z',
    submittedAt: '2025-03-15T12:30:00.000Z',
    lines: [{ supplier: 1, item: 12345 }],
  },
  // Mon 31 Mar 19:30 in New York.
  {
    currency: 'USD',
    status: 'DRAFT',
    createdAt: '2025-03-31T23:30:00.000Z',
    lines: [{ supplier: 1, item: 1999 }],
  },
  // Tue 1 Apr in UTC, still Mon 31 Mar 22:00 in New York.
  {
    currency: 'USD',
    status: 'ISSUED',
    method: 'ORIGINAL_PAYMENT',
    createdAt: '2025-04-01T02:00:00.000Z',
    issuedAt: '2025-04-01T03:00:00.000Z',
    lines: [{ supplier: 0, item: 2500 }],
  },
];

/** A fixture refund as the export must write it, field by field, as a CSV parser reads it. */
export function expectedRecord(refund: FixtureRefund, supplierCodes: string): string[] {
  const currency = refund.spec.currency;
  if (!isCurrencyCode(currency)) throw new Error(currency);
  const money = (minor: number): string => formatAmount(minor, currency);
  const iso = (instant: string | null | undefined): string =>
    instant === null || instant === undefined ? '' : new Date(instant).toISOString();
  return [
    refund.id,
    refund.rmaNumber,
    refund.orderExternalId,
    refund.spec.channel ?? 'AMAZON_US',
    refund.spec.status,
    refund.method,
    currency,
    money(refund.total),
    money(refund.items),
    money(refund.tax),
    money(refund.shipping),
    money(refund.restockingFees),
    money(refund.labelDeduction),
    money(refund.shippingReimbursement),
    iso(refund.spec.createdAt),
    iso(refund.spec.submittedAt),
    iso(refund.spec.issuedAt),
    refund.spec.externalReference ?? '',
    supplierCodes,
  ];
}
