import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { javaProcessesFor, runningManagedNeo4j, startManagedNeo4j, stopDetachedNeo4j } from '@cohort/db';
import { bulkImportFiles } from '../src/bulk/bulk-import.ts';
import { importFiles } from '../src/import/import-files.ts';
import { ImportRefused } from '../src/import/plan.ts';
import { removeDataset } from '../src/write/write-dataset.ts';

const OPENALEX = path.resolve(import.meta.dirname, 'fixtures', 'openalex');
const FILES = [path.join(OPENALEX, 'works-page.json'), path.join(OPENALEX, 'W2741809807.json')];
const DATASET = 'openalex-bulk';
const quiet = () => {};

/**
 * Every node and relationship with its labels or type and each property with its Cypher type,
 * in a fixed order: equal snapshots are graphs no query can tell apart. Only the moment a
 * dataset was imported differs between two loads.
 */
async function typedSnapshot(driver: Driver): Promise<string[]> {
  const typed = (entity: string) =>
    `[k IN keys(${entity}) WHERE k <> 'importedAt' | [k, valueType(${entity}[k]), ${entity}[k]]]`;
  const nodes = await driver.executeQuery(`MATCH (n) RETURN labels(n) AS labels, ${typed('n')} AS properties`);
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, ${typed('r')} AS properties`,
  );
  const rows = [...nodes.records, ...relationships.records].map((record) => {
    const row = record.toObject() as { labels?: string[]; properties: [string, string, unknown][] };
    row.labels?.sort();
    row.properties.sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify(row, (_, value: unknown) => (neo4j.isInt(value) ? `int ${value.toString()}` : value));
  });
  return rows.sort();
}

async function indexNames(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name");
  return records.map((r) => r.get('name') as string).sort();
}

describe('bulk import into an empty managed Neo4j', () => {
  let home: string;
  let env: NodeJS.ProcessEnv;
  let driver: Driver;

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'cohort-bulk-test-'));
    env = { ...process.env, NEO4J_URI: '', NEO4J_PASSWORD: '', COHORT_NEO4J_HOME: home, COHORT_NEO4J_BOLT_PORT: '0' };
    // Started as `npm run db:start` starts it: the bulk import stops it for the load and starts it again.
    const server = await startManagedNeo4j({ home, port: 0, detached: true, env, log: quiet });
    driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
  }, 240_000);

  afterAll(async () => {
    await driver?.close();
    await stopDetachedNeo4j(home);
    rmSync(home, { recursive: true, force: true });
  }, 60_000);

  it('makes the graph, the dataset records and the schema the online writer makes', { timeout: 400_000 }, async () => {
    const online = await importFiles(driver, FILES, { dataset: DATASET });
    const onlineGraph = await typedSnapshot(driver);
    const onlineIndexes = await indexNames(driver);
    await driver.executeQuery('MATCH (n) DETACH DELETE n');

    const report = await bulkImportFiles(FILES, { dataset: DATASET, env, log: quiet });
    expect(report.written?.nodeCount).toBe(online.written?.nodeCount);
    expect(report.written?.nodeCount).toBeGreaterThan(20);
    expect(report.written?.relationshipCount).toBeGreaterThan(20);
    const running = runningManagedNeo4j(home);
    expect(running, 'the managed Neo4j runs again after the load').toBeDefined();
    expect(running?.owner).toBeUndefined();
    // The new store's transactions start afresh, below the bookmarks of the driver used before.
    await driver.close();
    driver = neo4j.driver(
      running!.uri,
      neo4j.auth.basic('neo4j', readFileSync(path.join(home, 'password'), 'utf8').trim()),
    );
    const bulkGraph = await typedSnapshot(driver);
    expect(bulkGraph).toEqual(onlineGraph);
    // Lists the CSV cannot carry (no aliases) are there, as empty lists.
    expect(bulkGraph.some((row) => row.includes('["aliases","LIST<NOTHING> NOT NULL",[]]'))).toBe(true);
    expect(await indexNames(driver)).toEqual(onlineIndexes);

    // A later online import of the same files finds the dataset as it is.
    const again = await importFiles(driver, FILES, { dataset: DATASET });
    expect(again.written?.unchanged).toBe(true);
  });

  it('refuses a second bulk import into the non-empty database, changing nothing', { timeout: 90_000 }, async () => {
    const before = await typedSnapshot(driver);
    const pid = runningManagedNeo4j(home)?.pid;
    const attempt = bulkImportFiles(FILES, { dataset: 'second', env, log: quiet });
    await expect(attempt).rejects.toThrow(ImportRefused);
    await expect(attempt).rejects.toThrow(/empty database only.*holds \d+ nodes/);
    expect(runningManagedNeo4j(home)?.pid, 'the running Neo4j was left alone').toBe(pid);
    expect(await typedSnapshot(driver)).toEqual(before);
  });

  it('refuses a Neo4j it does not manage, before touching anything', async () => {
    const attempt = bulkImportFiles(FILES, { env: { ...env, NEO4J_URI: 'bolt://db.example.org:7687' }, log: quiet });
    await expect(attempt).rejects.toThrow(
      /NEO4J_URI points at bolt:\/\/db\.example\.org:7687, which it does not manage/,
    );
    expect(javaProcessesFor(home)).toHaveLength(1);
  });

  it('leaves a bulk-loaded dataset removable as an online one', { timeout: 60_000 }, async () => {
    const removed = await removeDataset(driver, DATASET);
    expect(removed?.nodes).toBeGreaterThan(20);
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    expect(records[0]?.get('n').toNumber()).toBe(0);
  });
});
