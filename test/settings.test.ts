import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LauncherError, readDbSettings } from '@cohort/db';
import { readConfig } from '@cohort/server';
import { repoRoot } from './support/paths.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'cohort-settings-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('settings', () => {
  it('reads the COHORT_ names, and the earlier names with one warning each', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(readDbSettings({ COHORT_NEO4J_BOLT_PORT: '7701', COHORT_NEO4J_HEAP: '1g' })).toMatchObject({
        boltPort: 7701,
        heap: '1g',
      });
      expect(readConfig({ COHORT_QUERY_TIMEOUT_MS: '800', COHORT_GRAPHIQL: 'true' })).toMatchObject({
        queryTimeoutMs: 800,
        graphiql: true,
      });
      expect(readDbSettings({ NEO4J_BOLT_PORT: '7702' }).boltPort).toBe(7702);
      expect(readDbSettings({ NEO4J_BOLT_PORT: '7702' }).boltPort).toBe(7702);
      expect(readConfig({ CORS_ORIGINS: 'http://a.example, http://b.example' }).corsOrigins).toEqual([
        'http://a.example',
        'http://b.example',
      ]);
      // The new name wins over the old one when both are set.
      expect(readDbSettings({ COHORT_NEO4J_BOLT_PORT: '7703', NEO4J_BOLT_PORT: '7702' }).boltPort).toBe(7703);
      const warnings = warn.mock.calls.map((call) => String(call[0]));
      expect(warnings.filter((w) => w.startsWith('NEO4J_BOLT_PORT is now called COHORT_NEO4J_BOLT_PORT'))).toHaveLength(
        1,
      );
      expect(warnings.some((w) => w.startsWith('CORS_ORIGINS is now called COHORT_CORS_ORIGINS'))).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });

  it('refuses a value it cannot use with one line naming the setting', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow('PORT must be a non-negative integer, not "abc".');
    expect(() => readDbSettings({ COHORT_NEO4J_BOLT_PORT: '70000' })).toThrow(LauncherError);
    expect(() => readDbSettings({ COHORT_NEO4J_BOLT_PORT: 'x' })).toThrow(
      'COHORT_NEO4J_BOLT_PORT must be a port number (0 to 65535), not "x".',
    );
  });

  it('takes what a .env file sets, unless the environment already sets it', () => {
    const file = path.join(scratch, '.env');
    writeFileSync(file, '# local settings\nPORT=4100\nCOHORT_GRAPHIQL=true\nHOST="0.0.0.0"\n');
    const script =
      "import { loadDotEnv } from './scripts/bootstrap.mjs';" +
      "const env = { PORT: '4200' }; const loaded = loadDotEnv(env, process.argv[1]);" +
      'console.log(JSON.stringify({ env, loaded }));';
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, file], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({
      env: { PORT: '4200', COHORT_GRAPHIQL: 'true', HOST: '0.0.0.0' },
      loaded: ['COHORT_GRAPHIQL', 'HOST'],
    });
  });
});
