import type { Node } from '../generated/resolvers.ts';
import { readRows, type ReadContext } from '../neo4j/read.ts';
import { NODE_FIELDS } from './rows.ts';
import { statement } from './statements.ts';

/** Authors in the order the publication lists them (AUTHORED.position, 1 = first author). */
const DETAILS = statement(
  'publications.DETAILS',
  `
UNWIND $ids AS id
MATCH (pub:Entity {id: id}) WHERE pub:Publication
RETURN id,
       COLLECT { MATCH (pub)-[:PUBLISHED_IN]->(v:Entity) RETURN v {${NODE_FIELDS}} ORDER BY v.name } AS venues,
       COLLECT { MATCH (a:Person)-[r:AUTHORED]->(pub) RETURN a {${NODE_FIELDS}} ORDER BY coalesce(r.position, 1000000), a.name } AS authors`,
);

export interface PublicationDetails {
  venue: Node | null;
  authors: Node[];
}

export async function publicationDetailsOf(ctx: ReadContext, ids: readonly string[]): Promise<PublicationDetails[]> {
  const rows = await readRows<{ id: string; venues: Node[]; authors: Node[] }>(ctx, DETAILS, { ids });
  const byId = new Map(rows.map((row) => [row.id, { venue: row.venues[0] ?? null, authors: row.authors }]));
  return ids.map((id) => byId.get(id) ?? { venue: null, authors: [] });
}
