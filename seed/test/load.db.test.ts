import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph, validateSeedData } from '../src/index.ts';
import { DataCopy } from './helpers/data-copy.ts';
import { loadRealGraph, query, snapshot, testDriver } from './helpers/database.ts';

const CV = '000_047d70e5b9cb1943.yaml';
const quiet = { log: () => {} };

describe('loading the seed graph', () => {
  let driver: Driver;

  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await loadRealGraph(driver);
    await driver.close();
  });

  it('stores exactly the validated graph and reports its counts', async () => {
    const summary = await loadRealGraph(driver);
    const graph = validateSeedData().graph;
    if (!graph) throw new Error('the seed data does not validate');
    expect(summary.nodeCount).toBe(graph.nodes.length);
    expect(summary.relationshipCount).toBe(graph.relationships.length);

    const labels = await query<{ label: string; count: number }>(
      driver,
      "MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label RETURN label, count(*) AS count",
    );
    expect(summary.nodes).toEqual(Object.fromEntries(labels.map((r) => [r.label, r.count])));
    const types = await query<{ type: string; count: number }>(
      driver,
      'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count',
    );
    expect(summary.relationships).toEqual(Object.fromEntries(types.map((r) => [r.type, r.count])));
    expect(summary.nodes.Person).toBeGreaterThan(30);
    expect(summary.relationships.AUTHORED).toBeGreaterThan(15);
    expect(summary.conflicts).toBeGreaterThanOrEqual(1);
  });

  it('leaves the graph exactly as it was when run twice', async () => {
    const first = await loadSeedGraph(driver, quiet);
    const before = await snapshot(driver);
    const second = await loadSeedGraph(driver, quiet);
    expect(await snapshot(driver)).toEqual(before);
    expect(second).toEqual({ ...first, removed: { nodes: 0, relationships: 0 } });
  });

  it('removes what the data no longer has, and properties it no longer states', async () => {
    await loadRealGraph(driver);
    const real = await snapshot(driver);
    const copy = new DataCopy();
    try {
      copy.edit(CV, (doc, data) => {
        const cao = (data.entities as { id: string }[]).findIndex((e) => e.id === 'person:qiong-cao');
        doc.setIn(['entities', cao, 'homepage'], 'http://example.org/qiong');
        doc.addIn(
          ['entities'],
          doc.createNode({ id: 'skill:temporary-skill', kind: 'SKILL', name: 'Temporary skill' }),
        );
        doc.addIn(
          ['facts'],
          doc.createNode({
            kind: 'HAS_SKILL',
            from: 'person:chaopeng-zhang',
            to: 'skill:temporary-skill',
            evidence: [{ line: 1, quote: 'Chaopeng Zhang' }],
          }),
        );
      });
      await loadSeedGraph(driver, { ...quiet, dataDir: copy.dataDir });
      const [changed] = await query(driver, "MATCH (p:Person {id: 'person:qiong-cao'}) RETURN p.homepage AS homepage");
      expect(changed?.homepage).toBe('http://example.org/qiong');
      expect(await snapshot(driver)).not.toEqual(real);
    } finally {
      copy.remove();
    }
    const summary = await loadSeedGraph(driver, quiet);
    expect(summary.removed).toEqual({ nodes: 1, relationships: 1 });
    expect(await snapshot(driver)).toEqual(real);
  });

  it('leaves nodes it does not own alone, unless asked to reset', async () => {
    await driver.executeQuery("CREATE (:SeedLoaderScratch {name: 'not seed data'})");
    await loadSeedGraph(driver, quiet);
    const kept = await query(driver, 'MATCH (n:SeedLoaderScratch) RETURN count(n) AS n');
    expect(kept[0]?.n).toBe(1);
    await loadSeedGraph(driver, { ...quiet, reset: true });
    const gone = await query(driver, 'MATCH (n:SeedLoaderScratch) RETURN count(n) AS n');
    expect(gone[0]?.n).toBe(0);
  });

  it('rolls everything back, the reset included, when the database refuses a write', async () => {
    await loadRealGraph(driver);
    const before = await snapshot(driver);
    // Valid data the database will refuse: two repositories with one url break this constraint.
    await driver.executeQuery('CREATE CONSTRAINT seed_test_repository_url FOR (n:Repository) REQUIRE n.url IS UNIQUE');
    const copy = new DataCopy();
    try {
      copy.edit(CV, (doc) => {
        for (const name of ['one', 'two']) {
          doc.addIn(
            ['entities'],
            doc.createNode({
              id: `repo:duplicate-${name}`,
              kind: 'REPOSITORY',
              name: `Duplicate ${name}`,
              url: 'https://example.org/same',
            }),
          );
        }
      });
      expect(validateSeedData(copy.dataDir).problems).toEqual([]);
      await expect(loadSeedGraph(driver, { ...quiet, dataDir: copy.dataDir, reset: true })).rejects.toThrow(
        /already exists|constraint/i,
      );
      expect(await snapshot(driver)).toEqual(before);
    } finally {
      copy.remove();
      await driver.executeQuery('DROP CONSTRAINT seed_test_repository_url IF EXISTS');
    }
  });

  it('creates the id constraint and a full-text index over names and aliases', async () => {
    // A search index left by an older loader, with another analyzer, is rebuilt.
    await driver.executeQuery('DROP INDEX entity_search IF EXISTS');
    await driver.executeQuery(
      "CREATE FULLTEXT INDEX entity_search FOR (n:Entity) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard'}}",
    );
    await loadSeedGraph(driver, quiet);
    const constraints = await query(
      driver,
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE 'Entity' IN labelsOrTypes RETURN *",
    );
    expect(constraints).toContainEqual({ labelsOrTypes: ['Entity'], properties: ['id'], type: 'UNIQUENESS' });
    const [index] = await query(
      driver,
      "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options, state WHERE name = 'entity_search' RETURN *",
    );
    expect(index).toMatchObject({
      type: 'FULLTEXT',
      labelsOrTypes: ['Entity'],
      properties: ['name', 'nameZh', 'aliases'],
      state: 'ONLINE',
    });
    expect((index?.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe('cjk');
  });
});
