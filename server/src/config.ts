import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setting } from '@cohort/db';
import { LOG_LEVELS, type LogLevel } from './log/logger.ts';

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
  /** The GraphiQL IDE at /graphql: off unless asked for, as it is a development tool. */
  graphiql: boolean;
  /** How much the server logs: one line per request at `info`. */
  logLevel: LogLevel;
  /** Every read transaction is cut off after this long. */
  queryTimeoutMs: number;
  webDist: string;
  /** Writes (the Mutation fields, uploads) need this token; without it the server only reads. */
  adminToken?: string;
  /** The largest upload, in MB, the import mutations take. */
  uploadLimitMb: number;
}

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const port = integer(env.PORT, 4000, 'PORT');
  return {
    port,
    host: env.HOST || '127.0.0.1',
    corsOrigins: (setting(env, 'COHORT_CORS_ORIGINS', 'CORS_ORIGINS') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    graphiql: flag(setting(env, 'COHORT_GRAPHIQL', 'GRAPHIQL'), 'COHORT_GRAPHIQL'),
    logLevel: logLevel(env.LOG_LEVEL),
    queryTimeoutMs: integer(
      setting(env, 'COHORT_QUERY_TIMEOUT_MS', 'QUERY_TIMEOUT_MS'),
      5000,
      'COHORT_QUERY_TIMEOUT_MS',
    ),
    webDist: setting(env, 'COHORT_WEB_DIST', 'WEB_DIST') ?? DEFAULT_WEB_DIST,
    adminToken: adminToken(setting(env, 'COHORT_ADMIN_TOKEN')),
    uploadLimitMb: integer(setting(env, 'COHORT_UPLOAD_LIMIT_MB'), 50, 'COHORT_UPLOAD_LIMIT_MB'),
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

/** `true` or `false`; unset means false, and anything else is refused rather than guessed at. */
function flag(value: string | undefined, name: string): boolean {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new ConfigError(`${name} must be true or false, not "${value}".`);
}

/** A token short enough to guess would make writes open to anyone who tries. */
function adminToken(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.length < 16) {
    throw new ConfigError(`COHORT_ADMIN_TOKEN must be at least 16 characters; it has ${value.length}.`);
  }
  return value;
}

function logLevel(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'info';
  const level = LOG_LEVELS.find((known) => known === value.toLowerCase());
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${value}".`);
  return level;
}
