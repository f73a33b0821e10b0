import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, startManagedNeo4j } from '@cohort/db';
import { createDriver } from '@cohort/server';
import { writeDblpDump } from './dblp-dump.ts';

/*
 * How much memory `npm run import` takes on a large DBLP dump: made-up dumps of two or more
 * sizes are each imported into an empty Neo4j of the bench's own by `npm run import` in a child
 * process, whose peak resident set (VmHWM, sampled from /proc: Linux only) and records per
 * second are printed. Flat peaks across sizes mean the import streams.
 *
 *   npm run import-memory --workspace bench -- [publications ...]   (default: 25000 100000)
 */

const home = path.join(repoRoot, '.cohort', 'bench-import-memory');
const SAMPLE_MS = 250;

/** The peak resident set of a running process so far, in MiB. */
function peakRss(pid: number): number | undefined {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Number(kib) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** A process and all its descendants, read from /proc. */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // Gone already.
  }
  return [pid, ...children.flatMap(processTree)];
}

/**
 * Runs `npm run import` as a user would, so the figure includes whatever options that script
 * gives Node; the peak is the largest of the processes npm starts (the import itself).
 */
async function importAndMeasure(file: string, env: NodeJS.ProcessEnv) {
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', 'import', '--', file, '--dataset', 'dblp'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peak = 0;
  const sample = () => {
    for (const pid of processTree(child.pid!)) peak = Math.max(peak, peakRss(pid) ?? 0);
  };
  const sampler = setInterval(sample, SAMPLE_MS);
  const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(sampler);
  if (status !== 0) throw new Error(`The import of ${file} failed (status ${status}):\n${output}`);
  const records = Number(/: (\d+) records read/.exec(output)?.[1] ?? 0);
  return { seconds: (Date.now() - started) / 1000, peak, records };
}

const sizes = process.argv.slice(2).map(Number);
mkdirSync(home, { recursive: true });
const neo4j = await startManagedNeo4j({
  home: path.join(home, 'neo4j'),
  port: 0,
  heap: '2g',
  pageCache: '1g',
  transactionTimeout: '300s',
  startTimeoutMs: 300_000,
  log: () => {},
});
const driver = createDriver(neo4j);
// Ctrl-C stops the child import with this process; this Neo4j must go too.
const stopOnSignal = () => void neo4j.stop().finally(() => process.exit(130));
process.once('SIGINT', stopOnSignal);
process.once('SIGTERM', stopOnSignal);
try {
  for (const publications of sizes.length > 0 ? sizes : [25_000, 100_000]) {
    const file = path.join(home, `dblp-${publications}.xml`);
    await writeDblpDump(file, publications);
    const session = driver.session();
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    await session.close();
    const env = {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
    };
    const run = await importAndMeasure(file, env);
    const mib = (statSync(file).size / 2 ** 20).toFixed(0);
    console.log(
      `${publications} publications (${mib} MiB, ${run.records} records): peak RSS ${run.peak.toFixed(0)} MiB, ` +
        `${run.seconds.toFixed(0)} s, ${Math.round(run.records / run.seconds)} records/s`,
    );
  }
} finally {
  await driver.close();
  await neo4j.stop();
}
