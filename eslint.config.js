import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url', 'util', 'stream', 'zlib'];

/** Imports a layer may not make: the architecture, enforced (see docs/architecture.md). */
function layer(files, patterns, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'docs/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // Leaving fields out of an object by destructuring the rest is how a value is narrowed to what crosses a boundary.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-console': 'off',
    },
  },
  layer(
    ['src/shared/**'],
    [...nodeBuiltins, 'electron', 'electron/*', 'react', 'react-dom', 'react-dom/*', 'exceljs', 'ag-grid-*', 'zustand', '**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**', '#cli/*'],
    'src/shared is the pure core: no Node, Electron, DOM or UI libraries, and nothing from main, preload, renderer or cli.',
  ),
  layer(
    ['src/renderer/**'],
    [...nodeBuiltins, 'electron', 'electron/*', 'exceljs', '**/main/**', '**/preload/**', '**/cli/**', '#cli/*', '**/shared/calc', '**/shared/calc/**', '#shared/calc'],
    'The renderer reaches the core (shared/calc) only through the preload API; no Node, Electron or main-process code.',
  ),
  layer(
    ['src/preload/**'],
    ['**/main/**', '**/renderer/**', '**/cli/**', 'exceljs'],
    'The preload only bridges the typed IPC map; it imports shared/ipc and electron, nothing else of the app.',
  ),
  layer(['src/main/**'], ['**/renderer/**', '**/preload/**', '**/cli/**', '#cli/*'], 'main owns files, dialogs and workers; it does not import the renderer, preload or cli.'),
  layer(['src/cli/**'], ['**/renderer/**', '**/preload/**', 'electron', 'electron/*'], 'The CLI runs in plain Node over shared/ and main adapters, never Electron.'),
  {
    files: ['src/shared/**'],
    rules: { 'no-console': 'error' },
  },
  {
    // Tests index into results they have just built; a failed assertion reports a missing value anyway.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
