/** Everything the server reads from the environment, read once by main.ts. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Origins allowed to call the API from a browser; the app's own origin needs no entry. */
  corsOrigins: string[];
  graphiql: boolean;
  /** Every read transaction is cut off after this long. */
  queryTimeoutMs: number;
  webDist: string;
}

export function readConfig(env: NodeJS.ProcessEnv, defaults: { webDist: string }): ServerConfig {
  const port = integer(env.PORT, 4000, 'PORT');
  return {
    port,
    host: env.HOST || '127.0.0.1',
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    graphiql: env.GRAPHIQL ? env.GRAPHIQL === 'true' : env.NODE_ENV !== 'production',
    queryTimeoutMs: integer(env.QUERY_TIMEOUT_MS, 5000, 'QUERY_TIMEOUT_MS'),
    webDist: env.WEB_DIST || defaults.webDist,
  };
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} must be a non-negative integer, not "${value}".`);
  }
  return parsed;
}
