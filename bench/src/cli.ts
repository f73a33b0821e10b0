import { startProgress, type BulkDataset } from '@cohort/seed';
import { createApp } from '@cohort/server';
import { parseArgs } from './args.ts';
import { syntheticGraph, type SyntheticGraph } from './generate/graph.ts';
import { bulkLoadInto, loadBulk } from './load/bulk-load.ts';
import { compareLoads } from './load/compare.ts';
import { markLoaded, readLoaded } from './load/loaded.ts';
import { datasetSlices } from './load/slices.ts';
import { loadWithWriter } from './load/writer-load.ts';
import { describeMachine } from './machine.ts';
import { benchHome, startBenchDatabase } from './neo4j.ts';
import { resultsMarkdown } from './report/markdown.ts';
import { DOC, writeResults } from './report/write-doc.ts';
import { readResult, saveResult, type TierResult } from './results.ts';
import { measureShape, type Bench } from './run/measure.ts';
import { recordingDriver } from './run/recording-driver.ts';
import { shapes } from './run/shapes.ts';
import { TIER_NAMES, TIERS, type TierSpec } from './tiers.ts';

const log = (line: string) => console.log(line);

/** The server's default read timeout: the bench measures the API as configured out of the box. */
const QUERY_TIMEOUT_MS = 5_000;

/** About 16 relationships a person: only progress bars use this estimate. */
const expectedRows = (graph: SyntheticGraph) => graph.nodeCount + graph.tier.people * 16;
const datasetName = (tier: TierSpec) => `bench-${tier.name.toLowerCase()}`;

/** The tier's graph as the datasets its load writes, with a progress bar as they are made. */
function* sliced(graph: SyntheticGraph): Generator<BulkDataset> {
  const bar = startProgress(`CSV ${graph.tier.name}`, 'rows', expectedRows(graph));
  let rows = 0;
  try {
    const all = { nodes: graph.nodes(), relationships: graph.relationships() };
    for (const dataset of datasetSlices(all, datasetName(graph.tier), graph.tier.sliceSize)) {
      yield dataset;
      rows += dataset.graph.nodes.length + dataset.graph.relationships.length;
      bar.update(rows);
    }
  } finally {
    bar.stop();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.report) return writeReport();
  const tier = TIERS[args.tier];
  const graph = syntheticGraph(tier);
  log(`Tier ${tier.name}: ${tier.people} people, ${graph.nodeCount} nodes; Neo4j home ${benchHome(tier)}.`);
  let db = await startBenchDatabase(tier, log);
  const stopOnSignal = () => void db.stop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    let loaded = readLoaded(db.neo4j.home);
    if (loaded) log(`${tier.name} was loaded by an earlier run.`);
    else if (tier.load === 'bulk') {
      // neo4j-admin writes the store with its Neo4j stopped; the first start above made its conf.
      await db.stop();
      log(`Bulk load of ${tier.name} (neo4j-admin), ${tier.sliceSize} rows a dataset...`);
      loaded = { by: 'bulk', figures: await bulkLoadInto(db.neo4j.home, tier, sliced(graph), log) };
      markLoaded(db.neo4j.home, loaded);
      db = await startBenchDatabase(tier, log);
    } else {
      const figures = await loadWithWriter(
        db.driver,
        { nodes: graph.nodes(), relationships: graph.relationships(), expectedRows: expectedRows(graph) },
        datasetName(tier),
        tier.sliceSize,
        `load ${tier.name}`,
      );
      markLoaded(db.neo4j.home, (loaded = { by: 'writer', figures }));
    }
    const load = loaded.figures;
    log(
      `${tier.name}: ${load.nodes} nodes and ${load.relationships} relationships, loaded by the ${loaded.by} ` +
        `in ${load.seconds.toFixed(0)} s.`,
    );

    const selected = shapes(graph.targets).filter((shape) => !args.only || shape.name.startsWith(args.only));
    if (selected.length === 0) throw new Error(`No query shape is named "${args.only}…".`);
    // A partial run would replace the tier's stored figures with a few shapes: it only logs.
    const comparison = args.only ? undefined : await compareLoads(db.driver, tier, log);
    if (comparison) {
      log(`Writer ${comparison.writer.rowsPerSecond} rows/s, raw UNWIND ${comparison.raw.rowsPerSecond} rows/s.`);
      const bulk = comparison.bulk;
      if (bulk) {
        log(
          `Bulk ${bulk.rowsPerSecond} rows/s (${bulk.seconds.toFixed(1)} s: CSV ${bulk.csvSeconds.toFixed(1)} s, ` +
            `neo4j-admin ${bulk.importSeconds.toFixed(1)} s, then restart and indexes).`,
        );
      }
    }

    let bulkFull = loaded.by === 'bulk' ? loaded.figures : undefined;
    if (args.bulkFull && !bulkFull) {
      log(`Bulk load of the whole ${tier.name} graph into an empty Neo4j of its own...`);
      const full = (bulkFull = await loadBulk(tier, sliced(graph), log));
      log(
        `${tier.name} bulk load: ${full.nodes} nodes and ${full.relationships} relationships in ` +
          `${full.seconds.toFixed(0)} s, ${full.rowsPerSecond} rows/s (CSV ${full.csvSeconds.toFixed(0)} s, ` +
          `neo4j-admin ${full.importSeconds.toFixed(0)} s); the writer's full load: ${load.rowsPerSecond} rows/s ` +
          `(${load.seconds.toFixed(0)} s).`,
      );
    }

    const recorder = recordingDriver(db.driver);
    const app = createApp({
      driver: recorder.driver,
      database: undefined,
      config: { corsOrigins: [], graphiql: false, queryTimeoutMs: QUERY_TIMEOUT_MS, webDist: benchHome(tier) },
      logError: () => {},
    });
    const bench: Bench = {
      async graphql(query, variables) {
        const response = await app.yoga.fetch('http://bench.local/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        return response.text();
      },
      take: recorder.take,
      bare: db.driver,
      timeoutMs: QUERY_TIMEOUT_MS,
    };
    const measured = [];
    for (const shape of selected) {
      const result = await measureShape(bench, shape, args.repeat);
      measured.push(result);
      const figures =
        result.status === 'ok'
          ? `p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, bare p95 ${result.bareP95.toFixed(1)} ms, ${result.bytes} B`
          : `${result.status}: ${result.error}`;
      log(`${shape.name}: ${figures}`);
    }
    if (!comparison) return;
    const result: TierResult = {
      tier: tier.name,
      machine: describeMachine(db.version),
      graph: { nodes: load.nodes, relationships: load.relationships },
      // From the marker when an earlier run loaded the tier: the figures of that load.
      load: loaded.by === 'writer' ? load : undefined,
      comparison,
      bulkFull,
      repeats: args.repeat,
      shapes: measured,
    };
    log(`Results in ${saveResult(result)}.`);
    writeReport();
  } finally {
    await db.stop();
  }
}

/** The table of every tier with stored results, so T1 appears beside T0 whichever ran last. */
function writeReport(): void {
  const all = TIER_NAMES.map(readResult).filter((r): r is TierResult => r !== undefined);
  if (all.length === 0) throw new Error('No stored results: run a tier first.');
  writeResults(resultsMarkdown(all));
  log(`Table written to ${DOC}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
