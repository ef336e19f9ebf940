import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';

function blank(description: string | null | undefined): boolean {
  return description === null || description === undefined || description.trim() === '';
}

/**
 * Schema coordinates (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `@directive(arg:)`)
 * of everything our schema defines without a description. graphql-js's own types, scalars and
 * directives (String, `__Type`, `@deprecated`…) are described by the spec and left out.
 */
export function findMissingDescriptions(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const checkArgs = (owner: string, args: readonly GraphQLArgument[]): void => {
    for (const arg of args) if (blank(arg.description)) missing.push(`${owner}(${arg.name}:)`);
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (blank(field.description)) missing.push(coordinate);
        checkArgs(coordinate, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    } else if (isUnionType(type)) {
      // A union has nothing but its own description.
    }
  }

  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    const coordinate = `@${directive.name}`;
    if (blank(directive.description)) missing.push(coordinate);
    checkArgs(coordinate, directive.args);
  }
  return missing.sort();
}
