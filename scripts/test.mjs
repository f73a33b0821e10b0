// `npm test`: installs what is missing (npm packages; Chromium and CJK fonts for the browser
// tests, see ensureBrowserTools), then checks generated-code drift, formatting, lint, the
// package rules and types, builds the web client the browser tests use, and runs every vitest
// tier (unit, db against a real Neo4j, browser in a real Chromium). Arguments go to vitest.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureBrowserTools, ensureDependencies, root } from './bootstrap.mjs';

const vitestArgs = process.argv.slice(2);
ensureDependencies();
// Checked first, so that a missing browser stops the run before minutes of checks, not after.
// The harness reads CHROMIUM_PATH, so a Chromium found on PATH is passed on that way.
const env = runsProject(vitestArgs, 'browser') ? { ...process.env, CHROMIUM_PATH: ensureBrowserTools() } : process.env;

/** Whether vitest will run any of these tiers: it runs every tier unless told which with --project. */
function runsProject(args, ...names) {
  const projects = args.flatMap((arg, i) =>
    arg.startsWith('--project=') ? [arg.slice(10)] : arg === '--project' ? [args[i + 1]] : [],
  );
  return projects.length === 0 || names.some((name) => projects.includes(name));
}

const steps = [
  [
    'generated types match schema.graphql',
    ['npx', 'graphql-codegen', '--config', 'codegen.ts', '--check'],
    'codegen.ts',
  ],
  ['format', ['npx', 'prettier', '--check', '--log-level', 'warn', '.']],
  ['lint', ['npx', 'eslint', '.']],
  ['package rules', ['npm', 'run', '--silent', 'deps']],
  ['type check', ['npm', 'run', '--silent', 'typecheck']],
  ['web build', ['npm', 'run', '--silent', 'build'], 'web/index.html'],
];
// Fetched once here: the two vitest runs below would otherwise both fetch them at once.
if (runsProject(vitestArgs, 'db', 'own-neo4j', 'browser'))
  steps.push(['Neo4j jars', ['node', 'scripts/run.mjs', 'db/src/cli.ts', 'jars']]);

/*
 * The tests that start Neo4j or all of Cohort themselves (the own-neo4j tier) spend most of their
 * time waiting for Java, and share nothing with the others: on a full run they go beside the
 * other tiers, in a vitest of their own whose output is shown when it ends.
 */
const BESIDE = 'own-neo4j';
const OTHERS = ['unit', 'db', 'browser'];

/** Runs vitest; with `log`, its output goes there instead of to the terminal. */
function vitest(args, log) {
  const output = log ? ['ignore', 'pipe', 'pipe'] : 'inherit';
  const child = spawn('npx', ['vitest', 'run', ...args], { cwd: root, stdio: output, env });
  if (log) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => log.push(chunk));
  return new Promise((resolve) => child.once('close', (status) => resolve(status === 0)));
}

async function runTests() {
  if (vitestArgs.length > 0) {
    console.log(`\n=== tests: npx vitest run ${vitestArgs.join(' ')}`);
    return vitest(vitestArgs);
  }
  console.log(`\n=== tests: the ${OTHERS.join(', ')} tiers, with the ${BESIDE} tier beside them`);
  const log = [];
  const beside = vitest(['--project', BESIDE], log);
  const others = await vitest(OTHERS.flatMap((project) => ['--project', project]));
  const besideOk = await beside;
  console.log(`\n=== tests of the ${BESIDE} tier (they ran beside the others)`);
  process.stdout.write(Buffer.concat(log));
  return others && besideOk;
}

const started = Date.now();
const results = [];
for (const [name, command, needs] of steps) {
  if (needs && !existsSync(path.join(root, needs))) continue;
  console.log(`\n=== ${name}: ${command.join(' ')}`);
  const result = spawnSync(command[0], command.slice(1), { cwd: root, stdio: 'inherit', env });
  const ok = result.status === 0;
  results.push(`${name} ${ok ? 'passed' : 'FAILED'}`);
  if (!ok) break;
}
if (!results.some((r) => r.endsWith('FAILED'))) results.push(`tests ${(await runTests()) ? 'passed' : 'FAILED'}`);
const failed = results.some((r) => r.endsWith('FAILED'));
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nnpm test ${failed ? 'FAILED' : 'passed'} in ${seconds} s: ${results.join('; ')}`);
process.exit(failed ? 1 : 0);
