'use strict';
/**
 * Lint gates. Besides the recommended sets:
 * - type-aware rules (no floating promises) over every TypeScript file, through the two TypeScript projects
 *   (tsconfig.json: the browser library; server/tsconfig.json: the server, compat-tests, bench, Node tests) and the
 *   type test's (types-test/tsconfig.json);
 * - the layering of src/ (docs/ARCHITECTURE.md) as import boundaries, with eslint-plugin-import-x: one plugin gives
 *   both `no-restricted-paths` (which folder may import which, each zone with its reason) and `no-cycle` (file-level
 *   cycles, value imports only: `import type` cycles are not reported), and resolves TypeScript imports without extra
 *   resolver packages. The allowed folder imports form a directed acyclic graph, so a folder cycle is a boundary error;
 * - size limits: ≤ 300 lines per file and ≤ 80 lines per function in src/ and server/ (tests excepted).
 */
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');
const importX = require('eslint-plugin-import-x');

const TESTS = ['**/*.test.ts', '**/__tests__/**'];

/** import-x reads .ts files with the TypeScript parser and resolves them like Node with TypeScript's extensions. */
const IMPORT_SETTINGS = {
  'import-x/extensions': ['.ts', '.js'],
  'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
  'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.d.ts', '.js', '.json'] })],
};

/**
 * Which folders each folder of src/ may import (besides itself). Top-level files (index.ts, umd.js, md5worker.ts,
 * polyfills.ts) assemble the library and may import anything. The graph is acyclic:
 * core ← options ← legacy ← export ← widgets; core ← picker ← export; core ← upload ← client; core, legacy ← boot.
 */
const LAYERS = {
  core: { may: [], why: 'src/core is shared and v2-agnostic: it imports nothing else of src/.' },
  options: { may: ['core'], why: 'src/options is the pure translator: it imports src/core only.' },
  upload: { may: ['core'], why: 'The engine (src/upload) meets the rest only through src/core/contracts: no dialog, widgets, legacy or export code.' },
  picker: { may: ['core'], why: 'The dialog (src/picker) gets its Uploader injected through src/core/contracts: no upload internals, no facade code.' },
  legacy: { may: ['core', 'options'], why: 'The v2 facade (src/legacy) gets the dialog and the engine injected (LegacyContext): it imports src/core and src/options only.' },
  client: { may: ['core', 'upload'], why: 'The modern client (src/client) drives the engine: it imports src/core and src/upload only.' },
  export: { may: ['core', 'options', 'legacy', 'picker'], why: 'src/export (on the facade; its save dialog uses the dialog\'s Modal and translator) is used by src/widgets, never the other way round (no folder cycle).' },
  widgets: { may: ['core', 'options', 'legacy', 'export'], why: 'src/widgets sits on the facade and src/export.' },
  boot: { may: ['core', 'legacy'], why: 'src/boot runs before the library: it reads src/legacy/members.ts and src/core only.' },
};

/** The import-x/no-restricted-paths zones of LAYERS. */
function layerZones() {
  return Object.keys(LAYERS).map((name) => {
    const may = LAYERS[name].may;
    return {
      target: './src/' + name,
      from: './src',
      // everything else of src/, the entry files (index.ts, umd.js …) included
      except: ['./' + name].concat(may.map((m) => './' + m)),
      message: LAYERS[name].why,
    };
  });
}

const SIZE = {
  'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
  'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
};

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', 'e2e/artifacts/**', 'bench/.work/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './server/tsconfig.json', './types-test/tsconfig.json'],
        tsconfigRootDir: __dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: IMPORT_SETTINGS,
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // v2's public functions are argument-less wrappers (`length === 0`) that forward `arguments`.
      'prefer-rest-params': 'off',
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='innerHTML']", message: 'Never use innerHTML: build DOM nodes and set textContent.' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.js', 'server/**/*.ts'],
    ignores: TESTS,
    rules: {
      ...SIZE,
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.js'],
    ignores: TESTS,
    plugins: { 'import-x': importX },
    settings: IMPORT_SETTINGS,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones() }] },
  },
  {
    // The engine runs in browsers, Workers and Node: it reaches the environment through src/upload/environment.ts.
    files: ['src/upload/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-globals': ['error',
        { name: 'document', message: 'The engine (src/upload) has no DOM: it also runs in Workers and Node.' },
        { name: 'window', message: 'The engine (src/upload) has no window: it also runs in Workers and Node (use globalThis through environment.ts).' }],
    },
  },
  {
    files: ['**/*.test.ts', 'compat-tests/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'types-test/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['e2e/**/*.js', 'bench/**/*.js', 'server/public/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
