import type { RefundSpec } from './report-fixtures';

/**
 * Refunds in three currencies, every status and method, three suppliers, spread around the
 * start of daylight-saving time in New York (Sunday 9 March 2025, 02:00 EST → 03:00 EDT) and
 * around week and month boundaries, where UTC and New York disagree on the day.
 */
export const DST_REFUNDS: readonly RefundSpec[] = [
  // Fri 28 Feb 18:00 in New York; Feb in both zones.
  {
    currency: 'USD',
    status: 'ISSUED',
    createdAt: '2025-02-28T23:00:00Z',
    issuedAt: '2025-03-01T10:00:00Z',
    lines: [{ supplier: 1, item: 2599, tax: 208 }],
  },
  // Sat 1 Mar.
  {
    currency: 'USD',
    status: 'ISSUED',
    createdAt: '2025-03-01T12:00:00Z',
    issuedAt: '2025-03-02T10:00:00Z',
    lines: [{ supplier: 0, item: 4999, shipping: 299 }],
  },
  // Sun 2 Mar 18:30 in New York, with a label deduction split over two suppliers.
  {
    currency: 'USD',
    status: 'ISSUED',
    method: 'ORIGINAL_PAYMENT',
    createdAt: '2025-03-02T23:30:00Z',
    issuedAt: '2025-03-03T10:00:00Z',
    lines: [
      { supplier: 0, item: 4999 },
      { supplier: 1, item: 1999, tax: 160 },
    ],
    labelDeduction: 650,
  },
  // Mon 3 Mar in UTC, still Sun 2 Mar 23:30 in New York: another ISO week there.
  {
    currency: 'EUR',
    status: 'APPROVED',
    method: 'ORIGINAL_PAYMENT',
    createdAt: '2025-03-03T04:30:00Z',
    submittedAt: '2025-03-03T05:00:00Z',
    lines: [{ supplier: 1, item: 3500, tax: 665, restockingFee: 700 }],
  },
  // Sat 8 Mar in UTC, Fri 7 Mar 23:30 EST.
  {
    currency: 'USD',
    status: 'PENDING_APPROVAL',
    createdAt: '2025-03-08T04:30:00Z',
    submittedAt: '2025-03-08T05:00:00Z',
    lines: [{ supplier: 2, item: 60000, tax: 4800 }],
  },
  // Sun 9 Mar in UTC, Sat 8 Mar 23:59 EST.
  {
    currency: 'JPY',
    status: 'ISSUED',
    method: 'STORE_CREDIT',
    createdAt: '2025-03-09T04:59:00Z',
    issuedAt: '2025-03-09T06:00:00Z',
    lines: [{ supplier: 0, item: 1500, tax: 150 }],
  },
  // Sun 9 Mar 00:00 EST: the first instant of the short day.
  {
    currency: 'USD',
    status: 'DRAFT',
    createdAt: '2025-03-09T05:00:00Z',
    lines: [{ supplier: 1, item: 899 }],
  },
  // Sun 9 Mar 03:30 EDT, just after the gap; a shipping reimbursement split over two suppliers.
  {
    currency: 'USD',
    status: 'ISSUED',
    method: 'ORIGINAL_PAYMENT',
    createdAt: '2025-03-09T07:30:00Z',
    issuedAt: '2025-03-09T08:00:00Z',
    lines: [
      { supplier: 0, item: 1250, shipping: 150 },
      { supplier: 2, item: 3333, tax: 267 },
    ],
    shippingReimbursement: 799,
  },
  // Mon 10 Mar in UTC, Sun 9 Mar 23:59 EDT.
  {
    currency: 'EUR',
    status: 'ISSUED',
    createdAt: '2025-03-10T03:59:00Z',
    issuedAt: '2025-03-10T09:00:00Z',
    lines: [{ supplier: 2, item: 4200, tax: 798 }],
  },
  // Mon 10 Mar 00:00 EDT.
  {
    currency: 'USD',
    status: 'REJECTED',
    createdAt: '2025-03-10T04:00:00Z',
    lines: [{ supplier: 1, item: 1575 }],
  },
  // Three suppliers with equal weights: 1001 does not split evenly.
  {
    currency: 'USD',
    status: 'FAILED',
    method: 'STORE_CREDIT',
    createdAt: '2025-03-10T15:00:00Z',
    submittedAt: '2025-03-10T15:30:00Z',
    lines: [
      { supplier: 0, item: 1000 },
      { supplier: 1, item: 1000 },
      { supplier: 2, item: 1000 },
    ],
    labelDeduction: 1001,
  },
  // Mon 31 Mar 19:30 EDT.
  {
    currency: 'JPY',
    status: 'APPROVED',
    createdAt: '2025-03-31T23:30:00Z',
    submittedAt: '2025-03-31T23:40:00Z',
    lines: [{ supplier: 1, item: 12800, tax: 1280 }],
  },
  // Tue 1 Apr in UTC, still Mon 31 Mar 22:00 EDT: another month there.
  {
    currency: 'USD',
    status: 'ISSUED',
    createdAt: '2025-04-01T02:00:00Z',
    issuedAt: '2025-04-01T03:00:00Z',
    lines: [{ supplier: 0, item: 2999, tax: 240, shipping: 499 }],
  },
  // Tue 1 Apr 00:30 EDT.
  {
    currency: 'EUR',
    status: 'ISSUED',
    method: 'STORE_CREDIT',
    createdAt: '2025-04-01T04:30:00Z',
    issuedAt: '2025-04-01T05:00:00Z',
    lines: [{ supplier: 2, item: 1999, tax: 380 }],
  },
];

/** A range holding every DST refund. */
export const DST_RANGE = { from: '2025-02-01T00:00:00.000Z', to: '2025-05-01T00:00:00.000Z' };
