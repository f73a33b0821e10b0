import { createApp } from '@cohort/server';
import { parseArgs } from './args.ts';
import { syntheticGraph } from './generate/graph.ts';
import { loadBulk, type BulkFigures } from './load/bulk-load.ts';
import { compareLoads } from './load/compare.ts';
import { markLoaded, readLoaded } from './load/loaded.ts';
import { loadWithWriter } from './load/writer-load.ts';
import { describeMachine } from './machine.ts';
import { benchHome, startBenchDatabase } from './neo4j.ts';
import { resultsMarkdown } from './report/markdown.ts';
import { DOC, writeResults } from './report/write-doc.ts';
import { readResult, saveResult, type TierResult } from './results.ts';
import { measureShape, type Bench } from './run/measure.ts';
import { recordingDriver } from './run/recording-driver.ts';
import { shapes } from './run/shapes.ts';
import { TIER_NAMES, TIERS } from './tiers.ts';

const log = (line: string) => console.log(line);

/** The server's default read timeout: the bench measures the API as configured out of the box. */
const QUERY_TIMEOUT_MS = 5_000;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.report) return writeReport();
  const tier = TIERS[args.tier];
  const graph = syntheticGraph(tier);
  log(`Tier ${tier.name}: ${tier.people} people, ${graph.nodeCount} nodes; Neo4j home ${benchHome(tier)}.`);
  const db = await startBenchDatabase(tier, log);
  const stopOnSignal = () => void db.stop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    let load = readLoaded(db.neo4j.home);
    if (!load) {
      // About 16 relationships a person: only the progress bar uses this estimate.
      const expectedRows = graph.nodeCount + tier.people * 16;
      load = await loadWithWriter(
        db.driver,
        { nodes: graph.nodes(), relationships: graph.relationships(), expectedRows },
        `bench-${tier.name.toLowerCase()}`,
        tier.sliceSize,
        `load ${tier.name}`,
      );
      markLoaded(db.neo4j.home, load);
      log(`Loaded ${load.nodes} nodes and ${load.relationships} relationships in ${load.seconds.toFixed(0)} s.`);
    } else log(`${tier.name} was loaded by an earlier run (${load.nodes} nodes, ${load.relationships} relationships).`);

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

    let bulkFull: BulkFigures | undefined;
    if (args.bulkFull) {
      log(`Bulk load of the whole ${tier.name} graph into an empty Neo4j of its own...`);
      const full = (bulkFull = await loadBulk(tier, [...graph.nodes()], [...graph.relationships()], log));
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
      load,
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
