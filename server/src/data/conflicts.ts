import type { Edge } from '../generated/resolvers.ts';
import type { ReadContext } from '../neo4j/read.ts';
import { readPage, type Counted, type PageRequest } from './paging.ts';
import { edgeProjection, toEdge, type StoredEdge } from './rows.ts';
import { statement } from './statements.ts';

const CONFLICTED = `
MATCH (:Entity)-[r]->(:Entity)
WHERE r.conflicts IS NOT NULL AND r.conflicts <> '[]'`;

const CONFLICTS_PAGE = statement(
  'conflicts.CONFLICTS_PAGE',
  `${CONFLICTED}
WITH r ORDER BY startNode(r).id, type(r), endNode(r).id, r.id
SKIP $offset LIMIT $first
RETURN ${edgeProjection('r')} AS edge`,
);

const CONFLICTS_COUNT = statement(
  'conflicts.CONFLICTS_COUNT',
  `${CONFLICTED}
RETURN count(r) AS total`,
);

/** A page of the relationships whose sources disagree, each with every claim and its evidence. */
export function conflictedEdges(ctx: ReadContext, request: PageRequest): Promise<Counted<Edge>> {
  return readPage<{ edge: StoredEdge }, Edge>(
    ctx,
    { page: CONFLICTS_PAGE, count: CONFLICTS_COUNT },
    { ...request },
    ({ edge }) => toEdge(edge),
  );
}
