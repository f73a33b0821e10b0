import path from 'node:path';

/** One reason the seed data cannot be loaded, pointing at the line that causes it. */
export interface SeedProblem {
  /** The data file, relative to the working directory when it lies inside it. */
  file: string;
  line: number;
  /** Where in the file's structure, e.g. `facts[3].start`; empty for file-level problems. */
  field: string;
  message: string;
}

export function formatProblem(problem: SeedProblem): string {
  const where = `${problem.file}:${problem.line}`;
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Thrown when the data does not validate; nothing has been written when this is thrown. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly problems: SeedProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The seed data has ${count}; nothing was written:\n${problems.map(formatProblem).join('\n')}`);
  }
}

/** Paths inside the working directory read best relative; others stay absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

export type FieldPath = readonly (string | number)[];

export function formatField(fieldPath: FieldPath): string {
  let out = '';
  for (const segment of fieldPath) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}
