// `node scripts/run.mjs <file.ts> [args]`: installs dependencies if needed, then runs the file.
import { ensureDependencies, loadDotEnv, runTypeScript } from './bootstrap.mjs';

const [entry, ...args] = process.argv.slice(2);
loadDotEnv();
ensureDependencies();
process.argv = [process.argv[0], entry, ...args];
await runTypeScript(entry);
