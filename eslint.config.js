// ESLint for the whole repo: typescript-eslint's type-aware strict rules, React hooks, kebab-case file names,
// and the architecture's boundaries (README "How it is built", issue 8) as checked rules.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import unicorn from 'eslint-plugin-unicorn';
import tseslint from 'typescript-eslint';

// Only the Excel layer (and its fake, which stands in for the host in tests) may touch Office.js.
const EXCEL_LAYER = ['addin/src/excel/**', 'addin/src/excel-fake/**'];
const OFFICE_GLOBALS = ['Excel', 'Office', 'OfficeExtension'].map((name) => ({
  name,
  message: 'Only addin/src/excel/ touches Office.js: put this in the Excel layer and pass it in as an action.',
}));

// Only worker/src/store/ touches KV; worker tests may read and write raw KV to check what the stores wrote.
const KV_LAYER = ['worker/src/store/**', 'worker/test/**'];
const KV_MESSAGE = 'Only worker/src/store/ touches KV: go through a store (createStores) instead.';
const KV_SYNTAX = [
  { selector: 'TSTypeReference[typeName.name=/^KVNamespace/]', message: KV_MESSAGE },
  { selector: "MemberExpression[property.name='PLANSYNC_KV']", message: KV_MESSAGE },
  { selector: "ObjectPattern > Property[key.name='PLANSYNC_KV']", message: KV_MESSAGE },
];

// shared/ is pure logic: zod and the standard library, nothing framework- or platform-bound.
const SHARED_MESSAGE = 'shared/ imports nothing of Hono, React, Fluent UI, Office.js or Workers (pure logic only).';
const SHARED_IMPORTS = {
  paths: ['hono', 'react', 'react-dom', 'office-js', '@microsoft/office-js'].map((name) => ({
    name,
    message: SHARED_MESSAGE,
  })),
  patterns: [
    { group: ['hono/*', '@hono/*', 'react/*', 'react-dom/*', '@fluentui/*'], message: SHARED_MESSAGE },
    { group: ['cloudflare:*', '@cloudflare/*', 'wrangler'], message: SHARED_MESSAGE },
    { group: ['@plansync/worker', '@plansync/addin', '**/worker/**', '**/addin/**'], message: SHARED_MESSAGE },
  ],
};

// The write rules are pure: worker/src/rules/ never reads or writes storage.
const RULES_IMPORTS = {
  patterns: [
    {
      group: ['**/store', '**/store/**'],
      message: 'worker/src/rules/ is pure: it never imports store/. Pass the data in instead.',
    },
  ],
};

// vitest: a committed .only or .skip silently drops tests.
const FOCUSED_TESTS = ['it', 'test', 'describe'].flatMap((object) =>
  ['only', 'skip'].map((property) => ({ object, property, message: 'No .only/.skip in committed tests.' })),
);

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '**/test-output/**',
      '**/.wrangler/**',
      'worker/worker-configuration.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { unicorn, 'react-hooks': reactHooks },
    rules: {
      'unicorn/filename-case': ['error', { case: 'kebabCase' }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-properties': ['error', ...FOCUSED_TESTS],
      // With noUncheckedIndexedAccess, `rows[i]!` after a bounds check is the idiom; tsc still checks the rest.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers in messages and keys (`${task}.${n}`) are what templates are for.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(false)}` returns void on purpose; only flag void used as a value elsewhere.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // An async function without await is how a synchronous implementation fulfils an async interface.
      '@typescript-eslint/require-await': 'off',
      // React event handlers may be async; the pane's actions catch and show their own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Plan text is spread into code points on purpose (numerals, property tests); arrays and maps are still checked.
      '@typescript-eslint/no-misused-spread': ['error', { allow: [{ from: 'lib', name: 'string' }] }],
      // Action and prop interfaces declare methods but are implemented by closures, so `this` is never at stake.
      '@typescript-eslint/unbound-method': 'off',
      // `Promise<Summary | void>` types callbacks that may finish without a result.
      '@typescript-eslint/no-invalid-void-type': 'off',
      // `a || b` on strings treats '' as absent on purpose (settings, notes); `??` is still required for the rest.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // `const { kind: _kind, ...rest }` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests read parsed JSON and XML, and use expect.any() matchers, which are typed `any`.
    files: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      // Test doubles pass no-op callbacks.
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: EXCEL_LAYER,
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS] },
  },
  {
    files: ['worker/**/*.ts'],
    ignores: KV_LAYER,
    rules: { 'no-restricted-syntax': ['error', ...KV_SYNTAX] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', SHARED_IMPORTS], 'no-restricted-syntax': ['error', ...KV_SYNTAX] },
  },
  {
    files: ['worker/src/rules/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', RULES_IMPORTS] },
  },
  {
    // Plain JS (this file, the install check) is not in a tsconfig: lint it without types.
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
