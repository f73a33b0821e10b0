import type { z } from 'zod';
import type { FieldPath, SeedProblem } from '../problems.ts';
import type { YamlFile } from './yaml-file.ts';

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

function explain(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? 'required field is missing' : `expected ${issue.expected}, got ${describe(input)}`;
    case 'invalid_value':
      return `${describe(input)} is not one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_format':
      return `${describe(input)} ${issue.message}`;
    case 'too_small':
      return issue.origin === 'number' ? `${describe(input)} is below ${issue.minimum}` : issue.message;
    case 'too_big':
      return issue.origin === 'number' ? `${describe(input)} is above ${issue.maximum}` : issue.message;
    case 'invalid_union':
      return `${describe(input)} has the wrong type`;
    default:
      return issue.message;
  }
}

/** Parses with a schema; failures become problems that point at lines of the file. */
export function parseWith<T extends z.ZodType>(
  schema: T,
  value: unknown,
  yaml: YamlFile,
  at: FieldPath,
  problems: SeedProblem[],
): z.output<T> | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const fieldPath = [...at, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push(yaml.problem([...fieldPath, key], 'unknown field'));
    } else {
      problems.push(yaml.problem(fieldPath, explain(issue)));
    }
  }
  return undefined;
}
