import type { SpreadInput } from './spread-layout.ts';

export interface SpreadJob {
  positions: Promise<Float64Array>;
  cancel(): void;
}

let idle: Worker | null = null;

function startWorker(): Worker {
  return new Worker(new URL('./spread-layout.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts a worker before any view needs it: started only when a large view had come, it took
 * seconds to load on a busy machine, ten times as long as the layout itself.
 */
export function prepareSpread(): void {
  idle ??= startWorker();
}

/**
 * Lays a view out in a worker. The worker is kept for the next layout, except when a layout is
 * cancelled: then it is stopped mid-way.
 */
export function spreadInWorker(input: SpreadInput): SpreadJob {
  const worker = idle ?? startWorker();
  idle = null;
  let done = false;
  const positions = new Promise<Float64Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Float64Array>) => {
      done = true;
      idle = worker;
      resolve(event.data);
    };
    worker.onerror = (event) => {
      done = true;
      worker.terminate();
      reject(new Error(event.message));
    };
  });
  worker.postMessage(input, [input.links.buffer]);
  return {
    positions,
    cancel: () => {
      if (!done) worker.terminate();
      done = true;
    },
  };
}
