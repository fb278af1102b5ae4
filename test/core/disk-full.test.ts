import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/storage/database.js';
import { KyselyUserRepository } from '../../src/storage/user-repository.js';
import type { Activity } from '../../src/domain/people/user-repository.js';
import { Harness } from '../support/harness.js';
import { openTestDatabase } from '../support/test-database.js';

/** What SQLite throws when its disk is full. */
const diskFull = (): Error => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });

/** People as stored, on a disk with no room left to record their activity. */
class FullDiskUsers extends KyselyUserRepository {
  override recordActivity(): Promise<Activity> {
    return Promise.reject(diskFull());
  }
}

describe('a full disk', () => {
  let harness: Harness;
  let people: Database;
  beforeEach(async () => {
    people = await openTestDatabase();
    harness = await Harness.create({ services: { users: new FullDiskUsers(people.db), atomically: () => Promise.reject(diskFull()) } });
  });
  afterEach(async () => {
    await harness.close();
    await people.close();
  });

  it('still answers what only reads, and says plainly that what was sent was not saved', async () => {
    expect((await harness.as('ana').send('/log list')).text).toContain('Your journal');
    const refused = (await harness.as('ana').send('/log interview "Dana Lee" --learned "how shifts work"')).text;
    expect(refused).toContain('What you just sent was not saved');
    expect(refused).toContain('you can still read your journal');
    expect(refused).not.toContain('Nothing you wrote was lost');
    expect(harness.logs().filter((line) => line.msg === 'activity not recorded: the disk is full')).toHaveLength(2);
  });
});
