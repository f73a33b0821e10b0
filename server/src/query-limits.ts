import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';

/** The limits every operation must stay within; checked while parsing and validating, before any resolver runs. */
export const QUERY_LIMITS = {
  depth: 12,
  aliases: 15,
  directives: 20,
  tokens: 2000,
  cost: 6000,
} as const;

/**
 * graphql-armor reports a refusal as a "Syntax Error" without a code; this gives it a code a
 * client can act on and drops the misleading prefix.
 */
function refuse(_context: unknown, error: GraphQLError): never {
  throw new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
    extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
  });
}

export function queryLimits() {
  const onReject = [refuse];
  return EnvelopArmorPlugin({
    // Fragments count by the fields they add, not as a level of their own.
    maxDepth: { n: QUERY_LIMITS.depth, flattenFragments: true, onReject },
    maxAliases: { n: QUERY_LIMITS.aliases, onReject },
    maxDirectives: { n: QUERY_LIMITS.directives, onReject },
    maxTokens: { n: QUERY_LIMITS.tokens, onReject },
    costLimit: { maxCost: QUERY_LIMITS.cost, onReject },
  });
}
