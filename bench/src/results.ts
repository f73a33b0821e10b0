import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@cohort/db';
import type { BulkFigures } from './load/bulk-load.ts';
import type { LoadComparison } from './load/compare.ts';
import type { LoadFigures } from './load/figures.ts';
import type { Machine } from './machine.ts';
import type { ShapeResult } from './run/measure.ts';
import type { TierName } from './tiers.ts';

export interface TierResult {
  tier: TierName;
  machine: Machine;
  graph: { nodes: number; relationships: number };
  /** The tier's full load through the writer, from the run that loaded it. */
  load?: LoadFigures;
  comparison?: LoadComparison;
  /** The whole tier bulk-loaded into an empty Neo4j (`--bulk-full`), when the run did. */
  bulkFull?: BulkFigures;
  repeats: number;
  shapes: ShapeResult[];
}

/** One JSON file per tier, so a later run of another tier can set its figures beside these. */
const folder = path.join(repoRoot, '.cohort', 'bench-results');
const file = (tier: TierName) => path.join(folder, `${tier.toLowerCase()}.json`);

export function saveResult(result: TierResult): string {
  mkdirSync(folder, { recursive: true });
  // NaN (a shape with no sample) would not survive JSON; null reads back as "no figure".
  writeFileSync(file(result.tier), `${JSON.stringify(result, null, 2)}\n`);
  return file(result.tier);
}

export function readResult(tier: TierName): TierResult | undefined {
  if (!existsSync(file(tier))) return undefined;
  return JSON.parse(readFileSync(file(tier), 'utf8')) as TierResult;
}
