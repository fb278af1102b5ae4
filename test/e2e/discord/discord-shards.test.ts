import { ShardClientUtil } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeDiscord, textOf } from '../../fakes/discord/fake-discord.js';
import { fakeGuild, fakeUser } from '../../fakes/discord/payloads.js';
import { guildIdOnShard } from '../../fakes/discord/sharding.js';
import { startRapportOnDiscord, type RapportOnDiscord } from '../../support/rapport-on-discord.js';
import { freshDatabaseEnv, type DatabaseEnv } from '../../support/test-database.js';

const SHARD_COUNT = 2;
const HOUR = 3_600_000;

/**
 * Two Rapport instances in this process, each with its own discord.js client serving one shard
 * of two (SHARD_ID 0 and 1), its own clock and its own connection to one shared database: the
 * gateway splits the servers between them, and either may send a nudge by DM, but only one does.
 */
describe('Rapport on Discord in two instances, one gateway shard each', () => {
  const serverA = fakeGuild('Career Club A', guildIdOnShard(0, SHARD_COUNT));
  const serverB = fakeGuild('Career Club B', guildIdOnShard(1, SHARD_COUNT));
  let fake: FakeDiscord;
  let database: DatabaseEnv;
  const instances: RapportOnDiscord[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start({ guilds: [serverA, serverB], shardCount: SHARD_COUNT });
    database = await freshDatabaseEnv();
    for (let id = 0; id < SHARD_COUNT; id++)
      instances.push(await startRapportOnDiscord({ sharedFake: fake, databaseEnv: database.env, shard: { id, count: SHARD_COUNT } }));
  });
  afterAll(async () => {
    for (const instance of instances) await instance.stop();
    await fake.close();
    await database.drop();
  });

  it('puts the two servers on different shards, by the rule discord.js also uses', () => {
    expect([serverA, serverB].map((server) => ShardClientUtil.shardIdForGuildId(server.id, SHARD_COUNT))).toEqual([0, 1]);
  });

  it("identifies each instance with its own shard, logs it, and hands each only its shard's server", async () => {
    expect(fake.gateway.identifies.map((identify) => identify.shard)).toEqual([
      [0, SHARD_COUNT],
      [1, SHARD_COUNT],
    ]);
    for (const [id, instance] of instances.entries()) {
      expect(instance.logs()).toContainEqual(
        expect.objectContaining({ shard: id, shardCount: SHARD_COUNT, msg: expect.stringMatching(/^Discord gateway: connecting one shard/) as unknown }),
      );
      await expect.poll(() => instance.logs().find((line) => line.msg === 'Discord ready')?.servers).toBe(1);
    }
  });

  it("answers a slash command in each server from the instance serving that server's shard only", async () => {
    const dispatched = instances.map((instance) => vi.spyOn(instance.app.dispatcher, 'dispatch'));
    const ana = fakeUser('ana');
    for (const [shard, server] of [serverA, serverB].entries()) {
      for (const spy of dispatched) spy.mockClear();
      const answered = await fake.slash(ana, { guild: server }, 'help');
      expect(answered.shard).toBe(shard);
      expect(textOf(answered.callback.data ?? {})).toContain('/log');
      expect(dispatched.map((spy) => spy.mock.calls.length)).toEqual(instances.map((_, id) => (id === shard ? 1 : 0)));
      expect(fake.rest.calls.filter((call) => call.path === `/interactions/${answered.id}/${answered.token}/callback`)).toHaveLength(1);
    }
    for (const spy of dispatched) spy.mockRestore();
  });

  it("delivers a reminder set in server B by DM exactly once when both instances' schedulers run", async () => {
    const bo = fakeUser('bo');
    const set = await fake.slash(bo, { guild: serverB }, 'remind', 'set', { reminder: '"email Priya" in 1 hour' });
    expect(set.shard).toBe(1);
    for (const instance of instances) instance.clock.advance(2 * HOUR);
    const runs = await Promise.all(instances.map((instance) => instance.app.scheduler.runDue()));
    expect(runs.map((run) => run.delivered).sort()).toEqual([0, 1]);
    // Past any claim's lease, neither instance sends it again.
    for (const instance of instances) instance.clock.advance(HOUR);
    const again = await Promise.all(instances.map((instance) => instance.app.scheduler.runDue()));
    expect(again.map((run) => run.delivered)).toEqual([0, 0]);
    const dms = await fake.channelMessages(fake.rest.dmChannelOf(bo.id), 1);
    expect(dms).toHaveLength(1);
    expect(textOf(dms[0]?.body ?? {})).toContain('email Priya');
  });
});
