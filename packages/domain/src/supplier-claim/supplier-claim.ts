import { isHeldGrade, type InspectionGrade } from '../disposition/inspection-grade';
import { splitByLargestRemainder } from '../money/allocate';
import type { CurrencyCode } from '../money/currency';
import type { Money } from '../money/money';
import type { Fault } from '../reasons/fault';
import { err, ok, type Result } from '../result/result';

/** A refunded return line as supplier recovery sees it. */
export interface ClaimableLine {
  readonly orderLineId: string;
  readonly supplierId: string;
  /** What the seller paid the supplier for one unit, in minor units. */
  readonly unitCost: number;
  readonly units: number;
  /** The fault after inspection. */
  readonly fault: Fault;
  readonly grade: InspectionGrade | null;
}

/** What to claim from one supplier for one return. */
export interface SupplierClaimDraft {
  readonly supplierId: string;
  readonly currency: CurrencyCode;
  readonly lines: readonly {
    readonly orderLineId: string;
    readonly units: number;
    readonly amount: number;
  }[];
  /** Σ unit cost × units of the supplier's lines. */
  readonly itemsAmount: number;
  /** The supplier's part of the label cost the seller paid. */
  readonly labelCost: number;
  readonly amount: number;
}

/** A refunded return's lines and the label cost the seller paid for it (null: none). */
export interface SupplierClaimInput {
  readonly currency: CurrencyCode;
  readonly lines: readonly ClaimableLine[];
  readonly sellerLabelCost: Money | null;
}

function checkInput(input: SupplierClaimInput): Result<SupplierClaimInput> {
  let total = BigInt(input.sellerLabelCost?.amount ?? 0);
  for (const line of input.lines) {
    if (!Number.isSafeInteger(line.unitCost) || line.unitCost < 0) {
      return err('INVALID_AMOUNT', 'Unit costs must be minor units ≥ 0', {
        orderLineId: line.orderLineId,
      });
    }
    if (!Number.isSafeInteger(line.units) || line.units < 1) {
      return err('INVALID_QUANTITY', 'Claimed units must be whole numbers ≥ 1', {
        orderLineId: line.orderLineId,
      });
    }
    total += BigInt(line.unitCost) * BigInt(line.units);
  }
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    return err('AMOUNT_OUT_OF_RANGE', 'The claim is too large to be held exactly');
  }
  return ok(input);
}

function checkLabel(currency: CurrencyCode, label: Money | null): Result<number> {
  if (label === null) return ok(0);
  if (label.currency !== currency) {
    return err('CURRENCY_MISMATCH', `The label cost must be in ${currency}`, {
      left: currency,
      right: label.currency,
    });
  }
  if (!Number.isSafeInteger(label.amount) || label.amount < 0) {
    return err('INVALID_AMOUNT', 'The label cost must be minor units ≥ 0', {
      amount: label.amount,
    });
  }
  return ok(label.amount);
}

/**
 * Drafts the supplier claims a refunded return opens: one per supplier with supplier-fault
 * lines (held lines excluded), for unit cost × units, plus the label cost the seller paid,
 * split over the suppliers by units when a parcel held several suppliers' items.
 * @example draftSupplierClaims({ currency: 'USD', lines: [{ orderLineId: 'l1', supplierId: 's1', unitCost: 2100, units: 2, fault: 'SUPPLIER', grade: 'DEFECTIVE' }], sellerLabelCost: { amount: 650, currency: 'USD' } })
 * // ok([{ supplierId: 's1', itemsAmount: 4200, labelCost: 650, amount: 4850, … }])
 */
export function draftSupplierClaims(input: SupplierClaimInput): Result<SupplierClaimDraft[]> {
  const label = checkLabel(input.currency, input.sellerLabelCost);
  if (!label.ok) return label;
  const checked = checkInput(input);
  if (!checked.ok) return checked;
  const claimable = input.lines.filter((l) => l.fault === 'SUPPLIER' && !isHeldGrade(l.grade));
  const suppliers = [...new Set(claimable.map((line) => line.supplierId))].map((supplierId) => {
    const lines = claimable
      .filter((line) => line.supplierId === supplierId)
      .map((line) => ({
        orderLineId: line.orderLineId,
        units: line.units,
        amount: line.unitCost * line.units,
      }));
    return { supplierId, lines, units: lines.reduce((sum, line) => sum + line.units, 0) };
  });
  const labelShares = splitByLargestRemainder(BigInt(label.value), suppliers, (s) =>
    BigInt(s.units),
  );
  return ok(
    labelShares.map(({ item: { supplierId, lines }, share }) => {
      const itemsAmount = lines.reduce((sum, line) => sum + line.amount, 0);
      const labelCost = Number(share);
      return {
        supplierId,
        currency: input.currency,
        lines,
        itemsAmount,
        labelCost,
        amount: itemsAmount + labelCost,
      };
    }),
  );
}
