import { LauncherError } from '@cohort/db';
import { SeedValidationError, seedEmptyGraph } from '@cohort/seed';
import { createApp } from './app.ts';
import { ConfigError, readConfig } from './config.ts';
import { neo4jInfo } from './data/health.ts';
import { listen, ListenError } from './http/listen.ts';
import { Shutdown } from './shutdown.ts';
import { connectNeo4j } from './supervise/neo4j.ts';

/** `npm start`: reads the settings, finds or starts Neo4j, seeds an empty graph and listens. */
async function main(shutdown: Shutdown): Promise<void> {
  const config = readConfig(process.env);

  const { target, driver } = await connectNeo4j(process.env, shutdown, { queryTimeoutMs: config.queryTimeoutMs });
  console.log(`Using ${target.origin}.`);

  const info = await neo4jInfo({ driver, database: target.database, queryTimeoutMs: config.queryTimeoutMs }).catch(
    (error: unknown) => {
      throw new LauncherError(
        `Cannot use ${target.origin}: ${(error as Error).message}. Check NEO4J_URI, NEO4J_USERNAME and ` +
          'NEO4J_PASSWORD, or unset NEO4J_URI to let Cohort start its own Neo4j.',
      );
    },
  );
  console.log(`Neo4j ${info.version} ${info.edition} is reachable.`);
  await seedEmptyGraph(driver, { database: target.database, log: console.log });

  const app = createApp({ driver, database: target.database, config });
  const server = await listen(app.handle, config);
  shutdown.add(() => server.close());
  console.log(`Cohort is running at ${server.url}/ (GraphQL at /graphql). Ctrl-C stops it.`);
}

// Constructed first: its signal handlers must be in place before Neo4j starts.
const shutdown = new Shutdown();
main(shutdown).catch(async (error: unknown) => {
  // A start-up step cut short by a signal fails as a matter of course; the signal's stop says
  // why. A Ctrl-C reaches Java too, and its failure may arrive before the signal itself.
  await new Promise((resolve) => setTimeout(resolve, 200));
  if (shutdown.signal.aborted) return;
  const known = [LauncherError, SeedValidationError, ConfigError, ListenError].some((kind) => error instanceof kind);
  console.error(known ? (error as Error).message : error);
  await shutdown.run('error', 1);
});
