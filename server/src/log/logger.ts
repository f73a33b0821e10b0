import { pino, type DestinationStream, type Logger } from 'pino';
import { withoutPersonalData } from '../privacy.ts';

export type { Logger };

/** The values LOG_LEVEL accepts, quietest last. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Fields written as they are: a request id is random hex that the phone-number pattern could take for digits. */
const VERBATIM = new Set(['reqId']);

/**
 * The server's one logger: a JSON line per event on stdout (or on `destination`, in tests).
 * Every string passes through withoutPersonalData on its way in, so no caller can forget to
 * scrub: database errors can quote stored text, and paths or operation names come from clients.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    // pid and hostname say nothing a process supervisor does not already know.
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    hooks: {
      logMethod(this: Logger, args: Parameters<Logger['info']>, method: Logger['info']) {
        // Under `error`, not pino's `err`, whose serializer would undo the scrubbing below.
        const scrubbed = args.map((arg) => (arg instanceof Error ? { error: scrub(arg) } : scrub(arg)));
        method.apply(this, scrubbed as Parameters<Logger['info']>);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

function scrub(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return VERBATIM.has(key) ? value : withoutPersonalData(value);
  // An error becomes its name and message: its stack repeats the message, unscrubbed.
  if (value instanceof Error) return { type: value.name, message: withoutPersonalData(value.message) };
  if (Array.isArray(value)) return value.map((item) => scrub(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, k)]));
  }
  return value;
}
