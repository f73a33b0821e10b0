import { describe, expect, test } from 'vitest';
import { hilbertPoint, linkedOrder, spreadLayout } from '../src/explorer/spread-layout.ts';

/** A focus (node 0) linked to everyone, and two groups linked among themselves: 1–4 and 5–8. */
function twoGroups(): { count: number; links: Uint32Array; anchor: number } {
  const pairs = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => [0, n]);
  pairs.push(1, 5, 5, 3, 3, 7, 7, 1, 2, 6, 6, 4, 4, 8, 8, 2);
  return { count: 9, links: Uint32Array.from(pairs), anchor: 0 };
}

const distance = (p: Float64Array, a: number, b: number) =>
  Math.hypot(p[2 * a]! - p[2 * b]!, p[2 * a + 1]! - p[2 * b + 1]!);

describe('the layout of large views', () => {
  test('walks a Hilbert curve one cell at a time, through every cell once', () => {
    const cells = Array.from({ length: 64 }, (_, d) => hilbertPoint(3, d));
    expect(new Set(cells.map(([x, y]) => `${x},${y}`)).size).toBe(64);
    for (let d = 1; d < 64; d++) {
      const [[x0, y0], [x1, y1]] = [cells[d - 1]!, cells[d]!];
      expect(Math.abs(x1 - x0) + Math.abs(y1 - y0)).toBe(1);
    }
  });

  test('orders nodes by the lines among them, leaving out the focus every node is linked to', () => {
    const order = linkedOrder({ count: 4, links: Uint32Array.from([0, 1, 0, 2, 0, 3, 1, 3]), anchor: 0 });
    expect(order).toEqual([1, 3, 2]);
  });

  test('puts the focus in the middle and linked nodes nearer each other than the rest', () => {
    const positions = spreadLayout(twoGroups());
    expect([positions[0], positions[1]]).toEqual([0, 0]);
    // 1 is linked to 5 and 7; 2, 4, 6 and 8 are in the other group.
    const linked = (distance(positions, 1, 5) + distance(positions, 1, 7)) / 2;
    const apart = [2, 4, 6, 8].reduce((sum, n) => sum + distance(positions, 1, n), 0) / 4;
    expect(linked).toBeLessThan(apart);
  });

  test('leaves the nodes of an expansion that were on screen where they were', () => {
    const { count, links } = twoGroups();
    const start = { positions: new Float64Array(2 * count).map((_, i) => i * 10), fixed: new Uint8Array(count) };
    start.fixed.fill(1, 0, 5);
    const positions = spreadLayout({ count, links, start });
    expect(Array.from(positions.slice(0, 10))).toEqual(Array.from(start.positions.slice(0, 10)));
    expect(Array.from(positions.slice(10))).not.toEqual(Array.from(start.positions.slice(10)));
  });
});
