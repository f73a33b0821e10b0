import { resolveNeo4j, type Neo4jTarget } from '@cohort/db';
import type { Driver } from 'neo4j-driver';
import { reportNeo4jStatus } from '../http/health.ts';
import { createDriver } from '../neo4j/driver.ts';

/** What start-up registers its clean-up with; main.ts passes its Shutdown. */
export interface Cleanup {
  add(step: () => Promise<void>): void;
  readonly signal: AbortSignal;
}

export interface ConnectOptions {
  queryTimeoutMs: number;
  log?: (line: string) => void;
}

/**
 * The server's Neo4j, as `npm start` gets it: NEO4J_URI's, the running managed one, or one it
 * starts and restarts after a crash (/health says `restarting` meanwhile); and the driver.
 */
export async function connectNeo4j(
  env: NodeJS.ProcessEnv,
  cleanup: Cleanup,
  options: ConnectOptions,
): Promise<{ target: Neo4jTarget; driver: Driver }> {
  const starting = resolveNeo4j(env, { signal: cleanup.signal, log: options.log });
  // Registered before the start ends: a signal while Java starts up waits for it to be stopped.
  cleanup.add(async () => (await starting.catch(() => undefined))?.release());
  const target = await starting;
  const driver = createDriver(target, { queryTimeoutMs: options.queryTimeoutMs });
  cleanup.add(() => driver.close());
  reportNeo4jStatus(driver, () => target.status());
  return { target, driver };
}
