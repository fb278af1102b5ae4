/**
 * A Rapport process that logs a stream of interviews, for the crash test of atomic commands. It
 * opens the database the environment names (DATABASE_URL or DATABASE_PATH) and dispatches
 * `/log interview "Contact n" --learned "..."` for n from 0 to COUNT - 1, in order, as the
 * console student `ana` would, printing `done n` after each answer. Killed at any moment, it is
 * started again and sends the whole stream again, as a student retries what got no answer.
 */
import { COMMANDS } from '../../commands/index.js';
import { loadConfig } from '../../src/config.js';
import { systemClock } from '../../src/core/clock.js';
import { Dispatcher } from '../../src/core/dispatcher.js';
import { parseTenant } from '../../src/core/identity.js';
import { createRegistry } from '../../src/core/registry.js';
import { DEFAULT_CADENCE } from '../../src/domain/reminders/cadence-settings.js';
import { silentLogger } from '../../src/logger.js';
import { createServices } from '../../src/app/create-services.js';
import { openDatabase } from '../../src/storage/open-database.js';

const count = Number(process.env.COUNT ?? '40');
const database = await openDatabase(loadConfig().database);
const dispatcher = new Dispatcher({
  registry: createRegistry(COMMANDS),
  services: createServices(database, { defaultTimezone: 'UTC', cadence: DEFAULT_CADENCE }),
  clock: systemClock,
  logger: silentLogger(),
});
const tenant = parseTenant('console:local');
for (let index = 0; index < count; index++) {
  const [reply] = await dispatcher.dispatch({
    actor: { tenant, userId: 'ana', displayName: 'ana', roles: ['member'] },
    conversation: { tenant, channelId: 'dm:ana', isDirect: true },
    inbound: {
      kind: 'command',
      command: 'log',
      text: `interview "Contact ${index}" --learned "what contact ${index} does all day" --referrals "Referral ${index}"`,
    },
  });
  if (reply === undefined || reply.blocks.some((block) => block.type === 'context' && block.text.includes('error id')))
    throw new Error(`interview ${index} failed`);
  process.stdout.write(`done ${index}\n`);
}
await database.close();
process.stdout.write('finished\n');
