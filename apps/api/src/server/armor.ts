import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/** Limits that keep one request from exhausting the server. */
export const ARMOR_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 20_000 } as const;

/** Reports a refusal as an ordinary validation error (HTTP 400), not a thrown one (500). */
const report = {
  propagateOnRejection: false,
  exposeLimits: true,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError): void => {
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
    },
  ],
};

/** Validation rules refusing over-deep, over-aliased or over-costly operations. */
export function armorRules(): ValidationRule[] {
  const rules: unknown[] = [
    maxDepthRule({ n: ARMOR_LIMITS.maxDepth, ignoreIntrospection: true, ...report }),
    maxAliasesRule({ n: ARMOR_LIMITS.maxAliases, ...report }),
    costLimitRule({ maxCost: ARMOR_LIMITS.maxCost, ignoreIntrospection: true, ...report }),
  ];
  // The armor packages type their rules against their own visitor classes; they are ValidationRules.
  return rules as ValidationRule[];
}
