import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LauncherError } from './errors.ts';

const SUPPORTED = [17, 21];

/** Finds the java binary (JAVA_HOME first, then PATH) and checks Neo4j 5.26 can run on it. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string {
  const javaHome = env.JAVA_HOME;
  let java = 'java';
  if (javaHome) {
    java = path.join(javaHome, 'bin', 'java');
    if (!existsSync(java)) {
      throw new LauncherError(
        `JAVA_HOME is set to ${javaHome}, but there is no bin/java in it. ` +
          'Point JAVA_HOME at a Java 17 or 21 installation, or unset it to use java from PATH ' +
          '(or set NEO4J_URI to use a Neo4j server you already run, e.g. with docker compose).',
      );
    }
  }
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8', env });
  if (probe.error) {
    throw new LauncherError(
      'Java was not found. Install Java 17 or 21 (for example the openjdk-17-jre-headless package) ' +
        'or set JAVA_HOME; or set NEO4J_URI to use a Neo4j server you already run (docker compose up neo4j).',
    );
  }
  const version = parseJavaMajor(`${probe.stderr}${probe.stdout}`);
  if (version === undefined || !SUPPORTED.includes(version)) {
    throw new LauncherError(
      `Neo4j 5.26 needs Java 17 or 21, but ${java} is Java ${version ?? 'of unknown version'}. ` +
        'Set JAVA_HOME to a Java 17 or 21 installation.',
    );
  }
  return java;
}

/** `openjdk version "17.0.15"` -> 17; `java version "1.8.0_392"` -> 8. */
export function parseJavaMajor(versionText: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionText);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}
