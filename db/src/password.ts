import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LauncherError } from './errors.ts';

/**
 * The managed server's password: NEO4J_PASSWORD when set, otherwise one generated on first
 * start and kept in <home>/password, readable by its owner only.
 */
export function serverPassword(home: string, configured: string | undefined): string {
  if (configured !== undefined && configured !== '') {
    if (configured.length < 8) {
      throw new LauncherError('NEO4J_PASSWORD must be at least 8 characters long (a Neo4j rule).');
    }
    return configured;
  }
  const file = path.join(home, 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(home, { recursive: true });
  const generated = randomBytes(18).toString('base64url');
  writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return generated;
}
