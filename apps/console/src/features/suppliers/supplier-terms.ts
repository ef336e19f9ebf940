/** The policy's default return window, used when a supplier has none of its own. */
export const DEFAULT_RETURN_WINDOW_DAYS = 30;

export function describeReturnWindow(days: number | null | undefined): string {
  return days === null || days === undefined
    ? `${DEFAULT_RETURN_WINDOW_DAYS} days (policy default)`
    : `${days} days`;
}

export function describeDays(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}
