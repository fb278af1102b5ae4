// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * The layers (ARCHITECTURE.md, "Layers"): imports point inward only. src/core and src/domain
 * define the ports (repository and store interfaces, clock, messengers) and the entity types;
 * src/storage, src/scheduler and adapters/ implement them. Only src/main.ts, the composition
 * root, wires adapters in.
 */
/** Platform SDKs: only adapters/ (and the tests and benches that drive them) speak to them. */
const PLATFORM_SDKS = {
  regex: '^(@slack/|@discordjs/|discord\\.js(/|$))',
  message: 'Only adapters/ use a platform SDK: describe what you need as a port in src/core or src/domain, and implement it in adapters/.',
};
/** adapters/: nothing but the composition root imports them. */
const ADAPTERS = {
  regex: '(^|/)adapters(/|$)',
  message: 'Only src/main.ts (the composition root) imports adapters/: depend on a port from src/core instead, and let main.ts pass the adapter in.',
};
/** What the inner layer must not know about: where data is kept and how work is timed. */
const OUTER_LAYERS = {
  regex: '(^|/)(storage|scheduler)(/|$)',
  message: 'src/core and src/domain are the inner layer: import the port (interface) from src/domain/<area>/ or src/core/, which src/storage and src/scheduler implement.',
};
/** Database libraries: the inner layer speaks in ports and entity types, never in queries. */
const DATABASE_LIBRARIES = {
  regex: '^(kysely|better-sqlite3|pg)(/|$)',
  message: 'src/core and src/domain do not use a database library: declare the port in src/domain/<area>/ and implement it in src/storage/.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-console': 'off' },
  },
  {
    files: ['src/**', 'commands/**'],
    ignores: ['src/main.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ADAPTERS, PLATFORM_SDKS] }] },
  },
  {
    files: ['src/core/**', 'src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [OUTER_LAYERS, ADAPTERS, PLATFORM_SDKS, DATABASE_LIBRARIES] }] },
  },
  { files: ['eslint.config.js', 'scripts/*.js'], ...tseslint.configs.disableTypeChecked },
);
