import type { OrgKind, TalentDimension, TalentFlow, TalentGroup } from '../generated/resolvers.ts';
import { readRows, type ReadContext } from '../neo4j/read.ts';
import { NODE_FIELDS } from './rows.ts';
import { statement } from './statements.ts';

const GROUPED = `
WITH DISTINCT g, p ORDER BY p.name
WITH g, collect(p {${NODE_FIELDS}}) AS people
WHERE size(people) >= $minCount
RETURN g {${NODE_FIELDS}} AS group, size(people) AS count, people
ORDER BY count DESC, g.name
LIMIT $first`;

/** How people reach each kind of group; organizations roll up to the top of PART_OF. */
const TALENT_MAP: Readonly<Record<TalentDimension, string>> = {
  ORGANIZATION: statement(
    'talent.MAP_BY_ORGANIZATION',
    `
MATCH (p:Person)-[:STUDIED_AT|WORKED_AT]->(:Organization)-[:PART_OF*0..5]->(g:Organization)
WHERE NOT (g)-[:PART_OF]->(:Organization) AND ($orgKind IS NULL OR g.orgKind = $orgKind)
${GROUPED}`,
  ),
  SKILL: statement(
    'talent.MAP_BY_SKILL',
    `
MATCH (p:Person)-[:HAS_SKILL]->(g:Skill)
${GROUPED}`,
  ),
  TOPIC: statement(
    'talent.MAP_BY_TOPIC',
    `
MATCH (p:Person)-[:RESEARCHES]->(g:Topic)
${GROUPED}`,
  ),
  VENUE: statement(
    'talent.MAP_BY_VENUE',
    `
MATCH (p:Person)-[:AUTHORED]->(:Publication)-[:PUBLISHED_IN]->(g:Venue)
${GROUPED}`,
  ),
};

/**
 * Studied at an organization of one kind, then worked at one of another: the work began no
 * earlier than the study did, compared at the precision both dates share; a missing date
 * does not rule the move out.
 */
const TALENT_FLOW = statement(
  'talent.FLOW',
  `
MATCH (p:Person)-[s:STUDIED_AT]->(:Organization)-[:PART_OF*0..5]->(school:Organization)
WHERE NOT (school)-[:PART_OF]->(:Organization) AND school.orgKind = $from
MATCH (p)-[w:WORKED_AT]->(:Organization)-[:PART_OF*0..5]->(employer:Organization)
WHERE NOT (employer)-[:PART_OF]->(:Organization) AND employer.orgKind = $to AND employer <> school
  AND (s.start IS NULL OR w.start IS NULL
       OR left(w.start, size(s.start)) >= left(s.start, size(w.start)))
WITH DISTINCT school, employer, p ORDER BY p.name
WITH school, employer, collect(p {${NODE_FIELDS}}) AS people
RETURN school {${NODE_FIELDS}} AS from, employer {${NODE_FIELDS}} AS to, size(people) AS count, people
ORDER BY count DESC, school.name, employer.name`,
);

export interface TalentMapInput {
  by: TalentDimension;
  orgKind: OrgKind | null;
  minCount: number;
  first: number;
}

export function readTalentMap(ctx: ReadContext, input: TalentMapInput): Promise<TalentGroup[]> {
  return readRows<TalentGroup>(ctx, TALENT_MAP[input.by], { ...input });
}

export function readTalentFlow(ctx: ReadContext, from: OrgKind, to: OrgKind): Promise<TalentFlow[]> {
  return readRows<TalentFlow>(ctx, TALENT_FLOW, { from, to });
}
