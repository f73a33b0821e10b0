// Uses Node built-ins only: it runs before the project's dependencies are installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Cohort needs Node.js 20.19 or newer; this is ${process.version}.`);
  process.exit(1);
}

/**
 * Reads settings from a `.env` file at the repository root when there is one. A variable
 * already set in the environment wins, so one command can still override the file.
 */
export function loadDotEnv(env = process.env, file = path.join(root, '.env')) {
  if (!existsSync(file)) return [];
  const loaded = [];
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    loaded.push(name);
  }
  return loaded;
}

/** Installs dependencies when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing dependencies (npm ci)...');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('npm ci failed; see its output above.');
    process.exit(result.status ?? 1);
  }
}

/** Debian's packages for the browser tests: Chromium, and CJK fonts so that Chinese names render. */
const BROWSER_PACKAGES = ['chromium', 'fonts-noto-cjk'];
const INSTALL = `apt-get update && apt-get install -y ${BROWSER_PACKAGES.join(' ')}`;

/** The absolute path of `command` in the PATH of `env`, if it is there. */
function onPath(command, env) {
  return (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, command))
    .find((file) => existsSync(file));
}

/**
 * What the browser tests need from the machine, as it is now: the Chromium to drive
 * (CHROMIUM_PATH, else /usr/bin/chromium, else `chromium` on PATH) and whether fontconfig knows
 * a Chinese font. `env` is a parameter so that a test can show it a machine without them.
 */
export function findBrowserTools(env = process.env) {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : ['/usr/bin/chromium', onPath('chromium', env)];
  const chromium = candidates.find((file) => file && existsSync(file));
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { env, encoding: 'utf8' });
  return { chromium, fonts: fonts.status === 0 && fonts.stdout.trim() !== '' };
}

/**
 * Makes sure the browser tests can run, and returns the Chromium they should use. What is
 * missing is installed with apt-get when this runs as root on a machine that has it; otherwise
 * it stops with the command to run.
 */
export function ensureBrowserTools(env = process.env) {
  let found = findBrowserTools(env);
  if (env.CHROMIUM_PATH && !found.chromium) {
    stop(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which does not exist: point it at Chromium, or unset it.`);
  }
  if (found.chromium && found.fonts) return found.chromium;
  const missing = [found.chromium ? '' : 'Chromium', found.fonts ? '' : 'CJK fonts'].filter(Boolean).join(' and ');
  if (process.getuid?.() === 0 && onPath('apt-get', env)) {
    console.log(`The browser tests need ${missing}; installing: ${INSTALL}`);
    const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update'], ['install', '-y', ...BROWSER_PACKAGES]]) {
      const result = spawnSync('apt-get', args, { env: aptEnv, stdio: 'inherit' });
      if (result.status !== 0) stop(`\`apt-get ${args.join(' ')}\` failed; see its output above.`);
    }
    found = findBrowserTools(env);
    if (found.chromium && found.fonts) return found.chromium;
  }
  stop(
    `The browser tests need ${missing}, which this machine lacks. Install them with:\n` +
      `  sudo sh -c '${INSTALL}'\n` +
      'or, without apt-get, install Chromium and a CJK font (Noto Sans CJK) and set CHROMIUM_PATH.',
  );
}

function stop(message) {
  console.error(message);
  process.exit(1);
}

/** Runs a TypeScript entry point in this process through tsx. */
export async function runTypeScript(entry) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(path.join(root, entry));
}
