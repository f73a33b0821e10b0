import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

type TransactionConfig = Parameters<Session['executeWrite']>[1];

/**
 * How long one write transaction may take. A server's default (30 s for the managed Neo4j, set
 * for stray interactive queries) is too short for a batch of thousands of rows, or for the seed
 * graph's single transaction on a busy machine's first start; a timeout given by the client
 * takes its place.
 */
export const WRITE_TIMEOUT_MS = 600_000;

/** A session whose write transactions run with WRITE_TIMEOUT_MS unless told otherwise. */
export function writeSession(driver: Driver, database: string | undefined): Session {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  const write = session.executeWrite.bind(session);
  session.executeWrite = <T>(work: (tx: ManagedTransaction) => Promise<T> | T, config?: TransactionConfig) =>
    write(work, { timeout: WRITE_TIMEOUT_MS, ...config });
  return session;
}
