import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LauncherError } from './errors.ts';
import { mavenCommand, runMaven, type Transfer } from './maven.ts';
import { dbDir, libDir, pomFile } from './paths.ts';

/** The Neo4j version pinned in db/pom.xml. */
export function pinnedVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomFile, 'utf8'));
  if (!match?.[1]) throw new LauncherError(`${pomFile} does not pin <neo4j.version>.`);
  return match[1];
}

const stampFile = path.join(libDir, '.version');

export interface FetchOptions {
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Aborting it stops Maven. */
  signal?: AbortSignal;
}

/**
 * Makes sure the pinned Neo4j jars are in db/.cache/lib, fetching them with Maven on first use
 * (or after the pin changes). Returns the classpath glob.
 */
export async function ensureJars(options: FetchOptions = {}): Promise<string> {
  const { log = console.log, env = process.env } = options;
  const version = pinnedVersion();
  const classpath = path.join(libDir, '*');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === version) return classpath;

  const maven = mavenCommand(env);
  if (maven.wrapper) log('No mvn on PATH, so db/mvnw runs Maven (fetching it once, about 9 MB).');
  log(`Fetching Neo4j ${version} Community with Maven (first run only; about 120 MB)...`);
  // Batch mode without -q: Maven then reports each file it downloads, which is the progress shown.
  const result = await runMaven(maven, ['-B', 'dependency:copy-dependencies'], {
    cwd: dbDir,
    env,
    signal: options.signal,
    onProgress: (transfer) => log(`  ${describe(transfer)} so far...`),
  });
  if (options.signal?.aborted) throw new LauncherError('The fetch of Neo4j was interrupted.');
  if (result.code !== 0) {
    const hint = maven.wrapper ? ' db/mvnw needs curl or wget (or a JDK) to fetch Maven; or install Maven.' : '';
    throw new LauncherError(
      `Maven could not fetch Neo4j ${version} (${result.code === undefined ? 'it did not run' : `exit ${result.code}`}). ` +
        `Check network access to Maven Central and db/pom.xml.${hint} ` +
        'Or set NEO4J_URI to use a Neo4j server you already run (docker compose up neo4j). ' +
        `Maven said:\n${result.lastLines.slice(-15).join('\n')}`,
    );
  }
  writeFileSync(stampFile, `${version}\n`);
  const jars = readdirSync(libDir).filter((name) => name.endsWith('.jar')).length;
  log(`Fetched Neo4j ${version}: ${jars} jars in db/.cache/lib (${describe(result.transfer)}).`);
  return classpath;
}

function describe({ files, bytes }: Transfer): string {
  return `${files} files downloaded, ${(bytes / 1e6).toFixed(1)} MB`;
}
