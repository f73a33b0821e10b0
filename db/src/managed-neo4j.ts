import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { writeServerConfig } from './config.ts';
import { LauncherError } from './errors.ts';
import { ensureJars } from './jars.ts';
import { findJava } from './java.ts';
import { serverPassword } from './password.ts';
import { freePort, isPortFree } from './ports.ts';
import { javaProcessesFor, killAndWait } from './processes.ts';
import { readDbSettings } from './settings.ts';
import { readRunningServer, removeStaleStateFile, removeStateFile, writeStateFile } from './state-file.ts';

export interface ManagedNeo4jOptions {
  /** Conf, data, logs and password live here. */
  home?: string;
  /** Bolt port; 0 picks a free one. */
  port?: number;
  password?: string;
  heap?: string;
  pageCache?: string;
  transactionTimeout?: string;
  startTimeoutMs?: number;
  /** Detached servers outlive this process (npm run db:start). */
  detached?: boolean;
  /** Aborting it during start-up stops the Java being started, and the start rejects. */
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  username: string;
  password: string;
  pid: number;
  port: number;
  home: string;
  /** Neo4j's own output. */
  consoleLog: string;
  /** Resolves with how the process ended ("exit code 1", "signal SIGKILL"), whoever ended it. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

const USERNAME = 'neo4j';
const INITIAL_PASSWORD = 'neo4j';
/** Neo4j gets this long to stop cleanly before it is killed; npm start must be gone within 15 s. */
const STOP_GRACE_MS = 10_000;

/** Starts Neo4j Community from the pinned jars and resolves once the driver can connect. */
export async function startManagedNeo4j(options: ManagedNeo4jOptions = {}): Promise<RunningNeo4j> {
  const env = options.env ?? process.env;
  const settings = readDbSettings(env);
  const log = options.log ?? ((line: string) => console.log(line));
  const home = path.resolve(options.home ?? settings.home);
  const java = findJava(env);
  const classpath = await ensureJars({ log, env, signal: options.signal });

  refuseIfRunning(home);
  const port = options.port === 0 ? await freePort() : (options.port ?? settings.boltPort);
  if (!(await isPortFree(port))) {
    throw new LauncherError(
      `Port ${port} on 127.0.0.1 is already in use, so Neo4j cannot listen there. Stop what uses it, ` +
        'choose another port with COHORT_NEO4J_BOLT_PORT, or set NEO4J_URI to use a server you already run.',
    );
  }
  const password = serverPassword(home, options.password ?? settings.password);
  const confDir = writeServerConfig({
    home,
    boltPort: port,
    pageCache: options.pageCache ?? settings.pageCache,
    transactionTimeout: options.transactionTimeout ?? settings.transactionTimeout,
    lockTimeout: '10s',
  });
  const logsDir = path.join(home, 'logs');
  mkdirSync(logsDir, { recursive: true });
  const consoleLog = path.join(logsDir, 'console.log');

  const heap = options.heap ?? settings.heap;
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dfile.encoding=UTF-8',
    '-cp',
    classpath,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${home}`,
    `--config-dir=${confDir}`,
    '--console-mode',
  ];
  const out = createWriteStream(consoleLog, { flags: 'w' });
  await new Promise((resolve) => out.once('open', resolve));
  if (options.signal?.aborted) throw new LauncherError('The start of Neo4j was interrupted.');
  const child = spawn(java, args, {
    cwd: home,
    env: { ...env },
    detached: options.detached ?? false,
    stdio: ['ignore', out, out],
  });
  const pid = child.pid;
  if (pid === undefined) throw new LauncherError(`Could not start ${java}.`);
  const uri = `bolt://127.0.0.1:${port}`;
  writeStateFile(home, { pid, port, uri, owner: options.detached ? undefined : process.pid });
  log(`Waiting for Neo4j to accept connections on 127.0.0.1:${port} (log: ${consoleLog})`);

  // Our own child's exit event is exact: until it fires, the pid cannot belong to anyone else.
  let running = true;
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      running = false;
      process.removeListener('exit', killOnExit);
      resolve(signal ? `signal ${signal}` : `exit code ${code}`);
    });
  });
  const stop = async () => {
    if (running) await killAndWait(pid, STOP_GRACE_MS);
    removeStateFile(home, pid);
  };
  const killOnExit = () => {
    if (running) process.kill(pid, 'SIGKILL');
  };
  if (options.detached) {
    child.unref();
  } else {
    // The last line of defence: a crash of this process must not leave Java behind.
    process.once('exit', killOnExit);
  }

  try {
    const timeoutMs = options.startTimeoutMs ?? 90_000;
    await waitUntilReady({ exited, uri, password, timeoutMs, consoleLog, signal: options.signal, log });
  } catch (error) {
    await stop();
    throw error;
  }
  log(`Neo4j is ready at ${uri} (pid ${pid}, data in ${home}).`);
  return { uri, username: USERNAME, password, pid, port, home, consoleLog, exited, stop };
}

/**
 * Refuses to start a second server on one home; a state file whose pid is not a Neo4j of this
 * home (a crash, a killed terminal, a reused pid) is removed instead, and that process left alone.
 */
function refuseIfRunning(home: string): void {
  const state = readRunningServer(home);
  if (state) {
    throw new LauncherError(
      `A Neo4j started from ${home} is already running (pid ${state.pid}, ${state.uri}). ` +
        'Use it by setting NEO4J_URI, or stop it with npm run db:stop.',
    );
  }
  const unlisted = javaProcessesFor(home);
  if (unlisted.length > 0) {
    throw new LauncherError(
      `A Neo4j started from ${home} is running (pid ${unlisted.join(', ')}) but left no state file. ` +
        'Stop it (kill PID) before starting another on the same data.',
    );
  }
  removeStaleStateFile(home);
}

interface Readiness {
  exited: Promise<string>;
  uri: string;
  password: string;
  timeoutMs: number;
  consoleLog: string;
  signal: AbortSignal | undefined;
  log: (line: string) => void;
}

/** A start this slow (a first start, recovery after a crash) gets a line saying it goes on. */
const STILL_WAITING_MS = 15_000;

async function waitUntilReady(readiness: Readiness): Promise<void> {
  const { exited, uri, password, timeoutMs, consoleLog, signal, log } = readiness;
  let exit: string | undefined;
  void exited.then((how) => (exit = how));
  const started = Date.now();
  const deadline = started + timeoutMs;
  let lastError: unknown;
  let nextNote = started + STILL_WAITING_MS;
  while (Date.now() < deadline) {
    if (Date.now() >= nextNote) {
      nextNote += STILL_WAITING_MS;
      log(
        `Still waiting for Neo4j (${Math.round((Date.now() - started) / 1000)} s); it last said: ${tail(consoleLog, 1)}`,
      );
    }
    if (signal?.aborted) throw new LauncherError('The start of Neo4j was interrupted.');
    if (exit) {
      throw new LauncherError(`Neo4j stopped during start-up (${exit}). Its last words:\n${tail(consoleLog)}`);
    }
    try {
      if (await connectAndSecure(uri, password)) return;
    } catch (error) {
      if (error instanceof LauncherError) throw error;
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new LauncherError(
    `Neo4j did not accept connections within ${Math.round(timeoutMs / 1000)} s ` +
      `(last error: ${(lastError as Error | undefined)?.message ?? 'none'}). Its last words:\n${tail(consoleLog)}`,
  );
}

/**
 * Connects with the configured password; true once the default database answers. A fresh
 * database still has the built-in initial password, which must be changed before anything
 * else works; that happens here, once, and the next attempt connects with the new one.
 */
async function connectAndSecure(uri: string, password: string): Promise<boolean> {
  const withPassword = quietDriver(uri, password);
  try {
    // A query on the default database, not only a connection: after a crash Neo4j accepts
    // connections while that database still recovers, and queries fail until it is online.
    const session = withPassword.session();
    try {
      await session.run('RETURN 1');
    } finally {
      await session.close();
    }
    return true;
  } catch (error) {
    if (!isAuthError(error)) throw error;
  } finally {
    await withPassword.close();
  }
  const initial = quietDriver(uri, INITIAL_PASSWORD);
  try {
    const session = initial.session({ database: 'system' });
    try {
      await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', {
        old: INITIAL_PASSWORD,
        new: password,
      });
    } finally {
      await session.close();
    }
  } catch (error) {
    if (isAuthError(error)) {
      throw new LauncherError(
        'The managed Neo4j refused the password. Its data was created with a different one: ' +
          'set NEO4J_PASSWORD to that password, or delete the data folder to start afresh.',
      );
    }
    throw error;
  } finally {
    await initial.close();
  }
  return false;
}

function quietDriver(uri: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(USERNAME, password), {
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: () => {} },
  });
}

function isAuthError(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('Neo.ClientError.Security.');
}

/** The last lines of the server's own output, for error messages. */
export function tail(file: string, lines = 25): string {
  if (!existsSync(file)) return '(no output)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
