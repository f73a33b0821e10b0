import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadFigures } from './figures.ts';

/** Bump when the generator changes what it makes, so a kept database is loaded again. */
export const GENERATOR_VERSION = 1;

interface Marker {
  version: number;
  load: LoadFigures;
}

/** Written once a tier is fully loaded: a later run skips the load (T1 takes minutes, T2 hours). */
const markerFile = (home: string) => path.join(home, 'bench-loaded.json');

export function readLoaded(home: string): LoadFigures | undefined {
  if (!existsSync(markerFile(home))) return undefined;
  const marker = JSON.parse(readFileSync(markerFile(home), 'utf8')) as Marker;
  return marker.version === GENERATOR_VERSION ? marker.load : undefined;
}

export function markLoaded(home: string, load: LoadFigures): void {
  writeFileSync(markerFile(home), JSON.stringify({ version: GENERATOR_VERSION, load } satisfies Marker));
}
