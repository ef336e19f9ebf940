import { reasonFault, type ReasonCode } from '@rebound/domain';

/** A returned line as the label needs it: why it comes back and whose product it is. */
export interface ReturnedLine {
  reasonCode: ReasonCode;
  supplierId: string;
}

/** Where the parcel goes: one supplier's warehouse, or the seller's returns centre. */
export type ReturnDestination =
  { kind: 'SUPPLIER_WAREHOUSE'; supplierId: string } | { kind: 'RETURNS_CENTRE' };

/**
 * A return goes straight back to the supplier only when every line is the supplier's fault and
 * all lines are that one supplier's products; anything else goes to the seller's returns centre.
 * @example chooseReturnDestination([{ reasonCode: 'DEFECTIVE', supplierId: 's1' }]) // supplier s1
 */
export function chooseReturnDestination(lines: readonly ReturnedLine[]): ReturnDestination {
  const allSupplierFault =
    lines.length > 0 && lines.every((line) => reasonFault(line.reasonCode) === 'SUPPLIER');
  const suppliers = [...new Set(lines.map((line) => line.supplierId))];
  const [onlySupplier] = suppliers;
  if (allSupplierFault && suppliers.length === 1 && onlySupplier !== undefined) {
    return { kind: 'SUPPLIER_WAREHOUSE', supplierId: onlySupplier };
  }
  return { kind: 'RETURNS_CENTRE' };
}
