import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/identity.js';
import { KyselyUserRepository } from '../../src/storage/user-repository.js';
import { zoneOf } from '../../src/domain/people/person-zone.js';
import { openTestDatabase } from '../support/test-database.js';
import { useTestDatabase } from '../support/use-test-database.js';

const actor = (userId: string, workspaceId = 'T1'): Actor => ({ tenant: { platform: 'slack', workspaceId }, userId, displayName: userId, roles: ['member'] });
const actorOn = (platform: 'discord' | 'slack', workspaceId: string, userId: string): Actor => ({
  tenant: { platform, workspaceId },
  userId,
  displayName: userId,
  roles: ['member'],
});

describe('KyselyUserRepository', () => {
  it('creates a person on first contact and updates activity and name after', async () => {
    const database = await openTestDatabase();
    const users = new KyselyUserRepository(database.db);
    await users.recordActivity(actor('U1'), new Date('2026-11-23T10:00:00Z'));
    await users.recordActivity({ ...actor('U1'), displayName: 'Ana P.' }, new Date('2026-11-24T10:00:00Z'));
    const profile = await users.find({ platform: 'slack', workspaceId: 'T1' }, 'U1');
    expect(profile).toMatchObject({ displayName: 'Ana P.', createdAt: new Date('2026-11-23T10:00:00Z'), lastActiveAt: new Date('2026-11-24T10:00:00Z') });
    expect(profile?.timezone).toBeUndefined();
    await database.close();
  });

  it('keeps the zone the platform reports apart from the one the person chose, which wins', async () => {
    const database = await openTestDatabase();
    const users = new KyselyUserRepository(database.db);
    const tenant = { platform: 'slack' as const, workspaceId: 'T1' };
    await users.recordActivity({ ...actor('U1'), timezone: 'Asia/Tokyo' }, new Date('2026-11-23T10:00:00Z'));
    expect(zoneOf(await users.find(tenant, 'U1'), 'UTC')).toBe('Asia/Tokyo');
    await users.recordActivity(actor('U1'), new Date('2026-11-23T11:00:00Z'));
    expect((await users.find(tenant, 'U1'))?.platformTimezone).toBe('Asia/Tokyo');
    await users.recordActivity({ ...actor('U1'), timezone: 'Europe/Paris' }, new Date('2026-11-23T12:00:00Z'));
    await users.setTimezone(tenant, 'U1', 'America/Toronto');
    const profile = await users.find(tenant, 'U1');
    expect(profile).toMatchObject({ timezone: 'America/Toronto', platformTimezone: 'Europe/Paris' });
    expect(zoneOf(profile, 'UTC')).toBe('America/Toronto');
    expect(zoneOf(undefined, 'UTC')).toBe('UTC');
    await database.close();
  });

  it('stores no zone the runtime does not know, and passes over one stored before zones were checked', async () => {
    const database = await openTestDatabase();
    const users = new KyselyUserRepository(database.db);
    const tenant = { platform: 'slack' as const, workspaceId: 'T1' };
    await users.recordActivity({ ...actor('U1'), timezone: 'Asia/Tokyo' }, new Date('2026-11-23T10:00:00Z'));
    await users.recordActivity({ ...actor('U1'), timezone: 'Mars/Olympus_Mons' }, new Date('2026-11-23T11:00:00Z'));
    expect((await users.find(tenant, 'U1'))?.platformTimezone).toBe('Asia/Tokyo');
    expect(zoneOf({ timezone: 'Atlantis/Capital', platformTimezone: 'Asia/Tokyo' }, 'UTC')).toBe('Asia/Tokyo');
    expect(zoneOf({ platformTimezone: 'Atlantis/Capital' }, 'UTC')).toBe('UTC');
  });

  it('records a Home tab opening, adding someone never met under their id until they use a command', async () => {
    const database = await openTestDatabase();
    const users = new KyselyUserRepository(database.db);
    const tenant = { platform: 'slack' as const, workspaceId: 'T1' };
    await users.markHomeOpened(tenant, 'U9', new Date('2026-11-23T10:00:00Z'));
    expect(await users.find(tenant, 'U9')).toMatchObject({ displayName: 'U9', homeOpenedAt: new Date('2026-11-23T10:00:00Z') });
    await users.recordActivity({ ...actor('U9'), displayName: 'Noor' }, new Date('2026-11-23T11:00:00Z'));
    await users.markHomeOpened(tenant, 'U9', new Date('2026-11-23T12:00:00Z'));
    expect(await users.find(tenant, 'U9')).toMatchObject({ displayName: 'Noor', homeOpenedAt: new Date('2026-11-23T12:00:00Z') });
    await database.close();
  });

  it('hands a waiting notice to exactly one of several events taking it at once, then none', async () => {
    const database = await openTestDatabase();
    const users = new KyselyUserRepository(database.db);
    const tenant = { platform: 'slack' as const, workspaceId: 'T1' };
    expect(await users.recordActivity(actor('U1'), new Date('2026-11-23T10:00:00Z'))).toEqual({ noticeWaiting: false });
    await users.setDeliveryNotice(tenant, 'U1', 'Your DMs are closed.');
    expect(await users.recordActivity(actor('U1'), new Date('2026-11-23T11:00:00Z'))).toEqual({ noticeWaiting: true });
    const taken = await Promise.all([1, 2, 3, 4].map(() => users.takeDeliveryNotice(tenant, 'U1')));
    expect(taken.filter((notice) => notice !== undefined)).toEqual(['Your DMs are closed.']);
    expect(await users.takeDeliveryNotice(tenant, 'U1')).toBeUndefined();
    await database.close();
  });

  it('scopes people by tenant: the same user id in another workspace is someone else', async () => {
    const database = await openTestDatabase();
    const users = new KyselyUserRepository(database.db);
    await users.recordActivity(actor('U1', 'T1'), new Date('2026-11-23T10:00:00Z'));
    await users.setTimezone({ platform: 'slack', workspaceId: 'T1' }, 'U1', 'Europe/Paris');
    await users.recordActivity(actor('U1', 'T2'), new Date('2026-11-23T10:00:00Z'));
    expect((await users.find({ platform: 'slack', workspaceId: 'T1' }, 'U1'))?.timezone).toBe('Europe/Paris');
    expect((await users.find({ platform: 'slack', workspaceId: 'T2' }, 'U1'))?.timezone).toBeUndefined();
    expect(await users.find({ platform: 'discord', workspaceId: 'T1' }, 'U1')).toBeUndefined();
    await database.close();
  });
});

describe('UserRepository.lastActiveTenant', () => {
  const database = useTestDatabase();

  it('finds the workspace on a platform where the person was active last', async () => {
    const users = new KyselyUserRepository(database().db);
    expect(await users.lastActiveTenant('discord', 'U1')).toBeUndefined();
    await users.recordActivity(actorOn('discord', 'G1', 'U1'), new Date('2026-11-23T10:00:00Z'));
    await users.recordActivity(actorOn('discord', 'G2', 'U1'), new Date('2026-11-23T11:00:00Z'));
    await users.recordActivity(actorOn('slack', 'T1', 'U1'), new Date('2026-11-23T12:00:00Z'));
    await users.recordActivity(actorOn('discord', 'G3', 'U2'), new Date('2026-11-23T13:00:00Z'));
    expect(await users.lastActiveTenant('discord', 'U1')).toEqual({ platform: 'discord', workspaceId: 'G2' });
    await users.recordActivity(actorOn('discord', 'G1', 'U1'), new Date('2026-11-23T14:00:00Z'));
    expect(await users.lastActiveTenant('discord', 'U1')).toEqual({ platform: 'discord', workspaceId: 'G1' });
  });
});
