import cliProgress from 'cli-progress';

export interface Progress {
  tick(amount: number): void;
  stop(): void;
}

/**
 * A bar in a terminal; in a log (CI, a pipe) a plain line at each tenth, so the output stays
 * readable where carriage returns are not.
 */
export function progress(label: string, total: number): Progress {
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% {value}/{total} {eta_formatted} left`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { tick: (amount) => bar.increment(amount), stop: () => bar.stop() };
  }
  let done = 0;
  let reported = 0;
  return {
    tick(amount) {
      done += amount;
      const tenth = Math.floor((10 * done) / Math.max(total, 1));
      if (tenth > reported) {
        reported = tenth;
        console.log(`${label}: ${done} of ${total}`);
      }
    },
    stop: () => {},
  };
}

export const log = (line: string) => console.log(line);
