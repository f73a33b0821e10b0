import { TIER_NAMES, type TierName } from './tiers.ts';

export interface BenchArgs {
  tier: TierName;
  repeat: number;
  /** Only rewrite docs/performance.md from the stored results of each tier. */
  report: boolean;
}

export const USAGE = 'npm run bench -- [--tier T0|T1|T2] [--repeat N] [--report]';

/** `--tier T1 --repeat 10` or `--tier=T1`; unknown arguments are refused, not ignored. */
export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { tier: 'T0', repeat: 20, report: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--report') {
      args.report = true;
      continue;
    }
    const [flag, inline] = (argv[i] ?? '').split('=', 2);
    const value = inline ?? argv[++i];
    if (flag === '--tier' && TIER_NAMES.includes(value?.toUpperCase() as TierName)) {
      args.tier = value?.toUpperCase() as TierName;
    } else if (flag === '--repeat' && Number.isInteger(Number(value)) && Number(value) > 0) {
      args.repeat = Number(value);
    } else {
      throw new Error(`Cannot read "${argv.slice(i - (inline ? 0 : 1), i + 1).join(' ')}". Usage: ${USAGE}`);
    }
  }
  return args;
}
