import { allocate, startOfLocalDay, parseIsoDate } from '@rebound/domain';
import type { FixtureRefund, StoredLine } from './report-fixtures';

export type Period = 'DAY' | 'WEEK' | 'MONTH';

/** The row fields compared with the API's, computed in plain JS from the fixtures. */
export interface ExpectedRow {
  periodStart: string | null;
  status: string | null;
  method: string | null;
  currency: string;
  supplierId: string | null;
  refundCount: number;
  total: number;
  items: number;
  tax: number;
  shipping: number;
  restockingFees: number;
  labelDeductions: number;
  shippingReimbursements: number;
}

export interface Grouping {
  period?: Period;
  timeZone?: string;
  byStatus?: boolean;
  byMethod?: boolean;
  bySupplier?: boolean;
  /** Only this supplier's part. */
  supplierId?: string;
}

/** The local calendar day of an instant, by Intl (not by the database). */
export function localDay(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

export function periodStartOf(day: string, period: Period): string {
  if (period === 'DAY') return day;
  if (period === 'MONTH') return `${day.slice(0, 7)}-01`;
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** Local midnight of a period start, by the domain calendar. */
export function periodInstant(day: string, timeZone: string): string {
  const date = parseIsoDate(day);
  if (!date.ok) throw new Error(day);
  return startOfLocalDay(date.value, timeZone).toISOString();
}

type Amounts = Omit<ExpectedRow, 'periodStart' | 'status' | 'method' | 'currency' | 'supplierId'>;

function split(amount: number, weights: number[]): number[] {
  const usable = weights.some((weight) => weight > 0) ? weights : weights.map(() => 1);
  const result = allocate(amount, usable);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A refund's parts: whole, or per supplier (suppliers by id, adjustments by largest remainder). */
function partsOf(
  refund: FixtureRefund,
  bySupplier: boolean,
): { supplierId: string | null; amounts: Amounts }[] {
  const sumOf = (lines: StoredLine[], pick: (line: StoredLine) => number): number =>
    lines.reduce((total, line) => total + pick(line), 0);
  if (!bySupplier) {
    return [
      {
        supplierId: null,
        amounts: {
          refundCount: 1,
          total: refund.total,
          items: refund.items,
          tax: refund.tax,
          shipping: refund.shipping,
          restockingFees: refund.restockingFees,
          labelDeductions: refund.labelDeduction,
          shippingReimbursements: refund.shippingReimbursement,
        },
      },
    ];
  }
  const supplierIds = [...new Set(refund.lines.map((line) => line.supplierId))].sort();
  const linesOf = supplierIds.map((id) => refund.lines.filter((line) => line.supplierId === id));
  const weights = linesOf.map((lines) => sumOf(lines, (line) => Math.max(line.lineTotal, 0)));
  const labels = split(refund.labelDeduction, weights);
  const reimbursements = split(refund.shippingReimbursement, weights);
  return supplierIds.map((supplierId, index) => {
    const lines = linesOf[index] ?? [];
    return {
      supplierId,
      amounts: {
        refundCount: 1,
        total: sumOf(lines, (line) => line.refund),
        items: sumOf(lines, (line) => line.item),
        tax: sumOf(lines, (line) => line.tax),
        shipping: sumOf(lines, (line) => line.shipping),
        restockingFees: sumOf(lines, (line) => line.restockingFee),
        labelDeductions: labels[index] ?? 0,
        shippingReimbursements: reimbursements[index] ?? 0,
      },
    };
  });
}

/** The rows the report must give for these refunds, sorted with {@link byKeys}. */
export function expectedRows(refunds: readonly FixtureRefund[], grouping: Grouping): ExpectedRow[] {
  const timeZone = grouping.timeZone ?? 'UTC';
  const attributed = grouping.bySupplier === true || grouping.supplierId !== undefined;
  const groups = new Map<string, ExpectedRow>();
  for (const refund of refunds) {
    for (const part of partsOf(refund, attributed)) {
      if (grouping.supplierId !== undefined && part.supplierId !== grouping.supplierId) continue;
      const keys = {
        periodStart:
          grouping.period === undefined
            ? null
            : periodStartOf(localDay(refund.spec.createdAt, timeZone), grouping.period),
        status: grouping.byStatus === true ? refund.spec.status : null,
        method: grouping.byMethod === true ? refund.method : null,
        currency: refund.spec.currency,
        supplierId: grouping.bySupplier === true ? part.supplierId : null,
      };
      const key = JSON.stringify(keys);
      const row = groups.get(key) ?? {
        ...keys,
        refundCount: 0,
        total: 0,
        items: 0,
        tax: 0,
        shipping: 0,
        restockingFees: 0,
        labelDeductions: 0,
        shippingReimbursements: 0,
      };
      for (const field of Object.keys(part.amounts) as (keyof Amounts)[])
        row[field] += part.amounts[field];
      groups.set(key, row);
    }
  }
  return [...groups.values()].sort(byKeys);
}

/** A total order on rows by their keys, to compare sets of rows. */
export function byKeys(a: ExpectedRow, b: ExpectedRow): number {
  const key = (row: ExpectedRow): string =>
    [row.periodStart, row.status, row.method, row.currency, row.supplierId]
      .map((value) => value ?? '')
      .join('|');
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
