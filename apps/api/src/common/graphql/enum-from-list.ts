import { registerEnumType } from 'type-graphql';

/** Turns a domain list (`['A', 'B'] as const`) into a GraphQL enum type-graphql understands. */
export function enumFromList<T extends string>(
  values: readonly T[],
  name: string,
  description: string,
  valueDescriptions: Partial<Record<T, string>> = {},
): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  const valuesConfig: Partial<Record<T, { description?: string }>> = {};
  for (const value of values) valuesConfig[value] = { description: valueDescriptions[value] };
  registerEnumType(enumObject, { name, description, valuesConfig });
  return enumObject;
}
