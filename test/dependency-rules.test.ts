import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from './support/paths.ts';

// The rules in .dependency-cruiser.cjs, tried on a small tree of packages that breaks them:
// npm test runs the same rules on the real tree, where they must find nothing.
const tree = mkdtempSync(path.join(os.tmpdir(), 'cohort-dependency-rules-'));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
  writeFileSync(path.join(tree, file), text);
}

function cruise(): { rule: string; from: string; to: string }[] {
  const result = spawnSync(
    path.join(repoRoot, 'node_modules', '.bin', 'depcruise'),
    ['db', 'seed', 'server', '--config', path.join(repoRoot, '.dependency-cruiser.cjs'), '--output-type', 'json'],
    { cwd: tree, encoding: 'utf8' },
  );
  const output = JSON.parse(result.stdout) as {
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  return output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

function workspace(name: string, dependencies: Record<string, string>): void {
  write(
    `${name}/package.json`,
    JSON.stringify({ name: `@cohort/${name}`, type: 'module', exports: { '.': './src/index.ts' }, dependencies }),
  );
  mkdirSync(path.join(tree, 'node_modules', '@cohort'), { recursive: true });
  symlinkSync(path.join(tree, name), path.join(tree, 'node_modules', '@cohort', name));
}

write('package.json', JSON.stringify({ name: 'cohort', private: true, workspaces: ['db', 'seed', 'server'] }));
write(
  'tsconfig.json',
  JSON.stringify({
    compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', allowImportingTsExtensions: true },
  }),
);
workspace('db', {});
workspace('seed', { '@cohort/db': '0.1.0' });
workspace('server', { '@cohort/db': '0.1.0', '@cohort/seed': '0.1.0' });
symlinkSync(path.join(repoRoot, 'node_modules', 'yaml'), path.join(tree, 'node_modules', 'yaml'));

// Each check starts dependency-cruiser afresh: seconds on an idle machine, more on a busy one.
const CRUISE_TIMEOUT = 60_000;

it('passes a tree that keeps the rules', { timeout: CRUISE_TIMEOUT }, () => {
  write('db/src/index.ts', 'export const port = 7687;\n');
  write('seed/src/index.ts', "import { port } from '@cohort/db';\nexport const seeded = port;\n");
  write(
    'server/src/index.ts',
    "import { seeded } from '@cohort/seed';\nimport { port } from '@cohort/db';\nexport const both = [seeded, port];\n",
  );
  expect(cruise()).toEqual([]);
});

it(
  'fails on a cycle, an upward dependency, a deep or relative import and an undeclared package',
  { timeout: CRUISE_TIMEOUT },
  () => {
    // db reaching up to seed closes a cycle: seed already depends on db.
    write(
      'db/src/index.ts',
      "import { seeded } from '@cohort/seed';\nexport const port = 7687;\nexport const again = seeded;\n",
    );
    write('server/src/deep.ts', "import { port } from '../../db/src/index.ts';\nexport const deep = port;\n");
    write('server/src/inner.ts', "import { x } from '@cohort/seed/src/x.ts';\nexport const inner = x;\n");
    write('seed/src/x.ts', "import { parse } from 'yaml';\nexport const x = parse('1');\n");
    const rules = cruise().map((v) => `${v.rule}: ${v.from}`);
    expect(rules).toContain('no-circular: db/src/index.ts');
    expect(rules).toContain('db-not-on-seed-server-web: db/src/index.ts');
    expect(rules).toContain('no-relative-import-across-packages: server/src/deep.ts');
    expect(rules).toContain('no-unresolvable: server/src/inner.ts');
    expect(rules).toContain('no-undeclared-dependency: seed/src/x.ts');
  },
);
