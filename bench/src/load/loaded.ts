import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BulkFigures } from './bulk-load.ts';
import type { LoadFigures } from './figures.ts';

/** Bump when the generator changes what it makes, so a kept database is loaded again. */
export const GENERATOR_VERSION = 1;

/** How a tier's store was filled: through the writer, or by neo4j-admin (T2). */
export type Loaded = { by: 'writer'; figures: LoadFigures } | { by: 'bulk'; figures: BulkFigures };

interface Marker {
  version: number;
  /** Absent in markers written before tiers could be bulk-loaded: those were loaded by the writer. */
  by?: Loaded['by'];
  load: LoadFigures;
}

/** Written once a tier is fully loaded: a later run skips the load (T1 takes minutes, T2 hours). */
const markerFile = (home: string) => path.join(home, 'bench-loaded.json');

export function readLoaded(home: string): Loaded | undefined {
  if (!existsSync(markerFile(home))) return undefined;
  const marker = JSON.parse(readFileSync(markerFile(home), 'utf8')) as Marker;
  if (marker.version !== GENERATOR_VERSION) return undefined;
  return marker.by === 'bulk'
    ? { by: 'bulk', figures: marker.load as BulkFigures }
    : { by: 'writer', figures: marker.load };
}

export function markLoaded(home: string, loaded: Loaded): void {
  writeFileSync(
    markerFile(home),
    JSON.stringify({ version: GENERATOR_VERSION, by: loaded.by, load: loaded.figures } satisfies Marker),
  );
}
