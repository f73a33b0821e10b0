import neo4j from 'neo4j-driver';
import { LauncherError, resolveNeo4j } from '@cohort/db';
import { formatProblem, SeedValidationError } from './problems.ts';
import { loadSeedGraph } from './store/load.ts';
import { summaryLines } from './summary-table.ts';
import { validateSeedData } from './validate.ts';

const USAGE = `Usage: npm run seed [-- --check] [-- --reset]
  --check  validate the data files only; do not touch the database
  --reset  empty the database before loading (in the same transaction)`;

function parseArgs(args: string[]): { check: boolean; reset: boolean } {
  const flags = { check: false, reset: false };
  for (const arg of args) {
    if (arg === '--check') flags.check = true;
    else if (arg === '--reset') flags.reset = true;
    else {
      console.error(arg === '--help' || arg === '-h' ? USAGE : `Unknown option ${arg}.\n${USAGE}`);
      process.exit(arg === '--help' || arg === '-h' ? 0 : 2);
    }
  }
  return flags;
}

function check(): number {
  const validation = validateSeedData();
  for (const problem of validation.problems) console.error(formatProblem(problem));
  if (!validation.graph) {
    console.error(`${validation.problems.length} problems; fix them and run again.`);
    return 1;
  }
  const conflicts = validation.graph.relationships.filter((r) => r.conflicts.length > 0).length;
  console.log(
    `The seed data is valid: ${validation.files} files, ${validation.entities} entities, ${validation.facts} facts ` +
      `-> ${validation.graph.nodes.length} nodes, ${validation.graph.relationships.length} relationships ` +
      `(${conflicts} with conflicting sources).`,
  );
  return 0;
}

async function load(reset: boolean): Promise<number> {
  // Refuse bad data before starting a server for it.
  const validation = validateSeedData();
  if (!validation.graph) throw new SeedValidationError(validation.problems);
  const target = await resolveNeo4j();
  console.log(`Loading into ${target.origin}.`);
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  try {
    const summary = await loadSeedGraph(driver, { reset, database: target.database });
    for (const line of summaryLines(summary)) console.log(line);
    return 0;
  } finally {
    await driver.close();
    await target.release();
  }
}

const flags = parseArgs(process.argv.slice(2));
try {
  process.exitCode = flags.check ? check() : await load(flags.reset);
} catch (error) {
  if (error instanceof SeedValidationError || error instanceof LauncherError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
}
