import { RELATIONS } from '../relations.ts';
import type { Path } from './types.ts';

/**
 * The most telling paths first: a path is as weak as its weakest link, so one through a
 * mentor and a school beats one through a shared skill; then shorter, then lighter.
 */
export function rankPaths(paths: Path[]): Path[] {
  const weights = (p: Path) => p.edges.map((e) => RELATIONS[e.kind].weight);
  const weakest = (p: Path) => Math.max(0, ...weights(p));
  const total = (p: Path) => weights(p).reduce((sum, w) => sum + w, 0);
  return paths.toSorted((a, b) => weakest(a) - weakest(b) || a.length - b.length || total(a) - total(b));
}

/** Paths through the same entities in the same order, once. */
export function distinctPaths(paths: Path[]): Path[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = p.edges.map((e) => e.id).join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Everything a path runs through, to bring it forward on the canvas. */
export function pathIds(path: Path): Set<string> {
  return new Set([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]);
}
