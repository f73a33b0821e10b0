import type { TypedDocumentString } from './generated.ts';

/** What went wrong, in the terms the user can act on. */
export type Failure = 'offline' | 'database' | 'timeout' | 'server' | 'request';

export class ApiError extends Error {
  readonly failure: Failure;

  constructor(failure: Failure, message: string) {
    super(message);
    this.name = 'ApiError';
    this.failure = failure;
  }
}

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const ENDPOINT = '/graphql';
// Longer than the server's own query timeout, so a slow query reports the server's error, not ours.
const TIMEOUT_MS = 15_000;

const MESSAGES: Record<Failure, string> = {
  offline: 'Cannot reach the Cohort server. Check that it is running (npm start), then retry.',
  database: 'The server is up but its database is not answering. Check Neo4j, then retry.',
  timeout: 'The server took too long to answer. Retry, or ask for less (fewer neighbours, fewer hops).',
  server: 'The server failed to answer this request. Retry; if it keeps failing, see the server log.',
  request: 'The server refused this request.',
};

/** The one place the client talks HTTP: posts an operation and returns its typed data. */
export async function request<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<R> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw failure(timeout.aborted ? 'timeout' : 'offline');
  }

  let body: GraphQLResponse<R>;
  try {
    body = (await response.json()) as GraphQLResponse<R>;
  } catch {
    throw failure(response.status >= 500 ? 'server' : 'offline');
  }
  const errors = body.errors ?? [];
  if (errors.length > 0 || !body.data) {
    const codes = errors.map((e) => e.extensions?.code ?? '');
    if (response.status === 503 || codes.some((c) => /UNAVAILABLE|DATABASE/.test(c))) throw failure('database');
    if (codes.some((c) => /TIMEOUT/.test(c))) throw failure('timeout');
    if (codes.some((c) => /BAD_USER_INPUT|NOT_FOUND|GRAPHQL_VALIDATION_FAILED/.test(c))) {
      throw new ApiError('request', errors[0]?.message ?? MESSAGES.request);
    }
    throw failure('server');
  }
  return body.data;
}

function failure(kind: Failure): ApiError {
  return new ApiError(kind, MESSAGES[kind]);
}

/** The message to show for anything a request threw. */
export function messageFor(error: unknown): string {
  return error instanceof ApiError ? error.message : MESSAGES.server;
}
