import type { FakeDiscord } from '../../test/fakes/discord/fake-discord.js';
import type { FakeUser } from '../../test/fakes/discord/payloads.js';

/** One slash command in the fake's server: the time from the gateway dispatch to the interaction callback. */
export async function slashLatency(
  fake: FakeDiscord,
  student: FakeUser,
  command: string,
  subcommand?: string,
  values: Readonly<Record<string, string>> = {},
): Promise<number> {
  const answered = await fake.slash(student, fake.inGuild(), command, subcommand, values);
  return answered.answeredAt - answered.sentAt;
}
