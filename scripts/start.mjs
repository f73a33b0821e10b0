// `npm start`: everything a fresh clone needs, then the server. Node built-ins only until
// the dependencies are installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencies, loadDotEnv, root, runTypeScript } from './bootstrap.mjs';

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), 0);
}

/** Builds the web client when web/dist is missing or older than its sources. */
function ensureWebBuild() {
  const web = path.join(root, 'web');
  if (!existsSync(path.join(web, 'index.html'))) return;
  const built = path.join(web, 'dist', 'index.html');
  const inputs = ['src', 'index.html', 'vite.config.ts', 'package.json', 'public'].map((p) => path.join(web, p));
  const sourcesChanged = Math.max(...inputs.map(newestMtime), newestMtime(path.join(root, 'schema.graphql')));
  if (existsSync(built) && statSync(built).mtimeMs >= sourcesChanged) return;
  console.log('Building the web client...');
  const result = spawnSync('npm', ['run', 'build', '--workspace', 'web'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

loadDotEnv();
ensureDependencies();
ensureWebBuild();
await runTypeScript('server/src/main.ts');
