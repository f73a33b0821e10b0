import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/support/paths.ts';

// `npm test` looks for Chromium and CJK fonts before the browser tests (scripts/bootstrap.mjs).
// This machine has both, so each case runs the real check in a child process shown a machine
// that lacks them: a PATH of stand-in programs, and CHROMIUM_PATH pointing where nothing is.

const bootstrap = path.join(repoRoot, 'scripts', 'bootstrap.mjs');
let bin: string;

/** A folder of stand-in programs (shell scripts, builtins only, with $here their folder) to be the whole PATH. */
function fakeBin(programs: Record<string, string>): string {
  bin = mkdtempSync(path.join(tmpdir(), 'cohort-bin-'));
  for (const [name, script] of Object.entries(programs)) {
    writeFileSync(path.join(bin, name), `#!/bin/sh\nhere='${bin}'\n${script}\n`);
    chmodSync(path.join(bin, name), 0o755);
  }
  return bin;
}

function check(env: Record<string, string>) {
  const code = `import { ensureBrowserTools } from ${JSON.stringify(bootstrap)}; console.log('USING ' + ensureBrowserTools());`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { env, encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
}

const FONT = 'echo "Noto Sans CJK SC"';
const INSTALL = 'apt-get install -y chromium fonts-noto-cjk';

afterEach(() => rmSync(bin, { recursive: true, force: true }));

describe('the browser tools check of npm test', () => {
  it('uses CHROMIUM_PATH when it exists and the fonts are there', () => {
    const dir = fakeBin({ 'fc-list': FONT, chromium: 'exit 0' });
    const result = check({ PATH: dir, CHROMIUM_PATH: path.join(dir, 'chromium') });
    expect(result.out).toContain(`USING ${path.join(dir, 'chromium')}`);
    expect(result.status).toBe(0);
  });

  it('stops with a clear message when CHROMIUM_PATH points where nothing is', () => {
    const dir = fakeBin({ 'fc-list': FONT });
    const result = check({ PATH: dir, CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/CHROMIUM_PATH is \/nonexistent\/chromium, which does not exist/);
  });

  it('gives the exact command when the fonts are missing and apt-get is not there', () => {
    for (const programs of [{ 'fc-list': 'exit 0' }, {}] as Record<string, string>[]) {
      const dir = fakeBin(programs);
      const result = check({ PATH: dir });
      expect(result.status).toBe(1);
      expect(result.out).toMatch(/need CJK fonts/);
      expect(result.out).toContain(`apt-get update && ${INSTALL}`);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(process.getuid?.() === 0)('installs them with apt-get when it runs as root', () => {
    // The stand-in apt-get records its calls, and "installs" the fonts the stand-in fc-list reports.
    const dir = fakeBin({
      'apt-get': 'echo "$@" >> "$here/apt-calls"; [ "$1" = install ] && : > "$here/installed"; exit 0',
      'fc-list': `[ -e "$here/installed" ] && ${FONT}; exit 0`,
    });
    const result = check({ PATH: dir });
    expect(result.out).toMatch(/need CJK fonts; installing/);
    expect(readFileSync(path.join(dir, 'apt-calls'), 'utf8')).toBe('update\ninstall -y chromium fonts-noto-cjk\n');
    expect(existsSync(path.join(dir, 'installed'))).toBe(true);
    expect(result.status).toBe(0);
    expect(result.out).toContain('USING /usr/bin/chromium');
  });
});
