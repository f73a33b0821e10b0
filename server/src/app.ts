import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createSchema, createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { ServerConfig } from './config.ts';
import { createContext, type GraphQLContext } from './context.ts';
import { health, ready } from './http/health.ts';
import { serveStatic } from './http/static-files.ts';
import type { ReadContext } from './neo4j/read.ts';
import { resolvers } from './resolvers/index.ts';

export const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema.graphql');

export interface AppOptions {
  driver: Driver;
  database: string | undefined;
  config: Pick<ServerConfig, 'corsOrigins' | 'graphiql' | 'queryTimeoutMs' | 'webDist'>;
  /** Where internal errors go; never to the client. */
  logError?: (message: string) => void;
}

/** Builds the Yoga app and the HTTP handler around it; main.ts alone listens. */
export function createApp(options: AppOptions) {
  const read: ReadContext = {
    driver: options.driver,
    database: options.database,
    queryTimeoutMs: options.config.queryTimeoutMs,
  };
  const yoga = createYoga<{}, GraphQLContext>({
    schema: createSchema<GraphQLContext>({ typeDefs: readFileSync(schemaFile, 'utf8'), resolvers }),
    context: () => createContext(read),
    graphqlEndpoint: '/graphql',
    graphiql: options.config.graphiql,
    multipart: false,
    // Yoga's default echoes any Origin; only the listed origins (and same-origin) may call.
    cors: { origin: options.config.corsOrigins, credentials: false, methods: ['GET', 'POST'] },
    landingPage: false,
    logging: false,
    plugins: [
      // JSON posts are preflighted by browsers; simple requests (GET, forms) need this header.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        maxAliases: { n: 15 },
        maxDirectives: { n: 20 },
        maxTokens: { n: 2000 },
        costLimit: { maxCost: 6000 },
      }),
    ],
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/graphql') return yoga.handle(req, res);
    if (pathname === '/health') return health(read, res);
    if (pathname === '/ready') return ready(read, res);
    serveStatic(options.config.webDist, req, res);
  }

  return { yoga, handle };
}
