import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { LauncherError } from './errors.ts';
import { ensureJars } from './jars.ts';
import { findJava } from './java.ts';
import { javaProcessesFor } from './processes.ts';
import type { DbSettings } from './settings.ts';

/** The CSV files of a first import, in neo4j-admin's header format, each file with its own header. */
export interface ImportSources {
  nodes: { labels: string[]; file: string }[];
  relationships: { type: string; file: string }[];
  /** A character no array element contains. */
  arrayDelimiter: string;
  /** Some quoted value holds a line break: the tool then reads fields across lines, more slowly. */
  multilineFields: boolean;
}

export interface AdminImportOptions {
  env?: NodeJS.ProcessEnv;
  /** Receives the tool's own output, line by line: its progress and its summary. */
  log?: (line: string) => void;
  /** Heap of the import tool; its JVM's default otherwise. */
  heap?: string;
  signal?: AbortSignal;
}

const TOOL = 'org.neo4j.cli.AdminTool';
/** Lines of the tool's output kept for the message when it fails. */
const KEPT_LINES = 30;

const unicode = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export function adminImportArguments(database: string, sources: ImportSources, reportFile: string): string[] {
  return [
    'database',
    'import',
    'full',
    // Before the options: --nodes and --relationships take every word that follows them.
    database,
    // The caller has made sure the database is empty, and its store is moved aside (keepStore).
    '--overwrite-destination=true',
    '--bad-tolerance=0',
    `--array-delimiter=${unicode(sources.arrayDelimiter)}`,
    `--multiline-fields=${sources.multilineFields}`,
    `--report-file=${reportFile}`,
    ...sources.nodes.map(({ labels, file }) => `--nodes=${labels.join(':')}=${file}`),
    ...sources.relationships.map(({ type, file }) => `--relationships=${type}=${file}`),
  ];
}

/**
 * Runs `neo4j-admin database import full` on the managed Neo4j's store, with its conf, while
 * that Neo4j is stopped: the database is replaced by what the files hold. Resolves with the
 * seconds the tool took; rejects with the tool's last words when it fails.
 */
export async function importDatabase(
  settings: Pick<DbSettings, 'home' | 'database'>,
  sources: ImportSources,
  options: AdminImportOptions = {},
): Promise<{ seconds: number }> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const home = path.resolve(settings.home);
  const confDir = path.join(home, 'conf');
  if (!existsSync(path.join(confDir, 'neo4j.conf'))) {
    throw new LauncherError(
      `No managed Neo4j has run from ${home} yet (there is no conf/neo4j.conf): start it once before an import.`,
    );
  }
  const running = javaProcessesFor(home);
  if (running.length > 0) {
    throw new LauncherError(
      `A Neo4j is running from ${home} (pid ${running.join(', ')}): neo4j-admin import needs it stopped.`,
    );
  }
  if (sources.nodes.length === 0) throw new LauncherError('neo4j-admin import needs at least one node file.');
  const java = findJava(env);
  const classpath = await ensureJars({ log, env, signal: options.signal });
  const logsDir = path.join(home, 'logs');
  mkdirSync(logsDir, { recursive: true });
  const database = settings.database ?? 'neo4j';
  const args = [
    ...(options.heap ? [`-Xms${options.heap}`, `-Xmx${options.heap}`] : []),
    '-Dfile.encoding=UTF-8',
    '-cp',
    classpath,
    TOOL,
    ...adminImportArguments(database, sources, path.join(logsDir, 'import.report')),
  ];
  const lastLines: string[] = [];
  const keep = (line: string) => {
    lastLines.push(line);
    if (lastLines.length > KEPT_LINES) lastLines.shift();
    log(line);
  };
  const started = performance.now();
  const kept = keepStore(home, database);
  let outcome: string | undefined = 'interrupted';
  try {
    outcome = await runTool(java, args, { home, confDir, env, signal: options.signal }, keep);
  } finally {
    kept.settle(outcome === undefined);
  }
  if (outcome !== undefined) {
    throw new LauncherError(
      `neo4j-admin database import into "${database}" at ${home} failed (${outcome}); the database is as it was. ` +
        `It said:\n${lastLines.join('\n')}`,
    );
  }
  return { seconds: (performance.now() - started) / 1000 };
}

/**
 * Moves the database's store and transaction logs aside for the import. A failed import leaves
 * a store Neo4j cannot start (its logs are gone): the old one is then put back; after a good
 * one it is deleted.
 */
function keepStore(home: string, database: string) {
  const aside = path.join(home, 'data', `before-import-${process.pid}`);
  const places = ['databases', 'transactions'].map((folder) => ({
    live: path.join(home, 'data', folder, database),
    kept: path.join(aside, folder),
  }));
  mkdirSync(aside, { recursive: true });
  for (const { live, kept } of places) if (existsSync(live)) renameSync(live, kept);
  return {
    settle(imported: boolean) {
      if (!imported) {
        for (const { live, kept } of places) {
          rmSync(live, { recursive: true, force: true });
          if (existsSync(kept)) renameSync(kept, live);
        }
      }
      rmSync(aside, { recursive: true, force: true });
    },
  };
}

interface ToolRun {
  home: string;
  confDir: string;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal | undefined;
}

/** Resolves undefined when the tool succeeded, else how it ended. */
async function runTool(java: string, args: string[], run: ToolRun, line: (text: string) => void) {
  const child = spawn(java, args, {
    cwd: run.home,
    env: { ...run.env, NEO4J_HOME: run.home, NEO4J_CONF: run.confDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    signal: run.signal,
  });
  createInterface({ input: child.stdout }).on('line', line);
  createInterface({ input: child.stderr }).on('line', line);
  return new Promise<string | undefined>((resolve) => {
    child.once('error', (error) => resolve(error.message));
    child.once('close', (code, signal) =>
      resolve(code === 0 ? undefined : signal ? `signal ${signal}` : `exit code ${code}`),
    );
  });
}
