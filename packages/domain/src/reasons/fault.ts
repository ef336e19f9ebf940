/**
 * Who caused a return. CUSTOMER pays for their own mistakes; SELLER, SUPPLIER and CARRIER
 * split the seller's side by whom Rebound recovers the cost from.
 */
export const FAULTS = ['CUSTOMER', 'SELLER', 'SUPPLIER', 'CARRIER'] as const;

/** One of {@link FAULTS}. */
export type Fault = (typeof FAULTS)[number];
