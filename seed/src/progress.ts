import { SingleBar } from 'cli-progress';

export interface Progress {
  /** Moves the count to `done`. */
  update(done: number): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 5_000;

/**
 * Progress of a long step: a bar with the rate in a terminal, a plain line every few seconds
 * elsewhere (CI logs, pipes), and nothing for a step that ends within the first interval.
 */
export function startProgress(label: string, unit: string, total?: number): Progress {
  const started = Date.now();
  if (process.stdout.isTTY) {
    const format = total
      ? `${label} [{bar}] {value}/{total} ${unit} | {rate} ${unit}/s`
      : `${label} {value} ${unit} | {rate} ${unit}/s`;
    const bar = new SingleBar({ format, hideCursor: true, clearOnComplete: false });
    bar.start(total ?? 0, 0, { rate: 0 });
    const rate = (done: number) => Math.round(done / Math.max((Date.now() - started) / 1000, 0.001));
    return {
      update: (done) => bar.update(done, { rate: rate(done) }),
      stop: () => bar.stop(),
    };
  }
  let last = started;
  return {
    update(done) {
      const now = Date.now();
      if (now - last < PLAIN_EVERY_MS) return;
      last = now;
      const rate = Math.round(done / ((now - started) / 1000));
      console.log(`${label}: ${done}${total ? ` of ${total}` : ''} ${unit} (${rate} ${unit}/s)`);
    },
    stop() {},
  };
}
