/** `'A', 'B'` — a list of known constants for a CHECK constraint (never user input). */
export function sqlList(values: readonly string[]): string {
  return values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');
}
