import { spreadLayout, type SpreadInput } from './spread-layout.ts';

// Off the main thread, so the page keeps drawing and answering while thousands of nodes are placed.
self.onmessage = (event: MessageEvent<SpreadInput>) => {
  const positions = spreadLayout(event.data);
  self.postMessage(positions, { transfer: [positions.buffer] });
};
