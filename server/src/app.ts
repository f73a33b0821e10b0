import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createSchema, createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { ServerConfig } from './config.ts';
import { createContext, type GraphQLContext } from './context.ts';
import { createErrorMasker } from './errors.ts';
import { health, ready } from './http/health.ts';
import { serveStatic } from './http/static-files.ts';
import { queryLimits } from './query-limits.ts';
import type { ReadContext } from './neo4j/read.ts';
import { resolvers } from './resolvers/index.ts';

export const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema.graphql');

export interface AppOptions {
  driver: Driver;
  database: string | undefined;
  config: Pick<ServerConfig, 'corsOrigins' | 'graphiql' | 'queryTimeoutMs' | 'webDist'>;
  /** Where the detail of failures goes (never to the client); personal data is removed first. */
  logError?: (message: string) => void;
}

/** Builds the Yoga app and the HTTP handler around it; main.ts alone listens. */
export function createApp(options: AppOptions) {
  const read: ReadContext = {
    driver: options.driver,
    database: options.database,
    queryTimeoutMs: options.config.queryTimeoutMs,
  };
  const allowedOrigins = new Set(options.config.corsOrigins);
  const yoga = createYoga<object, GraphQLContext>({
    schema: createSchema<GraphQLContext>({ typeDefs: readFileSync(schemaFile, 'utf8'), resolvers }),
    context: () => createContext(read),
    graphqlEndpoint: '/graphql',
    graphiql: options.config.graphiql,
    multipart: false,
    // Yoga echoes any Origin when the list is empty, and answers an unlisted one with a listed
    // one; here an unlisted origin gets no CORS headers at all. Same-origin calls need none.
    cors: (request) => {
      const origin = request.headers.get('origin');
      if (!origin || !allowedOrigins.has(origin)) return false;
      return { origin, credentials: false, methods: ['GET', 'POST'] };
    },
    landingPage: false,
    logging: false,
    maskedErrors: { maskError: createErrorMasker(options.logError ?? ((message) => console.error(message))) },
    plugins: [
      // JSON posts are preflighted by browsers; simple requests (GET, forms) need this header.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      queryLimits(),
      // The CORS answer depends on the caller's Origin, so a shared cache must not reuse it for another.
      { onResponse: ({ response }) => response.headers.append('vary', 'Origin') },
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
