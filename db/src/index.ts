export { resolveNeo4j, type Neo4jTarget, type ResolveOptions } from './connection.ts';
export { LauncherError } from './errors.ts';
export { startManagedNeo4j, type ManagedNeo4jOptions, type RunningNeo4j } from './managed-neo4j.ts';
export { superviseManagedNeo4j, type Neo4jStatus, type SupervisedNeo4j } from './supervisor.ts';
export { readDbSettings, type DbSettings } from './settings.ts';
export { portSetting, setting } from './env.ts';
export { freePort } from './ports.ts';
export { javaProcessesFor } from './processes.ts';
export { repoRoot } from './paths.ts';
