import { GraphQLError } from 'graphql';
import { maskError as maskUnexpected, type MaskError } from 'graphql-yoga';
import { RankingPendingError } from './data/ranking-cache.ts';
import { DatabaseUnavailableError, QueryTimeoutError } from './neo4j/errors.ts';
import { withoutPersonalData } from './privacy.ts';

/**
 * What a client sees when something fails: its own mistakes as they are (BAD_USER_INPUT),
 * a down database or a timeout as a clear message with a code of its own, and anything else
 * as a bare "Unexpected error." The detail goes to the log, without personal data.
 */
export function createErrorMasker(log: (message: string) => void): MaskError {
  return (error, message) => {
    const cause = isGraphQLError(error) ? (error.originalError ?? error) : error;
    if (cause instanceof DatabaseUnavailableError) {
      log(withoutPersonalData(`Neo4j unavailable at ${where(error)}: ${cause.detail}`));
      return withCode(error, cause.message, 'DATABASE_UNAVAILABLE');
    }
    if (cause instanceof QueryTimeoutError) {
      log(`Query timed out after ${cause.timeoutMs} ms at ${where(error)}`);
      return withCode(error, cause.message, 'QUERY_TIMEOUT');
    }
    if (cause instanceof RankingPendingError) return withCode(error, cause.message, 'RANKING_PENDING');
    // The client's own mistakes (bad arguments, invalid queries), located where they happened.
    if (isGraphQLError(cause)) return error as GraphQLError;
    log(withoutPersonalData(`Internal error at ${where(error)}: ${describe(cause)}`));
    return maskUnexpected(error, message, false);
  };
}

/**
 * graphql ships as both CommonJS and ESM, and a process may load both copies, so an error
 * from one copy is not an `instanceof` the other's class; the name tells them apart.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

function where(error: unknown): string {
  return isGraphQLError(error) && error.path ? error.path.join('.') : 'request';
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`;
}

function withCode(error: unknown, message: string, code: string): GraphQLError {
  const located = isGraphQLError(error) ? error : undefined;
  return new GraphQLError(message, {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    extensions: { code },
  });
}
