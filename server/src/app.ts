import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createSchema, createYoga, type YogaServerOptions } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { ServerConfig } from './config.ts';
import { createContext, type GraphQLContext } from './context.ts';
import { createErrorMasker } from './errors.ts';
import { logRequest, operationNames, type ServerContext } from './http/access-log.ts';
import { bundledGraphiQL } from './http/graphiql.ts';
import { malformedParamsAreBadRequests } from './http/graphql-params.ts';
import { health, ready } from './http/health.ts';
import { setSecurityHeaders } from './http/security-headers.ts';
import { staticFiles } from './http/static-files.ts';
import { createLogger, type Logger } from './log/logger.ts';
import { queryLimits } from './query-limits.ts';
import type { ReadContext } from './neo4j/read.ts';
import { resolvers } from './resolvers/index.ts';
import { writeAccess } from './writes/access.ts';
import { isMultipart, refuseUnauthenticated, uploadsOnly } from './writes/multipart.ts';

export const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema.graphql');

export interface AppOptions {
  driver: Driver;
  database: string | undefined;
  /**
   * Without a log level (tests, the browser tests' server), the app logs warnings and errors
   * only; `npm start` passes LOG_LEVEL, which defaults to one line per request.
   */
  config: Pick<ServerConfig, 'corsOrigins' | 'graphiql' | 'queryTimeoutMs' | 'webDist'> &
    Partial<Pick<ServerConfig, 'logLevel' | 'adminToken' | 'uploadLimitMb'>>;
  /** Where the access log and errors go; by default JSON lines on stdout at the configured level. */
  logger?: Logger;
  /** Where the detail of failures goes (never to the client); by default the logger, which removes personal data. */
  logError?: (message: string) => void;
}

/** Builds the Yoga app and the HTTP handler around it; main.ts alone listens. */
export function createApp(options: AppOptions) {
  const read: ReadContext = {
    driver: options.driver,
    database: options.database,
    queryTimeoutMs: options.config.queryTimeoutMs,
  };
  const logger = options.logger ?? createLogger(options.config.logLevel ?? 'warn');
  const logError = options.logError ?? ((message: string) => logger.error(message));
  const allowedOrigins = new Set(options.config.corsOrigins);
  const graphiql = bundledGraphiQL();
  const serveStatic = staticFiles(options.config.webDist);
  const { adminToken } = options.config;
  const schema = createSchema<GraphQLContext>({ typeDefs: readFileSync(schemaFile, 'utf8'), resolvers });
  const yogaOptions = {
    schema,
    context: ({ request }) => createContext(read, writeAccess(adminToken, request.headers.get('authorization'))),
    graphqlEndpoint: '/graphql',
    graphiql: options.config.graphiql,
    renderGraphiQL: graphiql.render,
    multipart: false,
    // Yoga's default is 25 MB; the longest query the limits let through is a few kB.
    maxRequestBodySize: 100_000,
    // Yoga echoes any Origin when the list is empty, and answers an unlisted one with a listed
    // one; here an unlisted origin gets no CORS headers at all. Same-origin calls need none.
    cors: (request) => {
      const origin = request.headers.get('origin');
      if (!origin || !allowedOrigins.has(origin)) return false;
      return { origin, credentials: false, methods: ['GET', 'POST'] };
    },
    landingPage: false,
    logging: false,
    maskedErrors: { maskError: createErrorMasker(logError) },
    plugins: [
      // JSON posts are preflighted by browsers; simple requests (GET, forms) need this header.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      malformedParamsAreBadRequests(),
      ...queryLimits(),
      operationNames(),
      graphiql.plugin,
      // The CORS answer depends on the caller's Origin, so a shared cache must not reuse it for another.
      { onResponse: ({ response }) => response.headers.append('vary', 'Origin') },
    ],
  } satisfies YogaServerOptions<ServerContext, GraphQLContext>;
  const yoga = createYoga<ServerContext, GraphQLContext>(yogaOptions);
  // Multipart requests (file uploads) go to an instance of their own, which only a server with
  // an admin token has: it takes larger bodies, and only the import mutations.
  const uploads = adminToken
    ? createYoga<ServerContext, GraphQLContext>({
        ...yogaOptions,
        multipart: true,
        maxRequestBodySize: (options.config.uploadLimitMb ?? 50) * 1024 * 1024,
        plugins: [...yogaOptions.plugins, uploadsOnly()],
      })
    : undefined;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const target = requestPath(req.url);
    const pathname = target?.path;
    // Decoded, so that the logger's scrubbing sees an escaped address or number as it is.
    const requestLog = logRequest(logger, req, res, target?.decoded ?? req.url ?? '');
    try {
      if (pathname === undefined) return plain(res, 400, 'Malformed path.');
      if (pathname === '/graphql' && uploads && isMultipart(req)) {
        // Refused before the body is read, so an unauthenticated client cannot make the server take in files.
        if (!writeAccess(adminToken, req.headers.authorization ?? null).authorized) return refuseUnauthenticated(res);
        return await uploads.handle(req, res, { requestLog });
      }
      if (pathname === '/graphql') return await yoga.handle(req, res, { requestLog });
      // Everything else is read-only.
      if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed.', 'GET, HEAD');
      if (pathname === '/health') return await health(read, res);
      if (pathname === '/ready') return await ready(read, res);
      serveStatic(req, res);
    } catch (error) {
      logError(`Request ${requestLog.id} failed: ${(error as Error).name}: ${(error as Error).message}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  }

  return { yoga, handle };
}

/**
 * The path of a request target, as sent and decoded; undefined when it is not one: not
 * starting with a slash, or with a `%` that does not start a valid UTF-8 escape.
 */
function requestPath(target: string | undefined): { path: string; decoded: string } | undefined {
  const path = (target ?? '').split('?')[0] ?? '';
  if (!path.startsWith('/')) return undefined;
  try {
    return { path, decoded: decodeURIComponent(path) };
  } catch {
    return undefined;
  }
}

function plain(res: ServerResponse, status: number, message: string, allow?: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    ...(allow ? { allow } : {}),
  });
  res.end(`${message}\n`);
}
