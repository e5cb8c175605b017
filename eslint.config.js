import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { i18nPlugin } from './eslint-rules/no-literal-ui-text.js';
import jsxA11y from 'eslint-plugin-jsx-a11y';

// Layering, enforced: the pure core runs everywhere (renderer, CLI, backend), so it may
// not reach for electron, Node, SQLite or React; the backend never imports electron.
const coreBans = {
  patterns: [
    { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'src/core is pure: no Node built-ins.' },
    { group: ['electron', 'electron/*'], message: 'src/core is pure: no electron.' },
    { group: ['better-sqlite3'], message: 'src/core is pure: no SQLite.' },
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'monaco-editor', 'monaco-editor/*'], message: 'src/core is pure: no UI libraries.' },
    { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/core may import only src/core and src/shared.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tools/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/core/**/*.ts'], ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': ['error', coreBans] } },
  // The shared vocabulary and contract import only each other and zod (pure; ADR 0008).
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: '^(?!zod$|\\.\\.?/)', message: 'src/shared imports only src/shared and zod.' },
          { regex: '^\\.\\./(\\.\\./|core/|main/|renderer/|preload/)', message: 'src/shared imports only src/shared and zod.' },
        ],
      }],
    },
  },
  {
    files: ['src/main/backend/**/*.ts', 'src/main/host/**/*.ts', 'src/main/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'electron/*'], message: 'Only src/main/electron may import electron.' }] }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'electron', 'better-sqlite3'], message: 'The renderer talks to the backend only through the ApiClient.' },
          { group: ['**/main/**'], message: 'The renderer talks to the backend only through the ApiClient.' },
          // The schemas are the backend's check; the renderer needs their types only, and no zod in its bundle.
          { group: ['zod', '**/shared/api', '**/shared/api/*', '**/shared/content-rules'], allowTypeImports: true, message: 'The renderer imports the contract as types only (import type).' },
        ],
      }],
    },
  },
  {
    // React as its maintainers recommend (docs/adr/0019): the hooks rules and the React
    // Compiler's checks, as errors, plus "no state derived in an effect".
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
      // The app is not built with the React Compiler; this rule only says the compiler would skip a component.
      'react-hooks/incompatible-library': 'off',
      'react-hooks/unsupported-syntax': 'error',
      'react-hooks/no-deriving-state-in-effects': 'error',
    },
  },
  { files: ['src/renderer/**/*.{ts,tsx}'], plugins: { i18n: i18nPlugin } },
  // Accessibility of the markup, checked as it is written (axe checks the running app in e2e).
  { files: ['src/renderer/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // The renderer shows text only from the catalogues (docs/adr/0020, 0029): every file but
    // tests and the test helpers, whose fake data is not shown to anyone.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/renderer/testing/**'],
    rules: { 'i18n/no-literal-ui-text': 'error', 'i18n/no-literal-ui-phrase': 'error' },
  },
  { files: ['scripts/**/*.{js,mjs}', 'bin/**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } } },
);
