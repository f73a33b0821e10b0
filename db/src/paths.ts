import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root: everything the managed Neo4j keeps lives under it. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dbDir = path.join(repoRoot, 'db');
export const pomFile = path.join(dbDir, 'pom.xml');
/** Jars fetched by Maven; ignored by git. */
export const libDir = path.join(dbDir, '.cache', 'lib');
/** The default home of the managed server: conf, data, logs, password. Ignored by git. */
export const defaultHome = path.join(repoRoot, '.cohort', 'neo4j');
