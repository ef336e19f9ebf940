/** Reads a scale: S (1/10 of L, for CI), L (PERFORMANCE.md's full size) or a fraction of L. */
export function parseScale(text: string): number {
  if (text === 'L') return 1;
  if (text === 'S') return 0.1;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value > 10) {
    throw new Error(`--scale must be S, L or a positive fraction of L (got "${text}")`);
  }
  return value;
}
