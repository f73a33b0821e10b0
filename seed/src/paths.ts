import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_DATA_DIR = path.join(seedDir, 'data');
export const DEFAULT_SOURCES_DIR = path.join(seedDir, 'sources');

/**
 * The source documents beside the data folder when there are any (a copy of both), otherwise
 * the project's own: a copied data folder still rests on the same documents.
 */
export function sourcesDirFor(dataDir: string): string {
  const beside = path.join(path.dirname(path.resolve(dataDir)), 'sources');
  return existsSync(beside) ? beside : DEFAULT_SOURCES_DIR;
}
