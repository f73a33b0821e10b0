// The package rules `npm test` enforces: db at the bottom, seed on db, server on seed and db,
// web on nothing of ours; across packages only by package name and public entry; no cycles;
// every package imported is declared; no production code reaches into tests.
const PACKAGES = '(db|seed|server|web|bench)';

/** A rule that package `from` must not depend on the packages in `to`. */
const notOn = (from, to) => ({
  name: `${from}-not-on-${to.replace(/[()|]/g, '-')}`.replace(/-+/g, '-').replace(/-$/, ''),
  comment: `${from} sits below ${to} in the package order`,
  severity: 'error',
  from: { path: `^${from}/src/` },
  to: { path: `^${to}/` },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'no cycle of runtime imports (types may refer back, as generated resolver types do)',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-unresolvable',
      comment: 'an import that does not resolve, such as a path past a package entry',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-undeclared-dependency',
      comment: 'every package imported is declared in the package.json that owns the importing file',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'no-dev-dependency-in-production',
      severity: 'error',
      from: { path: `^${PACKAGES}/src/`, pathNot: '\\.d\\.ts$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-relative-import-across-packages',
      comment: 'another package is reached by its name (@cohort/x), never by a relative path',
      severity: 'error',
      from: { path: `^${PACKAGES}/` },
      to: { dependencyTypes: ['local'], pathNot: ['^$1/', '^test/support/'] },
    },
    {
      name: 'only-public-entries',
      comment: 'another package is reached through its public entry, not its inner files',
      severity: 'error',
      from: { path: `^${PACKAGES}/` },
      to: {
        path: `^${PACKAGES}/src/`,
        pathNot: ['^$1/', '^(db|seed|server)/src/index\\.ts$', '^web/src/lib/kinds\\.ts$'],
      },
    },
    {
      name: 'no-tests-in-production',
      severity: 'error',
      from: { path: `^${PACKAGES}/src/` },
      to: { path: ['^test/', '^e2e/', '^[^/]+/test/'] },
    },
    notOn('db', '(seed|server|web)'),
    notOn('seed', '(server|web)'),
    notOn('server', 'web'),
    notOn('web', '(db|seed|server|bench)'),
    notOn('server', 'bench'),
    notOn('seed', 'bench'),
    notOn('db', 'bench'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^web/dist/', '(^|/)\\.cache/', '^\\.cohort/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.js', '.mjs', '.json', '.svelte'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
