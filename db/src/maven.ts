import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { dbDir } from './paths.ts';

/** The Maven Wrapper kept in db/: it fetches the Maven pinned in db/.mvn/wrapper once, then runs it. */
export const mavenWrapper = path.join(dbDir, 'mvnw');

export interface MavenCommand {
  command: string;
  args: string[];
  wrapper: boolean;
}

/**
 * `mvn` from PATH when there is one: it needs no download, and its own settings may name the
 * mirror or proxy this machine must use. Otherwise the wrapper, run by sh so that a copy that
 * lost the file's executable bit still works.
 */
export function mavenCommand(env: NodeJS.ProcessEnv = process.env): MavenCommand {
  const mvn = executableOnPath('mvn', env.PATH ?? '');
  if (mvn) return { command: mvn, args: [], wrapper: false };
  return { command: '/bin/sh', args: [mavenWrapper], wrapper: true };
}

function executableOnPath(name: string, searchPath: string): string | undefined {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here; try the next folder.
    }
  }
  return undefined;
}

const UNITS: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };

/** The size of a file Maven reports as arrived (`Downloaded from central: URL (1.2 MB at 3 MB/s)`). */
export function downloadedBytes(line: string): number | undefined {
  const match = /Downloaded from [^:]+: \S+ \((\d+(?:[.,]\d+)?) (B|kB|KB|MB|GB)\b/.exec(line);
  if (!match?.[1] || !match[2]) return undefined;
  return Math.round(Number(match[1].replace(',', '.')) * (UNITS[match[2]] ?? 1));
}

export interface Transfer {
  files: number;
  bytes: number;
}

export interface MavenRunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Called as files arrive, at most once per `progressEveryMs`. */
  onProgress?: (transfer: Transfer) => void;
  progressEveryMs?: number;
}

export interface MavenResult {
  /** The exit code, or undefined when Maven could not be started or was killed. */
  code: number | undefined;
  transfer: Transfer;
  /** Maven's last lines (or why it could not start), for an error message. */
  lastLines: string[];
}

/** Lines Maven ends every failure with, which would crowd out the ones that say what failed. */
const BOILERPLATE =
  /^\[(ERROR|INFO)\] *($|-+$|Total time|Finished at|To see the full|Re-run Maven|For more information|\[Help)/;

export function runMaven(maven: MavenCommand, args: string[], options: MavenRunOptions): Promise<MavenResult> {
  const transfer: Transfer = { files: 0, bytes: 0 };
  const lastLines: string[] = [];
  const every = options.progressEveryMs ?? 3_000;
  let reportedAt = Date.now();
  const onLine = (line: string) => {
    if (!BOILERPLATE.test(line)) lastLines.push(line);
    if (lastLines.length > 20) lastLines.shift();
    const bytes = downloadedBytes(line);
    if (bytes === undefined) return;
    transfer.files += 1;
    transfer.bytes += bytes;
    if (Date.now() - reportedAt >= every) {
      reportedAt = Date.now();
      options.onProgress?.({ ...transfer });
    }
  };
  return new Promise((resolve) => {
    const child = spawn(maven.command, [...maven.args, ...args], {
      cwd: options.cwd,
      env: options.env,
      signal: options.signal,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const streams = [child.stdout, child.stderr].map((stream) => {
      const lines = createInterface({ input: stream, crlfDelay: Infinity });
      lines.on('line', onLine);
      return new Promise((done) => lines.once('close', done));
    });
    child.once('error', (error) => {
      lastLines.push(error.message);
      resolve({ code: undefined, transfer, lastLines });
    });
    child.once('close', (code) => {
      void Promise.all(streams).then(() => resolve({ code: code ?? undefined, transfer, lastLines }));
    });
  });
}
