/** Every status of a return (RMA), in lifecycle order. */
export const RETURN_STATUSES = [
  'REQUESTED',
  'AUTHORIZED',
  'LABEL_ISSUED',
  'IN_TRANSIT',
  'RECEIVED',
  'INSPECTED',
  'COMPLETED',
  'REJECTED',
  'CANCELLED',
] as const;

/** One of {@link RETURN_STATUSES}. */
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/** Statuses a return ends in; nothing leaves them. */
export const TERMINAL_RETURN_STATUSES: readonly ReturnStatus[] = [
  'COMPLETED',
  'REJECTED',
  'CANCELLED',
];

/**
 * Tells whether a return in this status still holds its units (it is open or completed), so
 * another return cannot claim them. Rejected and cancelled returns release their units.
 * @example holdsUnits('IN_TRANSIT') // true; holdsUnits('CANCELLED') // false
 */
export function holdsUnits(status: ReturnStatus): boolean {
  return status !== 'REJECTED' && status !== 'CANCELLED';
}
