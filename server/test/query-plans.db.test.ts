import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import neo4j, { type Driver, type Plan } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaFile } from '../src/app.ts';
import { relationshipTypes } from '../src/data/relations.ts';
import { registeredStatements } from '../src/data/statements.ts';
import { IGNORED_IN_SEARCH_KEYS, luceneQuery, searchKey } from '../src/domain/search-text.ts';
import { buildApp, data, seededApp } from './helpers/api.ts';
import { watchingStatements } from './helpers/watch-driver.ts';

/*
 * Every statement the data layer registers (importing the app above loads every data module)
 * is planned with EXPLAIN against the seed graph; a plan that finds its start by scanning a
 * label, every node or every relationship of a type fails, unless the statement is listed
 * below as reading the whole graph by design. The seed graph is small, so a scan costs
 * nothing here, but the planner picks a scan only when no index fits, and on a graph of
 * 100,000 people that is what makes a lookup slow.
 */

const PERSON = 'person:chaopeng-zhang';
const OTHER_PERSON = 'person:xiangyu-zhang';
const ORGANIZATION = 'org:beihang-university';

/** A value for every parameter any statement takes; the planner goes by their types. */
const PARAMETERS: Record<string, unknown> = {
  id: PERSON,
  ids: [PERSON, OTHER_PERSON],
  people: [PERSON, OTHER_PERSON],
  first: neo4j.int(10),
  offset: neo4j.int(0),
  pairs: [{ key: 'k', from: ORGANIZATION, to: 'org:megvii' }],
  includeUnits: true,
  frontier: [PERSON],
  seen: [PERSON],
  room: neo4j.int(201),
  types: relationshipTypes(null),
  chain: [ORGANIZATION],
  from: PERSON,
  to: OTHER_PERSON,
  lucene: luceneQuery('zhang'),
  key: searchKey('zhang'),
  ignoredInKeys: IGNORED_IN_SEARCH_KEYS,
  labels: ['Person'],
  candidates: neo4j.int(100),
  minCount: neo4j.int(1),
  kept: neo4j.int(200),
  orgKind: null,
};

/** Where a statement's parameters mean something else than the table's. */
const OVERRIDES: Record<string, Record<string, unknown>> = {
  'alumni.ALUMNI': { id: ORGANIZATION },
  'talent.FLOW': { from: 'UNIVERSITY', to: 'COMPANY' },
};

/** Statements that read the whole graph by design, with the reason; each may, and does, scan. */
const ALLOWED_SCANS: Record<string, string> = {
  'conflicts.CONFLICTS_PAGE': 'pages every relationship whose sources disagree; no index covers r.conflicts',
  'conflicts.CONFLICTS_COUNT': 'counts every relationship whose sources disagree',
  'duplicates.PAGE': 'pages every flagged pair: the pairs waiting for review are the whole answer',
  'duplicates.COUNT': 'counts every flagged pair',
  'talent.MAP_BY_ORGANIZATION': 'groups every person by the organizations they were at',
  'talent.MAP_BY_VENUE': 'groups every person by the venues they published in',
  'talent.FLOW': 'follows every person from school to employer',
  'datasets.ALL': 'lists the datasets: one node per import, a handful in any graph',
  'rankingCache.GRAPH_VERSION': 'reads the datasets, one node per import, to tell when the graph changed',
  'talent.MAP_BY_SKILL': 'ranks every skill by its number of holders',
  'talent.MAP_BY_TOPIC': 'ranks every topic by its number of researchers',
};

/**
 * Operators that read a whole label, every node, every relationship (of a type) or a whole
 * index: AllNodesScan, NodeByLabelScan, DirectedRelationshipTypeScan, NodeIndexScan, and
 * their union, intersection and undirected variants all end in "Scan". Seeks end in "Seek".
 */
const isScan = (operator: string) => operator.endsWith('Scan');

/** "NodeByLabelScan pub:Publication": an operator and what it works on. */
const describeStep = (plan: Plan) =>
  `${plan.operatorType.replace(/@.*$/, '')} ${String(plan.arguments['Details'] ?? '')}`.trim();

function scansIn(plan: Plan): string[] {
  const here = isScan(plan.operatorType.replace(/@.*$/, '')) ? [describeStep(plan)] : [];
  return [...here, ...plan.children.flatMap(scansIn)];
}

/** The plan tree, one operator a line, for a failure message. */
function render(plan: Plan, depth = 0): string {
  return [`${'  '.repeat(depth)}${describeStep(plan)}`, ...plan.children.map((c) => render(c, depth + 1))].join('\n');
}

async function explain(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<Plan> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(`EXPLAIN ${cypher}`, params));
    if (!result.summary.plan) throw new Error('EXPLAIN returned no plan.');
    return result.summary.plan;
  } finally {
    await session.close();
  }
}

const statements = [...registeredStatements()];

/** One request per field of Query, reaching every per-entity field behind the loaders too. */
const OPERATIONS: Record<string, string> = {
  possibleDuplicates: '{ possibleDuplicates { totalCount items { id a { id } b { id } } } }',
  writesEnabled: '{ writesEnabled }',
  search: `{
    search(text: "zhang") { totalCount items { id } }
    people: search(text: "zhang", kinds: [PERSON]) {
      items {
        ... on Person {
          affiliations { role } mentors { id } mentees { id } coauthors { items { count } } skills { id }
          publications { items { venue { id } authors { id } } }
          coauthorCount activeYears { from } latestAffiliation { role }
        }
      }
    }
  }`,
  entity: `{ entity(id: "${ORGANIZATION}") { ... on Organization { parent { id } units { id } } } }`,
  neighborhood: `{ neighborhood(id: "${ORGANIZATION}", depth: 2, includeUnits: true) { nodes { id } edges { id } } }`,
  neighborCounts: `{ neighborCounts(id: "${PERSON}") { kind } }`,
  paths: `{
    paths(from: "${PERSON}", to: "${ORGANIZATION}") { length }
    itself: paths(from: "${PERSON}", to: "${PERSON}") { length }
  }`,
  commonGround: `{
    commonGround(people: ["${PERSON}", "${OTHER_PERSON}"]) {
      organizations { overlapStatus } coauthoredPublications { id } sharedCoauthors { id }
      sharedMentors { id } sharedSkills { id }
    }
  }`,
  coauthors: `{ coauthors(person: "${PERSON}") { totalCount items { count } } }`,
  lineage: `{ lineage(person: "${PERSON}") { nodes { id } } }`,
  alumni: `{ alumni(organization: "${ORGANIZATION}") { totalCount items { relation } } }`,
  stats: `{ stats { nodes { kind } } }`,
  datasets: `{ datasets { name files { name } } }`,
  conflicts: `{ conflicts { totalCount items { id } } }`,
  talentMap: `{
    talentMap(by: ORGANIZATION) { items { count people { items { id } } } }
    skills: talentMap(by: SKILL) { items { people { totalCount } } }
    topics: talentMap(by: TOPIC) { items { people { totalCount } } }
    venues: talentMap(by: VENUE) { items { people { totalCount } } }
  }`,
  talentFlow: `{ talentFlow { items { count people { items { id } } } } }`,
  talentGroup: `{
    talentGroup(by: ORGANIZATION, id: "${ORGANIZATION}") { count people { items { id } } }
    skill: talentGroup(by: SKILL, id: "skill:pytorch") { count }
    topic: talentGroup(by: TOPIC, id: "topic:object-detection") { count }
    venue: talentGroup(by: VENUE, id: "venue:iccv") { count }
  }`,
  talentMove: `{ talentMove(from: "org:peking-university", to: "${ORGANIZATION}") { count people { items { id } } } }`,
};

describe('query plans', () => {
  const ctx = seededApp();

  beforeAll(async () => {
    // Index statistics lag behind a load that just happened, and with an index thought empty
    // the planner may scan it whole instead of seeking in it. A graph in use has them current.
    const session = ctx.driver.session();
    try {
      await session.run('CALL db.prepareForReplanning()');
    } finally {
      await session.close();
    }
  });

  it.each(statements)('%s starts from an index', async (name, cypher) => {
    const params = { ...PARAMETERS, ...OVERRIDES[name] };
    const missing = [...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1] ?? '').filter((p) => !(p in params));
    expect(missing, `parameters without a value in PARAMETERS`).toEqual([]);
    const plan = await explain(ctx.driver, cypher, params);
    const scans = scansIn(plan);
    if (name in ALLOWED_SCANS) {
      // An allowance the statement no longer needs goes, so the list stays short.
      expect(scans, `${name} is allowed to scan but does not; remove it from ALLOWED_SCANS`).not.toEqual([]);
    } else {
      expect(scans, `${name} scans instead of seeking:\n${cypher}\n\n${render(plan)}\n`).toEqual([]);
    }
  });

  it('finds the edges among a set of nodes from their start nodes, never from a hub at their end', async () => {
    // A skill or an organization has its members at the end of their relationships: expanding
    // from there reads every member, expanding from the start reads a person's few relationships.
    const cypher = registeredStatements().get('expand.EDGES_AMONG')!;
    const plan = render(await explain(ctx.driver, cypher, PARAMETERS));
    expect(plan).toMatch(/Expand\(All\) \(a\)-\[r\]->\(b\)/);
    expect(plan).not.toMatch(/\(b\)<-\[r\]-\(a\)/);
  });

  it('lists only registered statements as allowed to scan', () => {
    const registered = new Set(statements.map(([name]) => name));
    expect(Object.keys(ALLOWED_SCANS).filter((name) => !registered.has(name))).toEqual([]);
  });

  it('has a request for every field of Query', () => {
    const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(schema.getQueryType()?.getFields() ?? {}).sort());
  });

  it('holds every statement those requests run', async () => {
    const ran = new Set<string>();
    const app = buildApp(watchingStatements(ctx.driver, (cypher) => ran.add(cypher)));
    for (const operation of Object.values(OPERATIONS)) await data(app, operation);
    const registered = new Set(registeredStatements().values());
    expect(ran.size).toBeGreaterThan(Object.keys(OPERATIONS).length);
    expect([...ran].filter((cypher) => !registered.has(cypher))).toEqual([]);
  });
});
