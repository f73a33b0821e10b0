import path from 'node:path';
import { portSetting, setting } from './env.ts';
import { defaultHome } from './paths.ts';

/** Every Neo4j setting Cohort reads from the environment, read here and nowhere else. */
export interface DbSettings {
  /** An external server; undefined means the managed local one. */
  uri: string | undefined;
  username: string;
  /** Empty when not set: the managed server then generates and keeps its own. */
  password: string;
  database: string | undefined;
  /** The managed server's home: conf, data, logs, password and state file. */
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  transactionTimeout: string;
}

export function readDbSettings(env: NodeJS.ProcessEnv = process.env): DbSettings {
  return {
    uri: env.NEO4J_URI || undefined,
    username: env.NEO4J_USERNAME || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
    home: path.resolve(env.COHORT_NEO4J_HOME || defaultHome),
    boltPort: portSetting(setting(env, 'COHORT_NEO4J_BOLT_PORT', 'NEO4J_BOLT_PORT'), 7687, 'COHORT_NEO4J_BOLT_PORT'),
    heap: setting(env, 'COHORT_NEO4J_HEAP', 'NEO4J_HEAP') ?? '512m',
    pageCache: setting(env, 'COHORT_NEO4J_PAGECACHE', 'NEO4J_PAGECACHE') ?? '128m',
    transactionTimeout: setting(env, 'COHORT_NEO4J_TX_TIMEOUT', 'NEO4J_TX_TIMEOUT') ?? '30s',
  };
}
