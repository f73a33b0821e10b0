/**
 * Stops what the process started, in reverse order, on SIGINT, SIGTERM or SIGHUP. Installed
 * before anything is started, so a signal during start-up also cleans up what is already
 * running; steps register themselves as they come up.
 */
export class Shutdown {
  private readonly steps: (() => Promise<void>)[] = [];
  private stopping = false;

  constructor(private readonly log: (line: string) => void = console.log) {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => void this.run(signal, 0));
    }
  }

  /** Something to undo when the process stops; the last one added is undone first. */
  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  async run(reason: string, exitCode: number): Promise<never> {
    if (!this.stopping) {
      this.stopping = true;
      this.log(`\n${reason}: stopping...`);
      for (const step of this.steps.reverse()) {
        await step().catch((error: unknown) => this.log(`While stopping: ${(error as Error).message}`));
      }
      this.log('Stopped.');
      process.exit(exitCode);
    }
    return new Promise<never>(() => {});
  }
}
