import {
  buildSchema,
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type BreakingChange,
  type GraphQLSchema,
} from 'graphql';

/** A breaking change, and whether the old schema had announced it. */
export interface CheckedChange {
  readonly type: BreakingChange['type'];
  readonly description: string;
  /** `Type.field`, `Type.field(arg:)` or `Enum.VALUE` the change is about, when it has one. */
  readonly coordinate: string | null;
  /** The `@deprecated(reason:)` on the base schema, when there was one. */
  readonly deprecationReason: string | null;
  /** Deprecated first, with a reason naming a replacement: allowed. */
  readonly allowed: boolean;
}

export interface BreakingChangeReport {
  readonly changes: CheckedChange[];
  /** The changes that fail the gate. */
  readonly refused: CheckedChange[];
}

/**
 * A reason names a replacement when it says what to use instead: "Use `Return.rmaNumber`.",
 * "Replaced by returnByRma", "… instead use refunds". A bare "Deprecated." does not.
 */
export function namesReplacement(reason: string): boolean {
  return /\b(?:use|replaced\s+by|superseded\s+by|see|instead\s+of\s+this\s+use)\s+`?@?[A-Za-z_][\w.()]*`?/i.test(
    reason,
  );
}

const COORDINATE_PATTERNS: readonly RegExp[] = [
  // "Return.rma arg first was removed." / "Query.returns arg first has changed type from …"
  /^(?<type>\w+)\.(?<field>\w+) arg (?<arg>\w+) /,
  // "VALUE was removed from enum type Enum." / "…deprecated…"
  /^(?<value>\w+) was removed from enum type (?<type>\w+)\./,
  // "Return.rma was removed." / "Return.rma changed type from …"
  /^(?<type>\w+)\.(?<field>\w+) /,
];

function coordinateOf(description: string): {
  coordinate: string | null;
  type?: string;
  field?: string;
  arg?: string;
  value?: string;
} {
  for (const pattern of COORDINATE_PATTERNS) {
    const groups = pattern.exec(description)?.groups;
    if (groups === undefined) continue;
    const { type, field, arg, value } = groups;
    if (value !== undefined && type !== undefined) {
      return { coordinate: `${type}.${value}`, type, value };
    }
    if (type !== undefined && field !== undefined) {
      return {
        coordinate: arg === undefined ? `${type}.${field}` : `${type}.${field}(${arg}:)`,
        type,
        field,
        ...(arg === undefined ? {} : { arg }),
      };
    }
  }
  return { coordinate: null };
}

/** The deprecation reason the base schema gave the thing at `coordinate`, if any. */
function deprecationOn(
  schema: GraphQLSchema,
  where: ReturnType<typeof coordinateOf>,
): string | null {
  if (where.type === undefined) return null;
  const type = schema.getType(where.type);
  if (isEnumType(type) && where.value !== undefined) {
    return type.getValue(where.value)?.deprecationReason ?? null;
  }
  if ((isObjectType(type) || isInterfaceType(type)) && where.field !== undefined) {
    const field = type.getFields()[where.field];
    if (field === undefined) return null;
    if (where.arg !== undefined) {
      return field.args.find((arg) => arg.name === where.arg)?.deprecationReason ?? null;
    }
    return field.deprecationReason ?? null;
  }
  if (isInputObjectType(type) && where.field !== undefined) {
    return type.getFields()[where.field]?.deprecationReason ?? null;
  }
  return null;
}

/**
 * graphql-js's own `findBreakingChanges` between the base (main's) SDL and the new one; a
 * change passes only when the removed or changed field, argument or enum value was already
 * deprecated on the base with a reason naming its replacement.
 */
export function checkBreakingChanges(baseSdl: string, newSdl: string): BreakingChangeReport {
  const base = buildSchema(baseSdl);
  const changes = findBreakingChanges(base, buildSchema(newSdl)).map((change): CheckedChange => {
    const where = coordinateOf(change.description);
    const deprecationReason = deprecationOn(base, where);
    return {
      type: change.type,
      description: change.description,
      coordinate: where.coordinate,
      deprecationReason,
      allowed: deprecationReason !== null && namesReplacement(deprecationReason),
    };
  });
  return { changes, refused: changes.filter((change) => !change.allowed) };
}
