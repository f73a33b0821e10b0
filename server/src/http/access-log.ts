import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../log/logger.ts';

/** What the access log learns about a request while it is handled. */
export interface RequestLog {
  id: string;
  operation?: string;
}

/** Yoga's server context: the request's log entry travels in it to the plugin below. */
export interface ServerContext {
  requestLog?: RequestLog;
}

/**
 * Starts the access-log entry of a request and writes it, as one line, once the response is
 * done or the client has gone. The id is sent back as X-Request-Id so that a report of a
 * failure can be matched to its line. Only the path is logged: a query string can carry a
 * GraphQL request's variables.
 */
export function logRequest(logger: Logger, req: IncomingMessage, res: ServerResponse, path: string): RequestLog {
  const started = performance.now();
  const entry: RequestLog = { id: randomUUID() };
  res.setHeader('x-request-id', entry.id);
  res.once('close', () => {
    logger.info(
      {
        reqId: entry.id,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        operation: entry.operation,
        aborted: res.writableFinished ? undefined : true,
      },
      'request',
    );
  });
  return entry;
}

/** Names the GraphQL operation in the access log: the one asked for, or the document's own. */
export function operationNames(): Plugin<object, ServerContext> {
  return {
    onParse({ context }) {
      return ({ result }) => {
        const { requestLog, params } = context as ServerContext & { params?: { operationName?: string } };
        if (!requestLog) return;
        const named = result && !(result instanceof Error) ? getOperationAST(result, params?.operationName) : null;
        requestLog.operation = named?.name?.value ?? params?.operationName;
      };
    },
  };
}
