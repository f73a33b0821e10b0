export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

export interface ShutdownOptions {
  log?: (line: string) => void;
  /** The signals that stop the process; a test passes none and calls stop() itself. */
  signals?: StopSignal[];
  /** Past this, the process exits even if a step still runs (process 'exit' then kills Java). */
  deadlineMs?: number;
}

/**
 * Stops what the process started, in reverse order, on SIGINT, SIGTERM or SIGHUP. Installed
 * before anything is started, so a signal during start-up also cleans up what is already
 * running; steps register themselves as they come up, and `signal` tells what is still
 * starting to stop.
 */
export class Shutdown {
  private readonly steps: (() => Promise<void>)[] = [];
  private readonly aborter = new AbortController();
  private readonly log: (line: string) => void;
  private readonly deadlineMs: number;
  private stopped: Promise<void> | undefined;

  constructor(options: ShutdownOptions = {}) {
    this.log = options.log ?? console.log;
    this.deadlineMs = options.deadlineMs ?? 13_000;
    for (const signal of options.signals ?? (['SIGINT', 'SIGTERM', 'SIGHUP'] as const)) {
      process.on(signal, () => void this.run(signal, 0));
    }
  }

  /** Aborted once stopping begins: a start still under way gives up and cleans after itself. */
  get signal(): AbortSignal {
    return this.aborter.signal;
  }

  /** Something to undo when the process stops; the last one added is undone first. */
  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  /** Runs every step once, last added first; later calls wait for the same run. */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      this.aborter.abort();
      for (const step of this.steps.reverse()) {
        await step().catch((error: unknown) => this.log(`While stopping: ${(error as Error).message}`));
      }
    })();
    return this.stopped;
  }

  async run(reason: string, exitCode: number): Promise<never> {
    if (!this.stopped) {
      this.log(`\n${reason}: stopping...`);
      setTimeout(() => {
        this.log(`Still stopping after ${this.deadlineMs / 1000} s; exiting anyway.`);
        process.exit(exitCode);
      }, this.deadlineMs);
      await this.stop();
      this.log('Stopped.');
      process.exit(exitCode);
    }
    return new Promise<never>(() => {});
  }
}
