import type { Fault } from './fault';

/** Who pays for shipping the parcel back. */
export const RETURN_SHIPPING_PAYERS = ['CUSTOMER', 'SELLER'] as const;

/** One of {@link RETURN_SHIPPING_PAYERS}. */
export type ReturnShippingPayer = (typeof RETURN_SHIPPING_PAYERS)[number];

/**
 * The customer pays return shipping when every line of the return is their fault; any
 * seller-, supplier- or carrier-fault line makes the seller pay. A return without lines
 * has no customer fault to point at, so the seller pays.
 * @example returnShippingPayer(['CUSTOMER', 'SUPPLIER']) // 'SELLER'
 */
export function returnShippingPayer(lineFaults: readonly Fault[]): ReturnShippingPayer {
  const allCustomerFault = lineFaults.length > 0 && lineFaults.every((f) => f === 'CUSTOMER');
  return allCustomerFault ? 'CUSTOMER' : 'SELLER';
}
