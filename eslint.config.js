import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      'web/dist/',
      '**/generated.ts',
      '**/generated/',
      'db/.cache/',
      '.cohort/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `!= null` is the one loose comparison allowed: it means "neither null nor undefined".
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
      // Prettier wraps code at 120; long strings (Cypher, GraphQL, SVG paths) may run on.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.svelte', 'web/test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The Maps it flags are built and read inside one $derived and never mutated afterwards.
      'svelte/prefer-svelte-reactivity': 'off',
      // `{' '}` keeps a space that the markup's line break would otherwise swallow.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    // Tests walk GraphQL answers of many shapes; typing each one would repeat the schema.
    files: ['*/test/**/*.ts', 'test/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // In markup, Prettier keeps a sentence of text on one line; it decides, not this rule.
    files: ['**/*.svelte'],
    rules: { 'max-len': 'off' },
  },
);
