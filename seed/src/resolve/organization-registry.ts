import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REGISTRY_FILE } from '../parse/read-data.ts';
import { DEFAULT_DATA_DIR } from '../paths.ts';
import { thingNameKey } from './identity.ts';

interface RegistryEntry {
  name: string;
  nameZh?: string;
  aliases?: string[];
}

let canonical: Map<string, string> | undefined;

/** Every name form of the curated organizations, keyed, to the canonical name. */
function registry(): Map<string, string> {
  if (canonical) return canonical;
  const file = parse(readFileSync(path.join(DEFAULT_DATA_DIR, REGISTRY_FILE), 'utf8')) as {
    organizations?: RegistryEntry[];
  };
  canonical = new Map();
  for (const entry of file.organizations ?? []) {
    for (const form of [entry.name, entry.nameZh, ...(entry.aliases ?? [])]) {
      const key = form ? thingNameKey(form) : undefined;
      if (key && !canonical.has(key)) canonical.set(key, entry.name);
    }
  }
  return canonical;
}

/**
 * The registry's name for an organization any of whose names it knows (北京大学 and PKU are
 * both Peking University); undefined when it knows none of them.
 */
export function canonicalOrganizationName(names: (string | undefined)[]): string | undefined {
  for (const name of names) {
    const key = name ? thingNameKey(name) : undefined;
    const found = key ? registry().get(key) : undefined;
    if (found) return found;
  }
  return undefined;
}
