import { createServer } from 'node:http';
import path from 'node:path';
import { resolveNeo4j } from '../../db/src/connection.ts';
import { LauncherError } from '../../db/src/errors.ts';
import { repoRoot } from '../../db/src/paths.ts';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { isGraphEmpty, neo4jInfo } from './data/health.ts';
import { createDriver } from './neo4j/driver.ts';

/** Reads the environment, connects to Neo4j, seeds an empty graph and listens. */
async function main(): Promise<void> {
  const config = readConfig(process.env, { webDist: path.join(repoRoot, 'web', 'dist') });
  const target = await resolveNeo4j(process.env);
  console.log(`Using ${target.origin}.`);
  const driver = createDriver(target);
  const read = { driver, database: target.database, queryTimeoutMs: config.queryTimeoutMs };

  let stopping = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping...`);
    server.close();
    server.closeAllConnections();
    await driver.close();
    await target.release();
    console.log('Stopped.');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const info = await neo4jInfo(read);
    console.log(`Neo4j ${info.version} ${info.edition} is reachable.`);
    if (await isGraphEmpty(read)) {
      const { loadSeedGraph } = await import('../../seed/src/index.ts');
      console.log('The graph is empty: loading the seed graph...');
      await loadSeedGraph(driver, { database: target.database });
    }
  } catch (error) {
    await target.release();
    await driver.close();
    throw new LauncherError(
      `Cannot use ${target.origin}: ${(error as Error).message}. Check NEO4J_URI, NEO4J_USERNAME and ` +
        'NEO4J_PASSWORD, or unset NEO4J_URI to let Cohort start its own Neo4j.',
    );
  }

  const { handle } = createApp({ driver, database: target.database, config });
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Request failed:', (error as Error).name);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? `port ${config.port} is already in use (set PORT)` : error.message;
    console.error(`Cannot listen on ${config.host}:${config.port}: ${reason}.`);
    void shutdown('error', 1);
  });
  server.listen(config.port, config.host, () => {
    console.log(`Cohort is running at http://${config.host}:${config.port}/ (GraphQL at /graphql). Ctrl-C stops it.`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof LauncherError ? error.message : error);
  process.exit(1);
});
