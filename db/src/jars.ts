import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LauncherError } from './errors.ts';
import { dbDir, libDir, pomFile } from './paths.ts';

/** The Neo4j version pinned in db/pom.xml. */
export function pinnedVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomFile, 'utf8'));
  if (!match?.[1]) throw new LauncherError(`${pomFile} does not pin <neo4j.version>.`);
  return match[1];
}

const stampFile = path.join(libDir, '.version');

/**
 * Makes sure the pinned Neo4j jars are in db/.cache/lib, fetching them with Maven on first use
 * (or after the pin changes). Returns the classpath glob.
 */
export function ensureJars(log: (line: string) => void = console.log): string {
  const version = pinnedVersion();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === version) {
    return path.join(libDir, '*');
  }
  log(`Fetching Neo4j ${version} Community with Maven (first run only; about 120 MB)...`);
  const mvn = spawnSync('mvn', ['-q', '-B', 'dependency:copy-dependencies'], {
    cwd: dbDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (mvn.error) {
    throw new LauncherError(
      'Maven (mvn) was not found; it fetches the Neo4j jars on first use. Install Maven ' +
        '(the maven package) or set NEO4J_URI to use a Neo4j server you already run (docker compose up neo4j).',
    );
  }
  if (mvn.status !== 0) {
    const output = `${mvn.stdout}${mvn.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new LauncherError(
      `Maven could not fetch Neo4j ${version} (exit ${mvn.status}). Check network access to Maven ` +
        `Central and db/pom.xml. Maven said:\n${output}`,
    );
  }
  writeFileSync(stampFile, `${version}\n`);
  return path.join(libDir, '*');
}
