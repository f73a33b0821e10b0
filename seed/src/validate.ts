import { checkFacts } from './checks/facts.ts';
import { indexEntities } from './checks/duplicate-ids.ts';
import { checkScalarValues } from './checks/scalar-values.ts';
import { buildGraph } from './graph/build-graph.ts';
import type { SeedGraph } from './graph/types.ts';
import { readSeedData } from './parse/read-data.ts';
import { DEFAULT_DATA_DIR, sourcesDirFor } from './paths.ts';
import type { SeedProblem } from './problems.ts';
import { checkIdentities } from './resolve/identity.ts';

export interface SeedValidation {
  /** Every problem found, in file and line order; empty when the data can be loaded. */
  problems: SeedProblem[];
  /** The graph to store; present only when there are no problems. */
  graph?: SeedGraph;
  files: number;
  entities: number;
  facts: number;
}

export interface ValidateOptions {
  /** Where the source documents are; by default `sources` beside the data folder. */
  sourcesDir?: string;
}

/** Reads and checks all seed data without touching a database. */
export function validateSeedData(dataDir: string = DEFAULT_DATA_DIR, options: ValidateOptions = {}): SeedValidation {
  const problems: SeedProblem[] = [];
  const { records, files } = readSeedData(dataDir, options.sourcesDir ?? sourcesDirFor(dataDir), problems);
  for (const file of files) {
    if (file.problems.length === 0) checkScalarValues(file, problems);
  }
  const entities = indexEntities(records.entities, problems);
  checkIdentities(entities.values(), problems);
  checkFacts(records.facts, entities, records.sources, problems);

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
  const summary = { problems, files: files.length, entities: records.entities.length, facts: records.facts.length };
  if (problems.length > 0) return summary;
  return { ...summary, graph: buildGraph(entities.values(), records.facts) };
}
