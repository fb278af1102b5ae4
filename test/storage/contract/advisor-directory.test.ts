import { describe, expect, it } from 'vitest';
import { KyselyAdvisorDirectory } from '../../../src/storage/advisor-directory.js';
import { DISCORD_T1, T1, T2, at, useTestDatabase } from './fixtures.js';

describe('KyselyAdvisorDirectory', () => {
  const database = useTestDatabase();
  const directory = (configured: readonly string[] = ['ana']) => new KyselyAdvisorDirectory(database().db, configured);

  it('makes the configured ids advisors in every workspace, and no one else by default', async () => {
    expect(directory().isConfigured('ana')).toBe(true);
    expect(directory().isConfigured('bo')).toBe(false);
    for (const tenant of [T1, T2, DISCORD_T1]) {
      expect(await directory().rolesOf(tenant, 'ana')).toEqual(['advisor']);
      expect(await directory().rolesOf(tenant, 'bo')).toEqual([]);
    }
  });

  it('grants the advisor role in one workspace once, and takes it back once', async () => {
    expect(await directory().grant(T1, 'bo', 'ana', at(0))).toBe(true);
    expect(await directory().grant(T1, 'bo', 'ana', at(1))).toBe(false);
    expect(await directory().rolesOf(T1, 'bo')).toEqual(['advisor']);
    for (const tenant of [T2, DISCORD_T1]) expect(await directory().rolesOf(tenant, 'bo')).toEqual([]);
    expect(await directory().revoke(T2, 'bo')).toBe(false);
    expect(await directory().revoke(T1, 'bo')).toBe(true);
    expect(await directory().revoke(T1, 'bo')).toBe(false);
    expect(await directory().rolesOf(T1, 'bo')).toEqual([]);
  });

  it('keeps grants in the database: another directory on it sees them', async () => {
    await directory().grant(T1, 'bo', 'ana', at(0));
    expect(await new KyselyAdvisorDirectory(database().db, []).rolesOf(T1, 'bo')).toEqual(['advisor']);
  });

  it('lists configured advisors first, then the workspace’s granted ones by id, each once', async () => {
    const advisors = directory(['zed', 'ana']);
    for (const userId of ['cy', 'bo', 'ana']) await advisors.grant(T1, userId, 'zed', at(0));
    await advisors.grant(T2, 'dee', 'zed', at(0));
    expect(await advisors.list(T1)).toEqual([
      { userId: 'zed', source: 'configured' },
      { userId: 'ana', source: 'configured' },
      { userId: 'bo', source: 'granted' },
      { userId: 'cy', source: 'granted' },
    ]);
    expect(await advisors.list(DISCORD_T1)).toEqual([
      { userId: 'zed', source: 'configured' },
      { userId: 'ana', source: 'configured' },
    ]);
  });
});
