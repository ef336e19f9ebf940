/** A seeded pseudo-random generator (mulberry32): the same seed gives the same dataset. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(values: readonly T[]): T {
    const value = values[Math.floor(this.next() * values.length)];
    if (value === undefined) throw new Error('pick from an empty list');
    return value;
  }

  /** One element by weight (weights need not sum to 1). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** A skewed index in [0, n): low indexes are drawn more often (popular SKUs, big suppliers). */
  skewed(n: number): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** 2));
  }
}

/** A deterministic UUID (version-4 layout) for row `index` of table `tag`. */
export function rowId(tag: number, index: number): string {
  const hex = (value: number, width: number): string => value.toString(16).padStart(width, '0');
  return `${hex(tag, 8)}-0000-4000-8000-${hex(index, 12)}`;
}
