import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/identity.js';
import { IN_MEMORY, openSqliteDatabase, type Database } from '../../src/storage/database.js';
import { KyselyUserRepository } from '../../src/storage/user-repository.js';

const actor = (platform: 'discord' | 'slack', workspaceId: string, userId: string): Actor => ({ tenant: { platform, workspaceId }, userId, displayName: userId, roles: ['member'] });

describe('UserRepository.lastActiveTenant', () => {
  let database: Database;
  beforeEach(async () => {
    database = await openSqliteDatabase(IN_MEMORY);
  });
  afterEach(async () => {
    await database.close();
  });

  it('finds the workspace on a platform where the person was active last', async () => {
    const users = new KyselyUserRepository(database.db);
    expect(await users.lastActiveTenant('discord', 'U1')).toBeUndefined();
    await users.recordActivity(actor('discord', 'G1', 'U1'), new Date('2026-11-23T10:00:00Z'));
    await users.recordActivity(actor('discord', 'G2', 'U1'), new Date('2026-11-23T11:00:00Z'));
    await users.recordActivity(actor('slack', 'T1', 'U1'), new Date('2026-11-23T12:00:00Z'));
    await users.recordActivity(actor('discord', 'G3', 'U2'), new Date('2026-11-23T13:00:00Z'));
    expect(await users.lastActiveTenant('discord', 'U1')).toEqual({ platform: 'discord', workspaceId: 'G2' });
    await users.recordActivity(actor('discord', 'G1', 'U1'), new Date('2026-11-23T14:00:00Z'));
    expect(await users.lastActiveTenant('discord', 'U1')).toEqual({ platform: 'discord', workspaceId: 'G1' });
  });
});
