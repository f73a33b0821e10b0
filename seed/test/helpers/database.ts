import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { connectTestNeo4j, useSeedGraph } from '../../../test/support/database.ts';
import { loadSeedGraph, type LoadOptions, type LoadSummary } from '../../src/index.ts';

/** A driver for the shared test database; plain JS numbers make snapshots easy to compare. */
export function testDriver(): Driver {
  return connectTestNeo4j({ disableLosslessIntegers: true });
}

export interface SeededImports {
  driver: Driver;
  /** The graph as seeded, before the tests import anything: what removing their datasets must give back. */
  seedOnly: string[];
  /** A scratch folder for the files the tests write, removed afterwards. */
  folder: string;
}

/**
 * For a describe block whose tests import datasets into the seed graph: loads the seed graph,
 * and gives a driver, a snapshot of the seeded graph and a scratch folder, each ready from the
 * first test on.
 */
export function importsIntoSeedGraph(scratchPrefix: string): SeededImports {
  useSeedGraph();
  const fixture = { folder: mkdtempSync(path.join(os.tmpdir(), scratchPrefix)) } as SeededImports;
  beforeAll(async () => {
    fixture.driver = testDriver();
    fixture.seedOnly = await snapshot(fixture.driver);
  });
  afterAll(async () => {
    await fixture.driver?.close();
    rmSync(fixture.folder, { recursive: true, force: true });
  });
  return fixture;
}

/** Empties the database and loads the real seed data. */
export function loadRealGraph(driver: Driver, options: LoadOptions = {}): Promise<LoadSummary> {
  return loadSeedGraph(driver, { reset: true, log: () => {}, ...options });
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Every node and relationship of the graph, with labels and properties, in a fixed order. */
export async function snapshot(driver: Driver): Promise<string[]> {
  // The graph itself: the datasets' own bookkeeping (when each was imported) is not part of it.
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:Dataset AND NOT n:DatasetChunk RETURN labels(n) AS labels, properties(n) AS properties',
  );
  const relationships = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, properties(r) AS properties, b.id AS to',
  );
  const rows = [
    ...nodes.records.map((r) =>
      JSON.stringify(canonical({ node: [...(r.get('labels') as string[])].sort(), ...r.toObject() })),
    ),
    ...relationships.records.map((r) => JSON.stringify(canonical(r.toObject()))),
  ];
  return rows.sort();
}

/** Runs a read query and returns plain objects. */
export async function query<T = Record<string, unknown>>(
  driver: Driver,
  cypher: string,
  parameters: Record<string, unknown> = {},
): Promise<T[]> {
  const result = await driver.executeQuery(cypher, parameters);
  return result.records.map((record) => record.toObject() as T);
}

export async function search(driver: Driver, text: string): Promise<{ id: string; kind: string; score: number }[]> {
  return query(
    driver,
    `CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node, score
     RETURN node.id AS id, node.kind AS kind, score ORDER BY score DESC`,
    { text },
  );
}
