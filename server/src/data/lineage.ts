import type { Direction, Node, Subgraph } from '../generated/resolvers.ts';
import { readTransaction, type ReadContext } from '../neo4j/read.ts';
import { edgesAmong, expand, startNodes } from './expand.ts';
import { RELATIONSHIP_TYPES } from './relations.ts';
import { NODE_FIELDS } from './rows.ts';
import { statement } from './statements.ts';

const MENTORS = statement(
  'lineage.MENTORS',
  `
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})<-[r:MENTORED]-(n:Person)
WHERE f:Person AND NOT n.id IN $seen
WITH n, count(r) AS links
ORDER BY links DESC, n.name
LIMIT $room
RETURN n {${NODE_FIELDS}} AS node`,
);

const MENTEES = statement(
  'lineage.MENTEES',
  `
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})-[r:MENTORED]->(n:Person)
WHERE f:Person AND NOT n.id IN $seen
WITH n, count(r) AS links
ORDER BY links DESC, n.name
LIMIT $room
RETURN n {${NODE_FIELDS}} AS node`,
);

/** A lineage is small by nature; this only guards against a runaway answer. */
const LINEAGE_LIMIT = 500;

export interface LineageInput {
  id: string;
  direction: Direction;
  depth: number;
}

/** Mentors of mentors (UP) and mentees of mentees (DOWN), to `depth` generations. */
export function readLineage(ctx: ReadContext, input: LineageInput): Promise<Subgraph | null> {
  return readTransaction(ctx, async (run) => {
    const [start] = await startNodes(run, input.id);
    if (!start) return null;
    const nodes = new Map<string, Node>([[start.id, start]]);
    let truncated = false;
    const levels = { UP: [MENTORS], DOWN: [MENTEES], BOTH: [MENTORS, MENTEES] }[input.direction];
    for (const level of levels) {
      const branch = await expand(run, [start], level, {}, input.depth, LINEAGE_LIMIT);
      for (const node of branch.nodes) nodes.set(node.id, node);
      truncated ||= branch.truncated;
    }
    const all = [...nodes.values()];
    return { nodes: all, edges: await edgesAmong(run, all, [RELATIONSHIP_TYPES.MENTORED]), truncated };
  });
}
