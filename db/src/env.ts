import { LauncherError } from './errors.ts';

const warned = new Set<string>();

/**
 * A setting Cohort invents, under its COHORT_ name. Its name of the previous release (without
 * the prefix, which clashed with the Neo4j image's own NEO4J_ settings) still works for now,
 * with a warning, once per process.
 */
export function setting(env: NodeJS.ProcessEnv, name: string, previousName?: string): string | undefined {
  const value = env[name];
  if (value !== undefined && value !== '') return value;
  if (!previousName) return undefined;
  const previous = env[previousName];
  if (previous === undefined || previous === '') return undefined;
  if (!warned.has(previousName)) {
    warned.add(previousName);
    console.warn(`${previousName} is now called ${name}; the old name still works in this release.`);
  }
  return previous;
}

/** A TCP port number from a setting, or one line saying which setting is wrong and why. */
export function portSetting(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new LauncherError(`${name} must be a port number (0 to 65535), not "${value}".`);
  }
  return port;
}
