import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built client, where `npm run build` puts it. */
const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

/** A setting with a value the server cannot use; the message names it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

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

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const port = integer(env.PORT, 4000, 'PORT');
  return {
    port,
    host: env.HOST || '127.0.0.1',
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    graphiql: env.GRAPHIQL ? env.GRAPHIQL === 'true' : env.NODE_ENV !== 'production',
    queryTimeoutMs: integer(env.QUERY_TIMEOUT_MS, 5000, 'QUERY_TIMEOUT_MS'),
    webDist: env.WEB_DIST || DEFAULT_WEB_DIST,
  };
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new ConfigError(`${name} must be a non-negative integer, not "${value}".`);
  }
  return parsed;
}
