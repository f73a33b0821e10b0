import path from 'node:path';
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { LauncherError } from './errors.ts';
import { startManagedNeo4j } from './managed-neo4j.ts';
import { killAndWait } from './processes.ts';
import { readDbSettings } from './settings.ts';
import { liveOwner, readRunningServer, removeStaleStateFile, removeStateFile } from './state-file.ts';

const settings = readDbSettings();
const { home } = settings;

async function start(): Promise<void> {
  const server = await startManagedNeo4j({ home, port: settings.boltPort, detached: true });
  console.log(`Running in the background. Connect with NEO4J_URI=${server.uri} NEO4J_USERNAME=neo4j`);
  console.log(`and the password in ${path.join(home, 'password')}. Stop it with npm run db:stop.`);
}

async function stop(): Promise<void> {
  // Only a pid that is still a Neo4j of this home is signalled; any other is left alone.
  const state = readRunningServer(home);
  if (!state) {
    const stale = removeStaleStateFile(home) ? ' (removed a stale state file)' : '';
    console.log(`No managed Neo4j is running${stale}.`);
    return;
  }
  const owner = liveOwner(state);
  if (owner) {
    throw new LauncherError(
      `The managed Neo4j (pid ${state.pid}) belongs to the process ${owner} that started it (npm start), ` +
        'which stops it when it ends: stop that one (Ctrl-C) instead.',
    );
  }
  await killAndWait(state.pid);
  removeStateFile(home, state.pid);
  console.log(`Stopped the managed Neo4j (pid ${state.pid}).`);
}

async function status(): Promise<void> {
  const state = readRunningServer(home);
  if (!state) {
    console.log('No managed Neo4j is running. npm run db:start starts one.');
    process.exitCode = 3;
    return;
  }
  const password = settings.password || readFileSync(path.join(home, 'password'), 'utf8').trim();
  const driver = neo4j.driver(state.uri, neo4j.auth.basic('neo4j', password));
  try {
    const info = await driver.getServerInfo();
    console.log(`Running: pid ${state.pid}, ${state.uri}, ${info.agent ?? 'Neo4j'}, data in ${home}.`);
  } finally {
    await driver.close();
  }
}

const commands: Record<string, () => Promise<void>> = { start, stop, status };
const command = commands[process.argv[2] ?? ''];
if (!command) {
  console.error('Usage: db/src/cli.ts start|stop|status');
  process.exit(2);
}
command().catch((error: unknown) => {
  console.error(error instanceof LauncherError ? error.message : error);
  process.exit(1);
});
