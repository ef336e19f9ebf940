import {
  draftSupplierClaims,
  isCurrencyCode,
  reasonFault,
  type ClaimableLine,
  type CurrencyCode,
  type Fault,
  type InspectionGrade,
  type Money,
  type ReasonCode,
  type SupplierClaimDraft,
} from '@rebound/domain';
import { AppError, fromDomainError } from '../../common/errors/app-error';
import type { TransactionContext } from '../../context';
import type { RefundEntity } from '../refunds/refund.entity';

/** The claims a refund opens once issued, drafted by the domain. */
export interface SupplierClaimPlan {
  refundId: string;
  returnId: string;
  drafts: SupplierClaimDraft[];
}

type RefundToClaim = Pick<RefundEntity, 'id' | 'returnId' | 'currency'>;

interface RefundedLineRow {
  orderLineId: string;
  units: number;
  reasonCode: ReasonCode;
  supplierId: string;
  unitCostMinor: number;
  skuCurrency: string;
  grade: InspectionGrade | null;
  inspectedFault: Fault | null;
}

/** The return's lines this refund covers, with their SKU's cost and the inspection, if any. */
const REFUNDED_LINES = `
  SELECT rl.order_line_id AS "orderLineId", rl.quantity AS units, rl.reason_code AS "reasonCode",
         s.supplier_id AS "supplierId", s.unit_cost_minor AS "unitCostMinor", s.currency AS "skuCurrency",
         i.grade, i.fault AS "inspectedFault"
    FROM return_lines rl
    JOIN order_lines ol ON ol.id = rl.order_line_id
    JOIN skus s ON s.id = ol.sku_id
    LEFT JOIN inspections i ON i.return_line_id = rl.id
   WHERE rl.return_id = $1
     AND rl.order_line_id IN (SELECT order_line_id FROM refund_lines WHERE refund_id = $2)
   ORDER BY rl.id`;

/** The label cost the seller paid for the return: its newest seller-paid label, if any. */
async function sellerLabelCost(tx: TransactionContext, returnId: string): Promise<Money | null> {
  const [label] = await tx.manager.query<{ amount: number; currency: string }[]>(
    `SELECT cost_minor AS amount, currency FROM return_labels
      WHERE return_id = $1 AND payer = 'SELLER' ORDER BY issued_at DESC, id DESC LIMIT 1`,
    [returnId],
  );
  if (label === undefined) return null;
  const currency = label.currency.trim();
  if (!isCurrencyCode(currency)) {
    throw new AppError('UNKNOWN_CURRENCY', `${currency} is not a supported currency`, { currency });
  }
  return { amount: label.amount, currency };
}

/** Unit costs are claimed in the refund's currency: a SKU costed in another cannot be claimed. */
function claimableLine(row: RefundedLineRow, currency: CurrencyCode): ClaimableLine {
  // Inspection decides the fault; a returnless (never inspected) line keeps its reason's fault.
  const fault = row.inspectedFault ?? reasonFault(row.reasonCode);
  if (fault === 'SUPPLIER' && row.skuCurrency.trim() !== currency) {
    throw new AppError(
      'CURRENCY_MISMATCH',
      `The unit cost of order line ${row.orderLineId} is in ${row.skuCurrency.trim()}, not ${currency}: its supplier claim cannot be drafted`,
      { left: currency, right: row.skuCurrency.trim() },
    );
  }
  return {
    orderLineId: row.orderLineId,
    supplierId: row.supplierId,
    unitCost: row.unitCostMinor,
    units: row.units,
    fault,
    grade: row.grade,
  };
}

/**
 * Drafts what a refunded return claims from its suppliers (domain `draftSupplierClaims`): its
 * supplier-fault lines at unit cost × units, plus the label cost the seller paid. Reads only,
 * so that a refusal comes before any money moves.
 */
export async function planSupplierClaims(
  tx: TransactionContext,
  refund: RefundToClaim,
): Promise<SupplierClaimPlan> {
  const currency = refund.currency.trim();
  if (!isCurrencyCode(currency)) {
    throw new AppError('UNKNOWN_CURRENCY', `${currency} is not a supported currency`, { currency });
  }
  const rows = await tx.manager.query<RefundedLineRow[]>(REFUNDED_LINES, [
    refund.returnId,
    refund.id,
  ]);
  const drafts = draftSupplierClaims({
    currency,
    lines: rows.map((row) => claimableLine(row, currency)),
    sellerLabelCost: await sellerLabelCost(tx, refund.returnId),
  });
  if (!drafts.ok) throw fromDomainError(drafts.error);
  return { refundId: refund.id, returnId: refund.returnId, drafts: drafts.value };
}

/**
 * Opens the supplier claims of an issued refund: one OPEN claim per supplier with
 * supplier-fault lines. A refund opens its claims once: a second call adds nothing (unique per
 * refund and supplier). Returns the number of claims opened.
 */
export async function openSupplierClaims(
  tx: TransactionContext,
  refund: RefundToClaim,
  plan?: SupplierClaimPlan,
): Promise<number> {
  const { drafts } = plan ?? (await planSupplierClaims(tx, refund));
  const openedAt = new Date();
  let opened = 0;
  for (const draft of drafts) {
    const inserted = await tx.manager.query<{ id: string }[]>(
      `INSERT INTO supplier_claims
         (supplier_id, refund_id, return_id, status, currency, amount_minor, label_cost_minor, lines, opened_at, version)
       VALUES ($1, $2, $3, 'OPEN', $4, $5, $6, $7, $8, 1)
       ON CONFLICT (refund_id, supplier_id) DO NOTHING
       RETURNING id`,
      [
        draft.supplierId,
        refund.id,
        refund.returnId,
        draft.currency,
        draft.amount,
        draft.labelCost,
        JSON.stringify(draft.lines),
        openedAt,
      ],
    );
    opened += inserted.length;
  }
  return opened;
}
