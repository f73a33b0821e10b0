import { LauncherError } from './errors.ts';
import { isAlive, killAndWait } from './processes.ts';
import { readRunningServer, removeStateFile } from './state-file.ts';

export interface RunningManagedNeo4j {
  pid: number;
  port: number;
  uri: string;
  /** The live process that stops this server when it ends (npm start, a test); absent for db:start. */
  owner?: number;
}

/** The managed Neo4j running from `home` now, if one is. */
export function runningManagedNeo4j(home: string): RunningManagedNeo4j | undefined {
  const state = readRunningServer(home);
  if (!state) return undefined;
  const owner = state.owner !== undefined && isAlive(state.owner) ? state.owner : undefined;
  return { pid: state.pid, port: state.port, uri: state.uri, owner };
}

/**
 * Stops the managed Neo4j of `home` that `npm run db:start` left running. One that a live
 * process owns is that process's to stop, and is refused.
 */
export async function stopDetachedNeo4j(home: string): Promise<void> {
  const running = runningManagedNeo4j(home);
  if (!running) return;
  if (running.owner !== undefined) {
    throw new LauncherError(
      `The managed Neo4j (pid ${running.pid}) belongs to the process ${running.owner} that started it, ` +
        'which stops it when it ends: stop that one instead.',
    );
  }
  await killAndWait(running.pid);
  removeStateFile(home, running.pid);
}
