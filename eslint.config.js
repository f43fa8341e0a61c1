import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'web/src/api/schema.gen.ts', '.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The dependency rule: core is pure domain logic.
    files: ['core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^node:', message: 'core is pure: no Node APIs' },
        { regex: '^(kysely|hono|@hono/.*|react.*|better-sqlite3|pg|pino|zod)$', message: 'core imports no framework' },
      ] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'fetch'],
    },
  },
  {
    // Only the database layer and repositories speak Kysely.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/db/**', 'server/src/**/*.repository.ts', 'server/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'kysely', message: 'Kysely belongs in server/src/db and *.repository.ts', allowTypeImports: true }] }],
    },
  },
  {
    files: ['bench/**/*.{js,mjs}', 'server/bin/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
  },
);
