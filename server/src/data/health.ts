import { readRows, type ReadContext } from '../neo4j/read.ts';
import { statement } from './statements.ts';

const COMPONENTS = statement(
  'health.COMPONENTS',
  `
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition`,
);

export interface Neo4jInfo {
  version: string;
  edition: string;
}

export async function neo4jInfo(ctx: ReadContext): Promise<Neo4jInfo> {
  const rows = await readRows<{ version: string; edition: string }>(ctx, COMPONENTS);
  const row = rows[0];
  return { version: row?.version ?? 'unknown', edition: row?.edition ?? 'unknown' };
}
