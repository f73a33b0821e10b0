import { Neo4jError, error as driverErrors } from 'neo4j-driver';

/** Neo4j cannot be reached (down, restarting, or every pooled connection is busy). */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(readonly detail: string) {
    super('The graph database is unreachable right now; try again in a few seconds.');
  }
}

/** Neo4j stopped a query that ran past the configured transaction timeout. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(
      `The query took longer than ${timeoutMs} ms and was stopped; narrow it (fewer hops, a lower limit) and try again.`,
    );
  }
}

const UNAVAILABLE_CODES = new Set<string>([
  driverErrors.SERVICE_UNAVAILABLE,
  driverErrors.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Codes Neo4j uses for a transaction it stopped; a timeout when the time was up. */
const STOPPED_CODES = new Set([
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.Terminated',
]);

/** Gives the driver's failures that callers can act on a type of their own; others pass unchanged. */
export function classifyDriverError(error: unknown, timeoutMs: number, elapsedMs: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const timedOut =
    error.code.includes('TransactionTimedOut') || (STOPPED_CODES.has(error.code) && elapsedMs >= timeoutMs);
  if (timedOut) return new QueryTimeoutError(timeoutMs);
  if (UNAVAILABLE_CODES.has(error.code) || error.message.startsWith('Connection acquisition timed out')) {
    return new DatabaseUnavailableError(`${error.code}: ${error.message}`);
  }
  return error;
}
