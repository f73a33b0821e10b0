import type { Driver } from 'neo4j-driver';
import { IS_GRAPH_EMPTY } from './cypher.ts';
import { loadSeedGraph, type LoadSummary } from './load.ts';

/**
 * Loads the seed graph into an empty database, so a first start shows something to explore;
 * a database that holds anything at all is left as it is. Undefined when nothing was loaded.
 */
export async function seedEmptyGraph(
  driver: Driver,
  options: { database?: string; log?: (line: string) => void } = {},
): Promise<LoadSummary | undefined> {
  const { records } = await driver.executeQuery(IS_GRAPH_EMPTY, {}, { database: options.database, routing: 'READ' });
  if (records[0]?.get('empty') !== true) return undefined;
  options.log?.('The graph is empty: loading the seed graph...');
  return loadSeedGraph(driver, { database: options.database, log: options.log });
}
