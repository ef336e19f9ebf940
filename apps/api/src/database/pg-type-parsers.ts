import { types } from 'pg';

/** bigint columns and COUNT/SUM results come back as JS numbers, refusing unsafe values. */
export function parseInt8(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) {
    throw new RangeError(`int8 value ${value} is beyond JavaScript's safe integer range`);
  }
  return parsed;
}

let installed = false;

/** Makes the pg driver read int8 the way the embedded database does: as a safe number. */
export function installPgTypeParsers(): void {
  if (installed) return;
  types.setTypeParser(types.builtins.INT8, parseInt8);
  installed = true;
}
