/**
 * A real Rapport scheduler process for crash tests. It opens the SQLite file in DATABASE_PATH,
 * delivers due reminders to a messenger that appends one line per delivery to DELIVERY_LOG,
 * and exits. With HANG_AFTER_CLAIM=1 it prints "claimed" once it holds a claim and then hangs
 * inside the delivery, so the test can kill it at exactly that point.
 */
import { appendFileSync } from 'node:fs';
import { composeNudges } from '../../commands/remind/nudge-reply.js';
import { systemClock } from '../../src/core/clock.js';
import { DEFAULT_CADENCE } from '../../src/domain/reminders/cadence-settings.js';
import { silentLogger } from '../../src/logger.js';
import type { DirectMessenger } from '../../src/scheduler/direct-messenger.js';
import { ReminderScheduler } from '../../src/scheduler/reminder-scheduler.js';
import { createServices } from '../../src/services.js';
import { openSqliteDatabase } from '../../src/storage/database.js';

const { DATABASE_PATH: path = '', DELIVERY_LOG: log = '', HANG_AFTER_CLAIM: hang, LEASE_MS: lease = '300' } = process.env;
const database = await openSqliteDatabase(path);
const services = createServices(database, { defaultTimezone: 'UTC', cadence: DEFAULT_CADENCE });
const messenger: DirectMessenger = {
  deliver: (recipient, _replies, key) => {
    if (hang === '1') {
      process.stdout.write('claimed\n');
      setInterval(() => undefined, 1000); // stay alive, mid-delivery, until killed
      return new Promise(() => undefined);
    }
    appendFileSync(log, `${recipient.userId} ${key}\n`);
    return Promise.resolve({ ok: true });
  },
};
const scheduler = new ReminderScheduler({
  reminders: services.reminders,
  users: services.users,
  clock: systemClock,
  logger: silentLogger(),
  messengers: new Map([['console', messenger]]),
  compose: (reminders, zone) => composeNudges(reminders, zone, (name) => `/${name}`, services.settings, new Date()),
  defaultTimezone: 'UTC',
  leaseMs: Number(lease),
});
const summary = await scheduler.runDue();
process.stdout.write(`${JSON.stringify(summary)}\n`);
await database.close();
