import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isAlive, isOurJava } from './processes.ts';

/** What a started server leaves behind so db:stop, db:status and npm start can find it. */
export interface ServerState {
  pid: number;
  port: number;
  uri: string;
  /**
   * The process that stops this server when it ends (npm start, a test); absent for
   * `npm run db:start`, whose server runs until db:stop.
   */
  owner?: number;
}

export function stateFile(home: string): string {
  return path.join(home, 'server.json');
}

/** The state file as written, trusted or not; undefined when there is none or it is unreadable. */
export function readStateFile(home: string): ServerState | undefined {
  const file = stateFile(home);
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as ServerState;
    return Number.isInteger(state.pid) && state.pid > 0 ? state : undefined;
  } catch {
    return undefined;
  }
}

/** The server a start from this home left running: only when its pid is still our Java. */
export function readRunningServer(home: string): ServerState | undefined {
  const state = readStateFile(home);
  return state && isOurJava(state.pid, home) ? state : undefined;
}

/** The live process, other than this one, that owns the running server (npm start), if any. */
export function liveOwner(state: ServerState): number | undefined {
  return state.owner !== undefined && state.owner !== process.pid && isAlive(state.owner) ? state.owner : undefined;
}

export function writeStateFile(home: string, state: ServerState): void {
  writeFileSync(stateFile(home), JSON.stringify(state));
}

/**
 * Removes the state file only while it still names `pid`: another start may have replaced it
 * since, and its server must stay findable.
 */
export function removeStateFile(home: string, pid: number): void {
  if (readStateFile(home)?.pid === pid) rmSync(stateFile(home), { force: true });
}

/**
 * Removes a state file whose pid is not a Neo4j of this home (it crashed, or the pid now
 * belongs to another process, which is left alone). True when there was one.
 */
export function removeStaleStateFile(home: string): boolean {
  if (!existsSync(stateFile(home)) || readRunningServer(home)) return false;
  rmSync(stateFile(home), { force: true });
  return true;
}
