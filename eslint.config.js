// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * The layers (ARCHITECTURE.md, "Layers"): imports point inward only. src/core and src/domain
 * define the ports (repository and store interfaces) and the entity types; src/storage,
 * src/scheduler and adapters/ implement them, and commands use them. Only src/main.ts, the
 * composition root, wires adapters in.
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
/** Commands and the inner layer reach stored data through ports, never through src/storage. */
const STORAGE = {
  regex: '(^|/)storage(/|$)',
  message:
    'Reach stored data through its port: import the interface from src/domain/<area>/ (handlers get the store from ctx.services); src/app/create-services.ts, in the composition, builds the store.',
};
/** How work is timed is the scheduler's: commands and the inner layer do not know about it. */
const SCHEDULER = {
  regex: '(^|/)scheduler(/|$)',
  message:
    'Only the composition (src/app.ts, src/app/) and adapters import src/scheduler: declare the port or type you need in src/core or src/domain/<area>/ for the scheduler to implement.',
};
/** The data files' readers: the inner layer gets file contents through its ports (ModelAssets). */
const ASSET_READERS = {
  regex: '(^|/)src/assets(/|$)|^\\.\\./(\\.\\./)*assets/',
  message:
    'src/core and src/domain read no file: declare what they need as a port (src/domain/practice/understand/model-assets.ts) and let src/assets/ implement it.',
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
    files: ['src/**'],
    ignores: ['src/main.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ADAPTERS, PLATFORM_SDKS] }] },
  },
  {
    files: ['commands/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [STORAGE, SCHEDULER, ADAPTERS, PLATFORM_SDKS] }] },
  },
  {
    files: ['src/core/**', 'src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [STORAGE, SCHEDULER, ADAPTERS, PLATFORM_SDKS, DATABASE_LIBRARIES, ASSET_READERS] }] },
  },
  { files: ['eslint.config.js', 'scripts/*.js'], ...tseslint.configs.disableTypeChecked },
);
