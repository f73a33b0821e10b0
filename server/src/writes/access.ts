import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';

/** What a request may do: write only when the server has a token and the request carries it. */
export interface WriteAccess {
  enabled: boolean;
  authorized: boolean;
}

export const NO_WRITES: WriteAccess = { enabled: false, authorized: false };

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Compares the request's bearer token with the configured one in constant time: both are hashed
 * first, so neither their contents nor their lengths show in how long the comparison takes.
 */
export function writeAccess(adminToken: string | undefined, authorization: string | null): WriteAccess {
  if (!adminToken) return NO_WRITES;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const offered = match?.[1] ?? '';
  return { enabled: true, authorized: timingSafeEqual(digest(offered), digest(adminToken)) && offered !== '' };
}

export const WRITES_DISABLED_MESSAGE =
  'Writes are disabled on this server. To enable them, start it with COHORT_ADMIN_TOKEN set ' +
  '(at least 16 characters) and send that token as "Authorization: Bearer <token>".';

/** Refuses a write: WRITES_DISABLED without a configured token, UNAUTHENTICATED (401) without the right one. */
export function requireWrites(access: WriteAccess): void {
  if (!access.enabled) {
    throw new GraphQLError(WRITES_DISABLED_MESSAGE, { extensions: { code: 'WRITES_DISABLED' } });
  }
  if (!access.authorized) {
    throw new GraphQLError(
      'Writes need the admin token, sent as "Authorization: Bearer <token>"; this request has none or another.',
      {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      },
    );
  }
}
