import { isCurrencyCode } from '@rebound/domain';
import { AppError } from '../../common/errors/app-error';
import { sqlList } from '../../common/sql';
import type { RequestContext } from '../../context';
import { OUTSTANDING_CLAIM_STATUSES } from './claim-machine';
import { ageDaysSql, overdueSql } from './supplier-claim.rows';
import type { SupplierBalanceType } from './supplier-balance.type';

export interface SupplierBalanceArgs {
  currency?: string | null;
  asOf?: Date | null;
}

interface BalanceRow {
  supplierId: string;
  supplierCode: string;
  supplierName: string;
  claimTermsDays: number;
  currency: string;
  claimed: number;
  outstanding: number;
  credited: number;
  rejected: number;
  writtenOff: number;
  overdue: number;
  openCount: number;
  submittedCount: number;
  acceptedCount: number;
  rejectedCount: number;
  oldestOutstandingAgeDays: number | null;
  days0To30: number;
  days31To60: number;
  days61To90: number;
  over90Days: number;
}

const OUTSTANDING = `c.status IN (${sqlList(OUTSTANDING_CLAIM_STATUSES)})`;
const AGE = ageDaysSql('$1::timestamptz');
/** A sum that is 0 rather than null over no rows, as bigint (SUM of bigint is numeric). */
const total = (amount: string, condition: string): string =>
  `COALESCE(SUM(${amount}) FILTER (WHERE ${condition}), 0)::bigint`;
const count = (status: string): string => `COUNT(*) FILTER (WHERE c.status = '${status}')::int`;

/** One grouped query: every figure of every supplier and currency in a single pass. */
const BALANCES_SQL = `
  SELECT s.id AS "supplierId", s.code AS "supplierCode", s.name AS "supplierName",
    s.claim_terms_days AS "claimTermsDays", c.currency,
    SUM(c.amount_minor)::bigint AS claimed,
    ${total('c.amount_minor', OUTSTANDING)} AS outstanding,
    ${total('c.credited_minor', "c.status = 'ACCEPTED'")} AS credited,
    ${total('c.amount_minor', "c.status = 'REJECTED'")} AS rejected,
    ${total('c.amount_minor - c.credited_minor', "c.status = 'ACCEPTED'")} AS "writtenOff",
    ${total('c.amount_minor', overdueSql('$1::timestamptz'))} AS overdue,
    ${count('OPEN')} AS "openCount", ${count('SUBMITTED')} AS "submittedCount",
    ${count('ACCEPTED')} AS "acceptedCount", ${count('REJECTED')} AS "rejectedCount",
    MAX(${AGE}) FILTER (WHERE ${OUTSTANDING}) AS "oldestOutstandingAgeDays",
    ${total('c.amount_minor', `${OUTSTANDING} AND ${AGE} <= 30`)} AS "days0To30",
    ${total('c.amount_minor', `${OUTSTANDING} AND ${AGE} BETWEEN 31 AND 60`)} AS "days31To60",
    ${total('c.amount_minor', `${OUTSTANDING} AND ${AGE} BETWEEN 61 AND 90`)} AS "days61To90",
    ${total('c.amount_minor', `${OUTSTANDING} AND ${AGE} > 90`)} AS "over90Days"
  FROM supplier_claims c JOIN suppliers s ON s.id = c.supplier_id
  WHERE $2::text IS NULL OR c.currency = $2::text
  GROUP BY s.id, c.currency
  ORDER BY s.name, s.id, c.currency`;

function checkedCurrency(currency: string | null | undefined): string | null {
  if (currency === null || currency === undefined) return null;
  if (!isCurrencyCode(currency)) {
    throw new AppError('BAD_USER_INPUT', `Invalid currency: ${currency}`, {
      fields: [{ path: 'currency', problems: ['must be an ISO 4217 code Rebound supports'] }],
    });
  }
  return currency;
}

/**
 * What each supplier owes, per currency: claimed, outstanding, credited, rejected, written off,
 * overdue, counts by status and the ageing of outstanding amounts, measured at `asOf` (default
 * now). Claims are taken as they are now; `asOf` only sets the clock that ages them.
 */
export async function supplierBalances(
  ctx: RequestContext,
  args: SupplierBalanceArgs,
): Promise<SupplierBalanceType[]> {
  const currency = checkedCurrency(args.currency);
  const asOf = args.asOf ?? new Date();
  const rows: BalanceRow[] = await ctx.dataSource.query(BALANCES_SQL, [
    asOf.toISOString(),
    currency,
  ]);
  return rows.map((row) => ({
    supplier: {
      id: row.supplierId,
      code: row.supplierCode,
      name: row.supplierName,
      claimTermsDays: row.claimTermsDays,
    },
    currency: row.currency,
    claimed: row.claimed,
    outstanding: row.outstanding,
    credited: row.credited,
    rejected: row.rejected,
    writtenOff: row.writtenOff,
    overdue: row.overdue,
    counts: {
      open: row.openCount,
      submitted: row.submittedCount,
      accepted: row.acceptedCount,
      rejected: row.rejectedCount,
    },
    oldestOutstandingAgeDays: row.oldestOutstandingAgeDays,
    ageing: {
      days0To30: row.days0To30,
      days31To60: row.days31To60,
      days61To90: row.days61To90,
      over90Days: row.over90Days,
    },
  }));
}
