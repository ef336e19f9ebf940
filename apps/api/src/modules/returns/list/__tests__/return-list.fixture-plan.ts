import {
  REASON_CODES,
  RETURN_STATUSES,
  type Disposition,
  type ReasonCode,
  type ReturnStatus,
} from '@rebound/domain';

/** What a test expects of one fixture return: the columns the list filters and sorts on. */
export interface FixtureReturn {
  id: string;
  rmaNumber: string;
  status: ReturnStatus;
  requestedAt: Date;
  firstResponseDueAt: Date;
  receivedAt: Date | null;
  completedAt: Date | null;
  refundDueAt: Date | null;
  /** Epoch microseconds: several returns share a millisecond and differ below it. */
  updatedAtMicros: number;
  channel: string;
  externalId: string;
  customerEmail: string;
  lines: {
    id: string;
    reasonCode: ReasonCode;
    skuId: string;
    supplierId: string;
    disposition: Disposition | null;
  }[];
  label: { carrier: string; trackingNumber: string } | null;
}

export const RETURN_COUNT = 150;
const HOUR = 3_600_000;
const CHANNELS = ['AMAZON_US', 'AMAZON_DE', 'EBAY'] as const;
const RECEIVED: readonly ReturnStatus[] = ['RECEIVED', 'INSPECTED', 'COMPLETED'];
const LABELLED: readonly ReturnStatus[] = ['LABEL_ISSUED', 'IN_TRANSIT', ...RECEIVED];

/** Deterministic ids whose order differs from creation order, so the id tiebreaker is tested. */
export function idFor(table: number, index: number): string {
  const scrambled = ((index * 7919) % 65536).toString(16).padStart(12, '0');
  return `${table.toString(16).padStart(8, '0')}-0000-4000-8000-${scrambled}`;
}

export function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function emailOf(customer: number): string {
  return customer === 7 ? 'Mixed.Case7@Shop.TEST' : `customer${customer}@shop.test`;
}

/** The 150 returns: every status, 0–3 lines, ties in every sort key, SLA clocks around `anchor`. */
export function fixtureReturn(
  i: number,
  anchor: Date,
  skuIds: string[],
  supplierIds: string[],
): FixtureReturn {
  const status = pick(RETURN_STATUSES, i);
  // Returns come in threes with the same request time (ties broken by id).
  const requestedAt = new Date(anchor.getTime() - (Math.floor(i / 3) * 5 + 1) * HOUR);
  const receivedAt = RECEIVED.includes(status) ? new Date(requestedAt.getTime() + 3 * HOUR) : null;
  const lineCount = i % 50 === 49 ? 0 : 1 + (Math.floor(i / 3) % 3);
  // Update times in groups of four within one millisecond: two equal, then 250 µs and 999 µs later.
  const micros = (anchor.getTime() - Math.floor(i / 4) * HOUR) * 1000 + pick([0, 0, 250, 999], i);
  return {
    id: idFor(7, i),
    rmaNumber: `RMA-${String(100001 + ((i * 53) % RETURN_COUNT)).padStart(6, '0')}`,
    status,
    requestedAt,
    firstResponseDueAt: new Date(requestedAt.getTime() + 24 * HOUR),
    receivedAt,
    completedAt:
      status === 'COMPLETED' && receivedAt !== null ? new Date(receivedAt.getTime() + HOUR) : null,
    refundDueAt: receivedAt === null ? null : new Date(receivedAt.getTime() + 48 * HOUR),
    updatedAtMicros: micros,
    channel: pick(CHANNELS, Math.floor(i / 2)),
    externalId: `${pick(['114', '205', '302'], i)}-${String(1000000 + Math.floor(i / 5))}-${String(i).padStart(7, '0')}`,
    customerEmail: emailOf(i % 40),
    lines: Array.from({ length: lineCount }, (_, j) => {
      const sku = (i * 5 + j * 4) % skuIds.length;
      return {
        id: idFor(8, i * 3 + j),
        reasonCode: pick(REASON_CODES, i * 7 + j * 11),
        skuId: pick(skuIds, sku),
        supplierId: pick(supplierIds, sku),
        disposition: status === 'COMPLETED' ? ('RESTOCK' as const) : null,
      };
    }),
    label: LABELLED.includes(status)
      ? {
          carrier: status === 'RECEIVED' ? 'FEDEX' : 'UPS',
          trackingNumber: `TRK${String(i).padStart(6, '0')}`,
        }
      : null,
  };
}
