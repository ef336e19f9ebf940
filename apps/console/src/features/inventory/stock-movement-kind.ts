import { StockMovementKind } from '../../lib/graphql/generated/graphql';

// A Record over the generated enum: a kind added to the schema fails typecheck until labelled.
const KIND_LABELS: Readonly<Record<StockMovementKind, string>> = {
  ADJUSTMENT: 'Adjustment',
  RELEASE_FROM_QUARANTINE: 'Released from quarantine',
  RETURN_QUARANTINE: 'Return to quarantine',
  RETURN_RESTOCK: 'Return restocked',
  RETURN_TO_SUPPLIER: 'Return sent to supplier',
  SHIP_TO_SUPPLIER: 'Shipped to supplier',
  WRITE_OFF: 'Written off',
};

export const STOCK_MOVEMENT_KINDS = Object.values(StockMovementKind).map((value) => ({
  value,
  label: KIND_LABELS[value],
}));

export function stockMovementKindLabel(kind: StockMovementKind): string {
  return KIND_LABELS[kind];
}

export function isStockMovementKind(value: string | null): value is StockMovementKind {
  return value !== null && value in KIND_LABELS;
}

/** "+3", "−2", "0": a signed change as the ledger shows it. */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${delta.toLocaleString('en-US')}`;
  if (delta < 0) return `−${Math.abs(delta).toLocaleString('en-US')}`;
  return '0';
}
