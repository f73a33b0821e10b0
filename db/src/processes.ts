import { execFileSync } from 'node:child_process';

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** SIGTERM, then SIGKILL once the grace period is over; resolves when the process is gone. */
export async function killAndWait(pid: number, graceMs = 20_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  if (await waitForExit(pid, graceMs)) return;
  process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 5_000);
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/** The pids of Neo4j Java processes started on this home: ours, and nobody else's. */
export function javaProcessesFor(home: string): number[] {
  // -ww: never cut the command line, which would hide the --home-dir argument.
  const out = execFileSync('ps', ['-ww', '-eo', 'pid,args'], { encoding: 'utf8' });
  const flag = `--home-dir=${home}`;
  return out
    .split('\n')
    .filter((line) => line.includes('CommunityEntryPoint'))
    .filter((line) => line.split(' ').includes(flag))
    .map((line) => Number.parseInt(line.trim(), 10));
}

/**
 * True when `pid` is a Neo4j Java process of this home. A pid from a file may since belong to
 * any other process (pids are reused), so nothing is signalled without this check.
 */
export function isOurJava(pid: number, home: string): boolean {
  return javaProcessesFor(home).includes(pid);
}
