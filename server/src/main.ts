import { LauncherError, resolveNeo4j } from '@cohort/db';
import { SeedValidationError, seedEmptyGraph } from '@cohort/seed';
import { createApp } from './app.ts';
import { ConfigError, readConfig } from './config.ts';
import { neo4jInfo } from './data/health.ts';
import { listen, ListenError } from './http/listen.ts';
import { createDriver } from './neo4j/driver.ts';
import { Shutdown } from './shutdown.ts';

/** `npm start`: reads the settings, finds or starts Neo4j, seeds an empty graph and listens. */
async function main(shutdown: Shutdown): Promise<void> {
  const config = readConfig(process.env);

  const target = await resolveNeo4j(process.env);
  shutdown.add(() => target.release());
  console.log(`Using ${target.origin}.`);
  const driver = createDriver(target);
  shutdown.add(() => driver.close());

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

const shutdown = new Shutdown();
main(shutdown).catch(async (error: unknown) => {
  const known = [LauncherError, SeedValidationError, ConfigError, ListenError].some((kind) => error instanceof kind);
  console.error(known ? (error as Error).message : error);
  await shutdown.run('error', 1);
});
