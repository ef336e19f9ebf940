/** A round upper bound for an axis (1, 2, 2.5 or 5 × 10ⁿ) at or above `max`; 1 for nothing. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * magnitude >= max) return step * magnitude;
  }
  return 10 * magnitude;
}

/** Evenly spaced axis ticks from 0 to `top`, both included. */
export function ticks(top: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (top * i) / count);
}

/** Which of `count` labels to print so that at most `room` show, evenly spread, last included. */
export function labelEvery(count: number, room: number): number {
  return count <= room ? 1 : Math.ceil(count / room);
}

/** Shortens a label to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
