import type { Database } from '../../src/storage/database.js';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { SlackFake } from '../fakes/slack/slack-fake.js';
import { fillSchedule } from './fill-schedule.js';
import { DELIVERY_CHILD, runSchedulerChild, type SchedulerChild } from './scheduler-child-process.js';

/** A platform's fake, as a kill test sees it. */
export interface FakePlatform {
  /** The settings that point Rapport at the fake. */
  readonly env: Readonly<Record<string, string>>;
  /** The tenant whose students get the nudges. */
  readonly tenant: string;
  /** The DM channel the platform has for a student, to store as opened before. */
  readonly dmChannelOf: (userId: string) => string;
  /** How many messages each student (u0, u1, …) has in their DM. */
  readonly messagesPer: (students: number) => number[];
  /** How many nudges arrived so far. */
  readonly arrived: () => number;
  /** Resolves once `count` nudges have arrived (rejects after a minute). */
  readonly arrivals: (count: number) => Promise<unknown>;
  /** How many times a delivery that may have arrived was checked: Slack's DM history or Discord's DM messages read. */
  readonly rechecks: () => number;
  readonly stop: () => Promise<void>;
}

/** A round trip on every request, so that a kill finds deliveries in flight. */
const LATENCY_MS = 10;

/** The Slack fake, as Rapport's Web API. */
export async function fakeSlack(): Promise<FakePlatform> {
  const fake = await SlackFake.start({ latencyMs: LATENCY_MS });
  const count = (): number => [...fake.messageCounts().values()].reduce((sum, messages) => sum + messages, 0);
  return {
    env: { SLACK_BOT_TOKEN: 'xoxb-kill-test', SLACK_SIGNING_SECRET: 'kill-test-secret', SLACK_API_URL: fake.apiUrl },
    tenant: 'slack:T0TEST',
    dmChannelOf: (userId) => `D${userId}`,
    messagesPer: (students) => Array.from({ length: students }, (_, index) => fake.messagesIn(`Du${index}`).length),
    arrived: count,
    arrivals: (target) => fake.waitFor(() => (count() >= target ? true : undefined), 60_000, `${target} nudges`),
    rechecks: () => fake.callsOf('conversations.history').length,
    stop: () => fake.stop(),
  };
}

/** The Discord fake, its gateway and REST API. */
export async function fakeDiscord(): Promise<FakePlatform> {
  const fake = await FakeDiscord.start({ rest: { latencyMs: LATENCY_MS } });
  return {
    env: { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl },
    tenant: `discord:${fake.guild.id}`,
    dmChannelOf: (userId) => fake.rest.dmChannelOf(userId),
    messagesPer: (students) => Array.from({ length: students }, (_, index) => fake.rest.messagesIn(fake.rest.dmChannelOf(`u${index}`)).length),
    arrived: () => fake.rest.messages.size,
    arrivals: (target) => fake.rest.waitFor(() => (fake.rest.messages.size >= target ? true : undefined), 60_000),
    rechecks: () => fake.rest.calls.filter((call) => call.method === 'GET' && /^\/channels\/\d+\/messages$/.test(call.path)).length,
    stop: () => fake.close(),
  };
}

/**
 * Fills the schedule with `students` due nudges for the platform's students, half of whom have
 * their DM channel stored (messaged before), half not (their DM is opened first).
 */
export async function scheduleNudges(platform: FakePlatform, database: Database, students: number): Promise<void> {
  await fillSchedule(database, { tenant: platform.tenant, total: students, due: students, students, now: new Date() });
  for (let index = 0; index < students; index += 2) {
    await database.db
      .updateTable('users')
      .set({ dm_channel_id: platform.dmChannelOf(`u${index}`) })
      .where('user_id', '=', `u${index}`)
      .execute();
  }
}

/** How a kill run goes. */
export interface KillPlan {
  /** Rapport processes delivering at once. */
  readonly instances: number;
  /** How many times one of them is killed (SIGKILL) while nudges arrive, and started again. */
  readonly kills: number;
  /** How many more nudges arrive before each kill. */
  readonly every: number;
}

/**
 * Delivers the due nudges in `databaseEnv` to `platform` with `plan.instances` processes; each
 * time `plan.every` more nudges have arrived, kills (SIGKILL) the process that has been
 * delivering longest and starts another in its place, `plan.kills` times; then lets every
 * process finish, and one more deliver what was left for a retry. Resolves with how many kills
 * landed while nudges were still arriving.
 */
export async function deliverThroughKills(platform: FakePlatform, databaseEnv: Readonly<Record<string, string>>, plan: KillPlan): Promise<number> {
  const delivering: SchedulerChild[] = [];
  const started: Promise<SchedulerChild>[] = [];
  const launch = (): Promise<SchedulerChild> => {
    const child = runSchedulerChild({ ...databaseEnv, ...platform.env, LOG_LEVEL: 'silent' }, 'delivering', DELIVERY_CHILD).then((ready) => {
      delivering.push(ready);
      return ready;
    });
    started.push(child);
    return child;
  };
  const allExited = async (): Promise<false> => {
    await Promise.all((await Promise.all(started)).map((child) => child.exited));
    return false;
  };
  await Promise.all(Array.from({ length: plan.instances }, launch));
  let landed = 0;
  for (let kill = 0; kill < plan.kills; kill++) {
    // Every process may finish first (nothing left to deliver): then no more kills land.
    const reached = await Promise.race([platform.arrivals(platform.arrived() + plan.every).then(() => true), allExited()]);
    if (!reached) break;
    if (delivering.length === 0) await started.at(-1); // the one started in place of the last victim
    const victim = delivering.shift();
    if (victim === undefined) break;
    victim.kill();
    await victim.exited;
    landed++;
    void launch();
  }
  await allExited();
  // A delivery that timed out on a loaded machine is retried a minute later: one last process waits for those.
  await (
    await runSchedulerChild({ ...databaseEnv, ...platform.env, LOG_LEVEL: 'silent', UNTIL_DONE: '1' }, undefined, DELIVERY_CHILD)
  ).exited;
  return landed;
}
