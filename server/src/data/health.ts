import { readRows, type ReadContext } from '../neo4j/read.ts';

const COMPONENTS = `
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition`;

const IS_EMPTY = `MATCH (n) RETURN count(n) = 0 AS empty LIMIT 1`;

export interface Neo4jInfo {
  version: string;
  edition: string;
}

export async function neo4jInfo(ctx: ReadContext): Promise<Neo4jInfo> {
  const rows = await readRows<{ version: string; edition: string }>(ctx, COMPONENTS);
  const row = rows[0];
  return { version: row?.version ?? 'unknown', edition: row?.edition ?? 'unknown' };
}

export async function isGraphEmpty(ctx: ReadContext): Promise<boolean> {
  const rows = await readRows<{ empty: boolean }>(ctx, IS_EMPTY);
  return rows[0]?.empty ?? true;
}
