import path from 'node:path';
import { readFileSync } from 'node:fs';
import { readDbSettings } from './settings.ts';
import { liveOwner, readRunningServer } from './state-file.ts';
import { superviseManagedNeo4j, type Neo4jStatus } from './supervisor.ts';

/** Where to reach Neo4j, and how to let go of it afterwards. */
export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** A human-readable account of where this server came from, for start-up output. */
  origin: string;
  /** `restarting` while the Neo4j this process started is being restarted after a crash. */
  status(): Neo4jStatus;
  /** Stops the server when this process started it; otherwise does nothing. */
  release(): Promise<void>;
}

export interface ResolveOptions {
  /** Aborting it while Neo4j starts stops the Java being started; the promise then rejects. */
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/**
 * NEO4J_URI set: that server, as it is. Otherwise the managed local server: reused when
 * `npm run db:start` already runs one, started, watched and restarted after a crash (and
 * later stopped) by this process if not.
 */
export async function resolveNeo4j(
  env: NodeJS.ProcessEnv = process.env,
  options: ResolveOptions = {},
): Promise<Neo4jTarget> {
  const settings = readDbSettings(env);
  const { database, home } = settings;
  const notOurs = { status: (): Neo4jStatus => 'running', release: async () => {} };
  if (settings.uri) {
    return {
      uri: settings.uri,
      username: settings.username,
      password: settings.password,
      database,
      origin: `the Neo4j at ${settings.uri} (NEO4J_URI)`,
      ...notOurs,
    };
  }
  const running = readRunningServer(home);
  if (running) {
    const owner = liveOwner(running);
    const stopsIt = owner ? `it stops with the process ${owner} that started it` : 'npm run db:stop stops it';
    return {
      uri: running.uri,
      username: 'neo4j',
      password: settings.password || readFileSync(path.join(home, 'password'), 'utf8').trim(),
      database,
      origin: `the managed Neo4j already running at ${running.uri} (pid ${running.pid}; ${stopsIt})`,
      ...notOurs,
    };
  }
  const server = await superviseManagedNeo4j({ home, port: settings.boltPort, env, ...options });
  return {
    uri: server.uri,
    username: server.username,
    password: server.password,
    database,
    origin: `a managed Neo4j 5.26 Community at ${server.uri} (data in ${home})`,
    status: () => server.status(),
    release: () => server.stop(),
  };
}
