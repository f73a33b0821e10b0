import { LauncherError } from './errors.ts';
import { startManagedNeo4j, tail, type ManagedNeo4jOptions, type RunningNeo4j } from './managed-neo4j.ts';
import { readRunningServer } from './state-file.ts';

/** `restarting` from an unexpected exit until the new server accepts connections again. */
export type Neo4jStatus = 'running' | 'restarting' | 'stopped';

export interface SupervisedNeo4j {
  uri: string;
  username: string;
  password: string;
  home: string;
  status(): Neo4jStatus;
  /** The pid of the Java process running now, if one is. */
  pid(): number | undefined;
  /** Ends the supervision, and stops the server (or the restart under way). */
  stop(): Promise<void>;
}

/** Waits before each restart attempt, growing while restarts keep failing. */
const BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
/** A server that ran this long counts as healthy: the next crash starts the backoff afresh. */
const STEADY_MS = 60_000;

/**
 * Starts the managed Neo4j and restarts it, on the same home and port, whenever it exits
 * without being asked to. Clients keep their address, so a driver reconnects by itself.
 */
export async function superviseManagedNeo4j(
  options: ManagedNeo4jOptions & { home: string; port: number },
): Promise<SupervisedNeo4j> {
  const log = options.log ?? ((line: string) => console.log(line));
  const stopping = new AbortController();
  // The caller's signal (a Ctrl-C during start-up) ends the supervision as a stop() would.
  options.signal?.addEventListener('abort', () => stopping.abort(), { once: true });
  let port = options.port;
  const start = () => startManagedNeo4j({ ...options, port, log, detached: false, signal: stopping.signal });

  let current: RunningNeo4j | undefined = await start();
  // Restarts keep the port, even one picked at random: clients know the server by it.
  port = current.port;
  let status: Neo4jStatus = 'running';
  let restarting: Promise<void> | undefined;

  const watch = (server: RunningNeo4j, attempt: number) => {
    const startedAt = Date.now();
    void server.exited.then((how) => {
      if (stopping.signal.aborted) return;
      status = 'restarting';
      log(`Neo4j (pid ${server.pid}) stopped unexpectedly (${how}). The end of ${server.consoleLog}:`);
      log(tail(server.consoleLog, 15));
      restarting = restart(Date.now() - startedAt >= STEADY_MS ? 0 : attempt);
    });
  };

  const restart = async (attempt: number): Promise<void> => {
    for (; ; attempt += 1) {
      const delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)] ?? 1_000;
      log(`Restarting Neo4j in ${delay / 1000} s...`);
      if (!(await sleep(delay, stopping.signal))) return;
      try {
        current = await start();
        status = 'running';
        watch(current, attempt + 1);
        return;
      } catch (error) {
        if (stopping.signal.aborted) return;
        // `npm run db:start` may have started its own server on this home meanwhile: that one
        // is someone else's to stop, so supervision ends here and leaves it alone.
        const other = readRunningServer(options.home);
        if (other) {
          log(`A Neo4j started elsewhere now runs from ${options.home} (pid ${other.pid}); not restarting ours.`);
          current = undefined;
          status = 'stopped';
          return;
        }
        log(`Neo4j did not restart: ${error instanceof LauncherError ? error.message : String(error)}`);
      }
    }
  };

  watch(current, 0);
  return {
    uri: current.uri,
    username: current.username,
    password: current.password,
    home: options.home,
    status: () => status,
    pid: () => (status === 'running' ? current?.pid : undefined),
    async stop() {
      stopping.abort();
      status = 'stopped';
      await restarting;
      await current?.stop();
    },
  };
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
