// `npm test`: installs what is missing (npm packages; Chromium and CJK fonts for the browser
// tests, see ensureBrowserTools), then checks generated-code drift, formatting, lint, the
// package rules and types, builds the web client the browser tests use, and runs every vitest
// tier (unit, db against a real Neo4j, browser in a real Chromium). Arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureBrowserTools, ensureDependencies, root } from './bootstrap.mjs';

const vitestArgs = process.argv.slice(2);
ensureDependencies();
// Checked first, so that a missing browser stops the run before minutes of checks, not after.
// The harness reads CHROMIUM_PATH, so a Chromium found on PATH is passed on that way.
const env = runsBrowserTests(vitestArgs) ? { ...process.env, CHROMIUM_PATH: ensureBrowserTools() } : process.env;

/** Whether vitest will run the browser tier: it runs every tier unless told which with --project. */
function runsBrowserTests(args) {
  const projects = args.flatMap((arg, i) =>
    arg.startsWith('--project=') ? [arg.slice(10)] : arg === '--project' ? [args[i + 1]] : [],
  );
  return projects.length === 0 || projects.includes('browser');
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
  ['tests', ['npx', 'vitest', 'run', ...vitestArgs]],
];

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
const failed = results.some((r) => r.endsWith('FAILED'));
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nnpm test ${failed ? 'FAILED' : 'passed'} in ${seconds} s: ${results.join('; ')}`);
process.exit(failed ? 1 : 0);
