import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The repository root, so ESLint reads the project's own eslint.config.js, as `npm run lint` does. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let eslint: ESLint;

beforeAll(() => {
  // The project's own config, minus type information: the files linted here exist only as text,
  // and the layer rule reads import paths, not types.
  eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });
});

/** The layer-rule messages ESLint gives `code` as if it were the file at `filePath` (which must parse). */
async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result?.messages.filter((message) => message.fatal === true)).toEqual([]);
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports' && message.severity === 2).map((message) => message.message);
}

describe('the layer rule', () => {
  it('fails a domain file that imports a storage module, and says where the port lives', async () => {
    const errors = await layerErrors(
      "import type { KyselyContactRepository } from '../storage/contact-repository.js';\nexport type Store = KyselyContactRepository;\n",
      'src/domain/x.ts',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/domain/<area>/');
  });

  it('fails a core file that imports a platform SDK', async () => {
    const errors = await layerErrors("import type { Client } from 'discord.js';\nexport type Platform = Client;\n", 'src/core/x.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('adapters/');
  });

  it('fails a core file that imports the scheduler or a database library', async () => {
    const code =
      "import type { Kysely } from 'kysely';\nimport type { ReminderScheduler } from '../scheduler/reminder-scheduler.js';\nexport type Both = [Kysely<object>, ReminderScheduler];\n";
    expect(await layerErrors(code, 'src/core/x.ts')).toHaveLength(2);
  });

  it('fails a command that imports an adapter, but lets the composition root wire adapters in', async () => {
    const code = "import { ConsoleMessenger } from '../adapters/console/console-messenger.js';\nexport const messenger = ConsoleMessenger;\n";
    expect(await layerErrors(code, 'commands/x.ts')).toHaveLength(1);
    expect(await layerErrors(code, 'src/main.ts')).toEqual([]);
  });

  it('fails a domain file that imports the asset readers instead of their port', async () => {
    const code = "import { fileModelAssets } from '../../../assets/model-assets.js';\nexport const assets = fileModelAssets;\n";
    const errors = await layerErrors(code, 'src/domain/practice/understand/x.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('model-assets.ts');
  });

  it('fails a command that imports a store instead of its port', async () => {
    const code = "import { KyselyContactRepository } from '../../src/storage/contact-repository.js';\nexport const store = KyselyContactRepository;\n";
    const errors = await layerErrors(code, 'commands/log/x.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('ctx.services');
  });

  it('fails a command that imports the scheduler, and says where its ports live', async () => {
    const code = "import type { DigestRunner } from '../../src/scheduler/digest-runner.js';\nexport type Runner = DigestRunner;\n";
    const errors = await layerErrors(code, 'commands/cohort/x.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/core');
  });

  it('passes a domain file that imports the port from the domain and a core type', async () => {
    const code =
      "import type { Tenant } from '../../core/identity.js';\nimport type { ContactRepository } from './contact-repository.js';\nexport type Journal = [ContactRepository, Tenant];\n";
    expect(await layerErrors(code, 'src/domain/journal/x.ts')).toEqual([]);
  });

  it('passes storage implementing a domain port with its database library', async () => {
    const code =
      "import type { Kysely } from 'kysely';\nimport type { ContactRepository } from '../domain/journal/contact-repository.js';\nexport type Store = [Kysely<object>, ContactRepository];\n";
    expect(await layerErrors(code, 'src/storage/x.ts')).toEqual([]);
  });
});
