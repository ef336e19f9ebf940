import { stockMovementFor, type Disposition } from '@rebound/domain';
import type { StockChange } from '../inventory/stock-ledger';

/** One inspected return line, with what stock it concerns. */
export interface LineToDispose {
  returnLineId: string;
  disposition: Disposition;
  units: number;
  skuId: string;
  supplierId: string;
  rmaNumber: string;
}

/**
 * The stock movement a line's disposition books at the receiving location, or null for HOLD:
 * RESTOCK adds sellable units, REFURBISH quarantined ones; RETURN_TO_SUPPLIER (to the
 * supplier) and DISPOSE (written off) record the units without changing the levels, since
 * those units never became stock. Each carries its return line, so it can happen only once.
 */
export function stockChangeFor(line: LineToDispose, locationId: string): StockChange | null {
  const kind = stockMovementFor(line.disposition);
  if (kind === null) return null;
  const change: StockChange = {
    skuId: line.skuId,
    locationId,
    kind,
    units: line.units,
    sellableDelta: 0,
    quarantineDelta: 0,
    reason: line.disposition,
    note: `Return ${line.rmaNumber}`,
    returnLineId: line.returnLineId,
    supplierId: null,
  };
  switch (kind) {
    case 'RETURN_RESTOCK':
      return { ...change, sellableDelta: line.units };
    case 'RETURN_QUARANTINE':
      return { ...change, quarantineDelta: line.units };
    case 'RETURN_TO_SUPPLIER':
      return { ...change, supplierId: line.supplierId };
    case 'WRITE_OFF':
      return change;
  }
}
