import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { parse } from 'yaml';
import { setting } from '@cohort/db';
import { applyDecision, type Decision, type DecisionOutcome } from './decide.ts';
import { writeSession } from '../store/write-session.ts';

/** Where a decisions file is looked for when COHORT_DECISIONS names none: beside the seed's data. */
export const DEFAULT_DECISIONS_FILE = path.resolve(import.meta.dirname, '..', '..', 'decisions.yaml');

/** A decisions file that cannot be read as one; the message names the file and the entry. */
export class DecisionsFileError extends Error {
  override name = 'DecisionsFileError';
}

/** The decisions file imports use: COHORT_DECISIONS, else the default one when it exists. */
export function decisionsFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = setting(env, 'COHORT_DECISIONS');
  if (named) return named;
  return existsSync(DEFAULT_DECISIONS_FILE) ? DEFAULT_DECISIONS_FILE : undefined;
}

/**
 * Reads a curated decisions file: a YAML list of `{a: ID, b: ID, decision: same | different}`,
 * so that decisions can be kept in version control beside the data they are about.
 */
export function readDecisionsFile(file: string): Decision[] {
  const name = path.basename(file);
  if (!existsSync(file)) throw new DecisionsFileError(`The decisions file ${name} does not exist.`);
  let entries: unknown;
  try {
    entries = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DecisionsFileError(`${name} is not valid YAML: ${(error as Error).message}`);
  }
  if (entries === null || entries === undefined) return [];
  if (!Array.isArray(entries)) throw new DecisionsFileError(`${name} must be a list of {a, b, decision} entries.`);
  return entries.map((entry: unknown, i) => {
    const { a, b, decision } = (entry ?? {}) as Record<string, unknown>;
    const where = `${name}, entry ${i + 1}`;
    if (typeof a !== 'string' || typeof b !== 'string' || !a || !b) {
      throw new DecisionsFileError(`${where}: a and b must each be an entity id (person:…).`);
    }
    if (a === b) throw new DecisionsFileError(`${where}: a and b are the same id, ${a}.`);
    if (decision !== 'same' && decision !== 'different') {
      throw new DecisionsFileError(`${where}: decision must be same or different, not ${JSON.stringify(decision)}.`);
    }
    return { a, b, decision };
  });
}

/**
 * Records a file's decisions in the graph, merging each `same` pair whose two entities are both
 * there; one write transaction. A pair whose entities are not (yet) in the graph is left for
 * the import that brings them, which honours the file too.
 */
export async function applyDecisionsFile(
  driver: Driver,
  decisions: Decision[],
  options: { database?: string } = {},
): Promise<DecisionOutcome[]> {
  if (decisions.length === 0) return [];
  const session = writeSession(driver, options.database);
  try {
    return await session.executeWrite(async (tx) => {
      const outcomes: DecisionOutcome[] = [];
      for (const decision of decisions) {
        const outcome = await applyDecision(tx, decision, 'file');
        if (outcome) outcomes.push(outcome);
      }
      return outcomes;
    });
  } finally {
    await session.close();
  }
}
