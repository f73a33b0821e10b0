import type { Driver } from 'neo4j-driver';

export interface ReadContext {
  driver: Driver;
  database: string | undefined;
  queryTimeoutMs: number;
}

/**
 * Runs one named, parameterised query in a read transaction with a timeout. Read
 * transactions route to readers in a cluster, and Neo4j itself refuses a write in one.
 */
export async function readRows<Row>(
  ctx: ReadContext,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params), {
      timeout: ctx.queryTimeoutMs,
    });
    return result.records.map((record) => record.toObject() as Row);
  } finally {
    await session.close();
  }
}
