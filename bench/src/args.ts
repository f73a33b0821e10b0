import { TIER_NAMES, type TierName } from './tiers.ts';

export interface BenchArgs {
  tier: TierName;
  repeat: number;
  /** Only rewrite docs/performance.md from the stored results of each tier. */
  report: boolean;
  /** Only the shapes whose name starts with this: a quick look, neither stored nor reported. */
  only?: string;
  /** Also bulk-load the whole tier graph into an empty Neo4j of its own, beside the writer's full load. */
  bulkFull: boolean;
}

export const USAGE = 'npm run bench -- [--tier T0|T1|T2] [--repeat N] [--only <shape name>] [--bulk-full] [--report]';

/** `--tier T1 --repeat 10` or `--tier=T1`; unknown arguments are refused, not ignored. */
export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { tier: 'T0', repeat: 20, report: false, bulkFull: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--report') {
      args.report = true;
      continue;
    }
    if (argv[i] === '--bulk-full') {
      args.bulkFull = true;
      continue;
    }
    const [flag, inline] = (argv[i] ?? '').split('=', 2);
    const value = inline ?? argv[++i];
    if (flag === '--tier' && TIER_NAMES.includes(value?.toUpperCase() as TierName)) {
      args.tier = value?.toUpperCase() as TierName;
    } else if (flag === '--repeat' && Number.isInteger(Number(value)) && Number(value) > 0) {
      args.repeat = Number(value);
    } else if (flag === '--only' && value) {
      args.only = value;
    } else {
      throw new Error(`Cannot read "${argv.slice(i - (inline ? 0 : 1), i + 1).join(' ')}". Usage: ${USAGE}`);
    }
  }
  return args;
}
