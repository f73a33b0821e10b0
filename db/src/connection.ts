import path from 'node:path';
import { readFileSync } from 'node:fs';
import { readRunningServer, startManagedNeo4j } from './managed-neo4j.ts';
import { readDbSettings } from './settings.ts';

/** Where to reach Neo4j, and how to let go of it afterwards. */
export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** A human-readable account of where this server came from, for start-up output. */
  origin: string;
  /** Stops the server when this process started it; otherwise does nothing. */
  release(): Promise<void>;
}

/**
 * NEO4J_URI set: that server, as it is. Otherwise the managed local server: reused when
 * `npm run db:start` already runs one, started (and later stopped) by this process if not.
 */
export async function resolveNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<Neo4jTarget> {
  const settings = readDbSettings(env);
  const { database, home } = settings;
  if (settings.uri) {
    return {
      uri: settings.uri,
      username: settings.username,
      password: settings.password,
      database,
      origin: `the Neo4j at ${settings.uri} (NEO4J_URI)`,
      release: async () => {},
    };
  }
  const running = readRunningServer(home);
  if (running) {
    return {
      uri: running.uri,
      username: 'neo4j',
      password: settings.password || readFileSync(path.join(home, 'password'), 'utf8').trim(),
      database,
      origin: `the managed Neo4j already running at ${running.uri} (pid ${running.pid}; npm run db:stop stops it)`,
      release: async () => {},
    };
  }
  const server = await startManagedNeo4j({ home, port: settings.boltPort, env });
  return {
    uri: server.uri,
    username: server.username,
    password: server.password,
    database,
    origin: `a managed Neo4j 5.26 Community at ${server.uri} (data in ${home})`,
    release: () => server.stop(),
  };
}
