import { sqlList } from '../../common/sql';
import type { Queryable } from '../catalog/siblings';
import { OUTSTANDING_CLAIM_STATUSES } from './claim-machine';
import type { SupplierClaimLine, SupplierClaimStatus } from './supplier-claim.entity';
import type { SupplierClaimType } from './supplier-claim.type';

/** A claim as read by CLAIM_COLUMNS: flat, amounts in minor units. */
export interface SupplierClaimRow {
  id: string;
  supplierId: string;
  supplierCode: string;
  supplierName: string;
  claimTermsDays: number;
  refundId: string;
  returnId: string;
  rmaNumber: string;
  status: SupplierClaimStatus;
  currency: string;
  amountMinor: number;
  labelCostMinor: number;
  lines: SupplierClaimLine[];
  creditedMinor: number | null;
  supplierReference: string | null;
  rejectionReason: string | null;
  openedAt: Date;
  submittedAt: Date | null;
  resolvedAt: Date | null;
  ageDays: number;
  overdue: boolean;
  version: number;
}

/** Claims joined to their supplier (`s`) and return (`r`); the claim is `c`. */
export const CLAIM_FROM = `supplier_claims c
  JOIN suppliers s ON s.id = c.supplier_id
  JOIN returns r ON r.id = c.return_id`;

/** Whole days from `c.opened_at` to the instant `now` (an SQL expression); never below 0. */
export function ageDaysSql(now: string): string {
  return `GREATEST(0, floor(extract(epoch FROM (${now} - c.opened_at)) / 86400))::int`;
}

/** True when `c` waits for the supplier past the supplier's claim terms at `now`. */
export function overdueSql(now: string): string {
  return `(c.status IN (${sqlList(OUTSTANDING_CLAIM_STATUSES)})
    AND c.opened_at + s.claim_terms_days * interval '1 day' < ${now})`;
}

/** The columns of a claim under SupplierClaimRow's names; ages measured at `now`. */
export function claimColumns(now: string): string {
  return `c.id, c.supplier_id AS "supplierId", s.code AS "supplierCode", s.name AS "supplierName",
    s.claim_terms_days AS "claimTermsDays", c.refund_id AS "refundId", c.return_id AS "returnId",
    r.rma_number AS "rmaNumber", c.status, c.currency, c.amount_minor AS "amountMinor",
    c.label_cost_minor AS "labelCostMinor", c.lines, c.credited_minor AS "creditedMinor",
    c.supplier_reference AS "supplierReference", c.rejection_reason AS "rejectionReason",
    c.opened_at AS "openedAt", c.submitted_at AS "submittedAt", c.resolved_at AS "resolvedAt",
    ${ageDaysSql(now)} AS "ageDays", ${overdueSql(now)} AS overdue, c.version`;
}

/** The GraphQL view of a claim row. */
export function toClaimView(row: SupplierClaimRow): SupplierClaimType {
  const money = (amount: number): { amount: number; currency: string } => ({
    amount,
    currency: row.currency,
  });
  return {
    id: row.id,
    supplier: {
      id: row.supplierId,
      code: row.supplierCode,
      name: row.supplierName,
      claimTermsDays: row.claimTermsDays,
    },
    refundId: row.refundId,
    returnId: row.returnId,
    rmaNumber: row.rmaNumber,
    status: row.status,
    amount: money(row.amountMinor),
    labelCost: money(row.labelCostMinor),
    lines: row.lines.map((line) => ({
      orderLineId: line.orderLineId,
      units: line.units,
      amount: money(line.amount),
    })),
    credited: row.creditedMinor === null ? null : money(row.creditedMinor),
    supplierReference: row.supplierReference,
    rejectionReason: row.rejectionReason,
    openedAt: row.openedAt,
    submittedAt: row.submittedAt,
    resolvedAt: row.resolvedAt,
    ageDays: row.ageDays,
    overdue: row.overdue,
    version: row.version,
  };
}

/** One claim as the API shows it, aged at `now`; null when there is none with this id. */
export async function findClaimView(
  db: Queryable,
  id: string,
  now: Date,
): Promise<SupplierClaimType | null> {
  const rows: SupplierClaimRow[] = await db.query(
    `SELECT ${claimColumns('$2::timestamptz')} FROM ${CLAIM_FROM} WHERE c.id = $1`,
    [id, now.toISOString()],
  );
  const [row] = rows;
  return row === undefined ? null : toClaimView(row);
}
