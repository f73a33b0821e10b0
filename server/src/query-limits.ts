import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The limits every operation must stay within; checked while parsing and validating, before any resolver runs. */
export const QUERY_LIMITS = {
  depth: 12,
  aliases: 15,
  directives: 20,
  tokens: 2000,
  // Paged lists sit one level deeper (`items`), and each level multiplies a field's cost.
  cost: 20000,
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
  const armor = EnvelopArmorPlugin({
    // Fragments count by the fields they add, not as a level of their own.
    maxDepth: { n: QUERY_LIMITS.depth, flattenFragments: true, onReject },
    maxAliases: { n: QUERY_LIMITS.aliases, onReject },
    maxDirectives: { n: QUERY_LIMITS.directives, onReject },
    maxTokens: { n: QUERY_LIMITS.tokens, onReject },
    costLimit: { maxCost: QUERY_LIMITS.cost, onReject },
  });
  return [armor, tokenRefusalIs400] as const;
}

/**
 * The token limit is checked while parsing, and Yoga marks every parse error as one the GraphQL
 * over HTTP spec answers with 200 under `Accept: application/json`. A refusal is not a typo in
 * the query: it answers 400 under any Accept, as the other limits (checked while validating) do.
 */
const tokenRefusalIs400: Plugin = {
  onResultProcess({ result }) {
    const results = Array.isArray(result) ? result : [result];
    for (const error of results.flatMap((r) => ('errors' in r && r.errors) || [])) {
      const http = error.extensions?.http as { spec?: boolean } | undefined;
      if (error.extensions?.code === 'QUERY_TOO_COMPLEX' && http) http.spec = false;
    }
  },
};
