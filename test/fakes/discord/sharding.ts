import { snowflake } from './payloads.js';

/**
 * The shard Discord sends a server's events to: `(guild_id >> 22) % num_shards`.
 * @see https://discord.com/developers/docs/events/gateway#sharding
 */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A new server id whose events go to shard `shard` of `shardCount`: a fresh snowflake, a few milliseconds on. */
export function guildIdOnShard(shard: number, shardCount: number): string {
  const id = snowflake();
  const milliseconds = (shard - shardOfGuild(id, shardCount) + shardCount) % shardCount;
  return (BigInt(id) + (BigInt(milliseconds) << 22n)).toString();
}
