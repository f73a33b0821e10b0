import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ENTITY_KINDS, FACT_PROPERTIES, RELATION_KINDS, type EntityKind, type RelationKind } from '../kinds.ts';
import type { EntityRecord, FactRecord, SeedRecords } from '../records.ts';
import { displayPath, type FieldPath, type SeedProblem } from '../problems.ts';
import {
  ENTITY_SCHEMAS,
  FACT_SCHEMA,
  ORGANIZATION_SCHEMA,
  REGISTRY_SCHEMA,
  SOURCE_FILE_SCHEMA,
  type EntityInput,
  type OrganizationInput,
  type SourceEntityKind,
} from './schemas.ts';
import { YamlFile } from './yaml-file.ts';
import { parseWith } from './zod-problems.ts';

export const REGISTRY_FILE = 'organizations.yaml';

/** Reads every data file, checking each one's shape; what passes becomes records. */
export function readSeedData(
  dataDir: string,
  sourcesDir: string,
  problems: SeedProblem[],
): {
  records: SeedRecords;
  files: YamlFile[];
} {
  const records: SeedRecords = { entities: [], facts: [], sources: new Map() };
  const files: YamlFile[] = [];
  if (!existsSync(dataDir)) {
    problems.push({ file: displayPath(dataDir), line: 1, field: '', message: 'the data folder does not exist' });
    return { records, files };
  }
  const names = readdirSync(dataDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  for (const name of names) {
    const yaml = new YamlFile(path.join(dataDir, name));
    files.push(yaml);
    problems.push(...yaml.problems);
    if (yaml.problems.length > 0) continue;
    if (name === REGISTRY_FILE) readRegistry(yaml, records, problems);
    else readSourceFile(yaml, sourcesDir, records, problems);
  }
  return { records, files };
}

function readRegistry(yaml: YamlFile, records: SeedRecords, problems: SeedProblem[]): void {
  const registry = parseWith(REGISTRY_SCHEMA, yaml.data, yaml, [], problems);
  for (const [index, item] of (registry?.organizations ?? []).entries()) {
    const at = ['organizations', index];
    const org = parseWith(ORGANIZATION_SCHEMA, item, yaml, at, problems);
    if (org) records.entities.push(organizationRecord(org, { yaml, at }));
  }
}

function readSourceFile(yaml: YamlFile, sourcesDir: string, records: SeedRecords, problems: SeedProblem[]): void {
  const file = parseWith(SOURCE_FILE_SCHEMA, yaml.data, yaml, [], problems);
  if (!file) return;
  const expected = `${path.basename(yaml.file).replace(/\.ya?ml$/, '')}.txt`;
  if (file.source !== expected) {
    problems.push(
      yaml.problem(['source'], `"${file.source}" does not match this file's name (expected "${expected}")`),
    );
  }
  const sourcePath = path.join(sourcesDir, file.source);
  if (!existsSync(sourcePath)) {
    problems.push(yaml.problem(['source'], `"${file.source}" is not in ${displayPath(sourcesDir)}`));
  } else if (!records.sources.has(file.source)) {
    records.sources.set(file.source, readFileSync(sourcePath, 'utf8'));
  }

  for (const [index, item] of (file.entities ?? []).entries()) {
    const at = ['entities', index];
    const kind = entityKindOf(item, yaml, at, problems);
    if (!kind) continue;
    const entity = parseWith(ENTITY_SCHEMAS[kind], item, yaml, at, problems);
    if (entity) records.entities.push(entityRecord(entity, { yaml, at }));
  }
  for (const [index, item] of (file.facts ?? []).entries()) {
    const at = ['facts', index];
    if (!relationKindOf(item, yaml, at, problems)) continue;
    const fact = parseWith(FACT_SCHEMA, item, yaml, at, problems);
    if (!fact) continue;
    const { kind, from, to, key, basis, evidence, ...rest } = fact;
    const values: FactRecord['values'] = {};
    for (const property of FACT_PROPERTIES) {
      const value = rest[property];
      if (value !== undefined) values[property] = value;
    }
    records.facts.push({
      kind,
      from,
      to,
      key: key ?? '',
      values,
      basis: basis ?? 'stated',
      evidence: evidence.map((entry, i) => ({
        source: file.source,
        line: entry.line,
        quote: entry.quote,
        origin: { yaml, at: [...at, 'evidence', i] },
      })),
      origin: { yaml, at },
    });
  }
}

/** Picks the schema by kind first, so a wrong kind gets one clear message, not a union's worth. */
function entityKindOf(
  item: unknown,
  yaml: YamlFile,
  at: FieldPath,
  problems: SeedProblem[],
): SourceEntityKind | undefined {
  const kind = kindField(item, yaml, at, problems);
  if (kind === undefined) return undefined;
  if (kind === 'ORGANIZATION') {
    problems.push(
      yaml.problem([...at, 'kind'], `organizations are declared in ${REGISTRY_FILE}, not in a source file`),
    );
    return undefined;
  }
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) {
    problems.push(
      yaml.problem(
        [...at, 'kind'],
        `unknown entity kind ${JSON.stringify(kind)} (expected one of ${ENTITY_KINDS.join(', ')})`,
      ),
    );
    return undefined;
  }
  return kind as SourceEntityKind;
}

function relationKindOf(
  item: unknown,
  yaml: YamlFile,
  at: FieldPath,
  problems: SeedProblem[],
): RelationKind | undefined {
  const kind = kindField(item, yaml, at, problems);
  if (kind === undefined) return undefined;
  if (!(RELATION_KINDS as readonly string[]).includes(kind)) {
    problems.push(
      yaml.problem(
        [...at, 'kind'],
        `unknown relation kind ${JSON.stringify(kind)} (expected one of ${RELATION_KINDS.join(', ')})`,
      ),
    );
    return undefined;
  }
  return kind as RelationKind;
}

function kindField(item: unknown, yaml: YamlFile, at: FieldPath, problems: SeedProblem[]): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    problems.push(yaml.problem(at, 'expected a mapping'));
    return undefined;
  }
  const kind = (item as { kind?: unknown }).kind;
  if (kind === undefined) {
    problems.push(yaml.problem([...at, 'kind'], 'required field is missing'));
    return undefined;
  }
  return String(kind);
}

function entityRecord(entity: EntityInput, origin: EntityRecord['origin']): EntityRecord {
  const { id, kind, name, nameZh, aliases, ...rest } = entity;
  const details: EntityRecord['details'] = {};
  let email: string | undefined;
  let partial = false;
  for (const [field, value] of Object.entries(rest)) {
    if (value === undefined) continue;
    if (field === 'email') email = String(value);
    else if (field === 'partial') partial = value === true;
    else details[field] = value;
  }
  return { id, kind: kind as EntityKind, name, nameZh, aliases: aliases ?? [], email, partial, details, origin };
}

function organizationRecord(org: OrganizationInput, origin: EntityRecord['origin']): EntityRecord {
  const { id, name, nameZh, aliases, orgKind, location } = org;
  const details: EntityRecord['details'] = { orgKind };
  if (location !== undefined) details.location = location;
  return { id, kind: 'ORGANIZATION', name, nameZh, aliases: aliases ?? [], partial: false, details, origin };
}
