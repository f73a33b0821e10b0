import { execFileSync } from 'node:child_process';

/** Neo4j Java processes whose command line names this home: the launcher's own, nobody else's. */
export function javaProcessesFor(home: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes('CommunityEntryPoint') && line.includes(home));
}
