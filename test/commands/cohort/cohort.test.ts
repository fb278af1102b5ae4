import { CONSOLE_COMMANDS } from '../../support/command-writers.js';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReply } from '../../../adapters/console/console.render.js';
import type { Reply } from '../../../src/core/reply.js';
import type { RecordedPost } from '../../support/recording-channel.js';
import type { Harness } from '../../support/harness.js';
import { BEA_SHARED, CAL_PRIVATE, cohortHarness, seedCohort } from './cohort-setup.js';

const VOICEMAIL =
  'Hello Ms. Park, it is Sam Lee, at 604-555-0199. Jamal Wright, my advisor, gave me your number. I am curious how you built the evening certificate and would value 15 minutes. Email: sam.lee@uni.ca. Again, 604-555-0199. I will call back Tuesday afternoon. Thank you!';

const plain = (replies: readonly Reply[]) => replies.map((reply) => renderReply(reply, 1, { commands: CONSOLE_COMMANDS, ansi: false }).text).join('\n');
const postText = (post: RecordedPost) => plain([post.message, ...post.thread]);

describe('/cohort: the advisor and students of a cohort', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await cohortHarness();
  });
  afterEach(() => harness.close());

  it('creates a cohort in a channel with a public welcome and a Join button that works', async () => {
    const ana = harness.as('ana').in('#fall');
    const created = await ana.send('/cohort create fall');
    expect(created.list[0]?.visibility).toBe('public');
    expect(created.text).toContain('Welcome to the fall cohort');
    const joined = await harness.as('bea').in('#fall').press(created, 'Join fall');
    expect(joined.text).toContain('Welcome to fall!');
    expect((await harness.as('bea').in('#fall').press(created, 'Join fall')).text).toContain('You are already in fall');
    expect((await harness.as('ana').send('/cohort create spring')).text).toContain('A cohort lives in a channel');
    expect((await ana.send('/cohort create other')).text).toContain('This channel already has a cohort, fall');
    expect((await harness.as('ana').in('#other').send('/cohort create FALL')).text).toContain('There is already a cohort named FALL');
  });

  it('lets a student belong to several cohorts and pick one by name', async () => {
    await harness.as('ana').in('#fall').send('/cohort create fall');
    await harness.as('ana').in('#night').send('/cohort create night');
    const bea = harness.as('bea');
    await bea.send('/cohort join fall');
    await bea.send('/cohort join night');
    expect((await bea.send('/cohort list')).text).toMatch(/fall in #fall \(you are in it\)[\s\S]*night in #night \(you are in it\)/);
    expect((await bea.send('/cohort leave')).text).toContain('Which cohort do you mean?');
    expect((await bea.send('/cohort leave nigth')).text).toContain('did you mean night?');
    expect((await bea.send('/cohort leave night')).text).toContain('You left night');
  });

  it('reports per student, totals and the funnel to the advisor, with shared summaries only', async () => {
    const { ana, bea } = await seedCohort(harness);
    await bea.send(`/practice voicemail --persona helen-park`);
    await harness.as('bea').send(VOICEMAIL);
    const report = await ana.send('/cohort report');
    expect(report.list[0]?.visibility).toBe('ephemeral');
    const text = report.text;
    expect(text).toContain('Goal: 2 interviews and 1 thank-you by Friday, December 18, 2026.');
    expect(text).toMatch(
      /bea: 1 interview · thank-yous within 48 h: 1 of 1 \(100%\) · practice: \d+ \(1 rehearsal\) · last active Nov 23 · goal: on track\n\s+contacts: identified 1, thank-you sent 1/,
    );
    expect(text).toMatch(
      /cal: 1 interview · thank-yous within 48 h: none due yet · practice: no rehearsals yet · last active Nov 23 · goal: on track\n\s+contacts: interviewed 1/,
    );
    expect(text).toContain('Students: 2');
    expect(text).toContain('Rehearsals: 1');
    expect(text).toContain('Funnel: requests 2 → replies 2 → interviews 2 → thank-yous 1 → referrals 1');
    expect(text).toContain(`bea on Dana Lee (Nov 23): learned: ${BEA_SHARED}; advice: join the UX guild`);
    expect(text).not.toContain(CAL_PRIVATE);
    expect(text).not.toContain('Lee Park');
  });

  it('refuses the report to a student with a clear message, and shows them only their own progress', async () => {
    const { bea } = await seedCohort(harness);
    const refused = await bea.send('/cohort report');
    expect(refused.text).toContain('Only advisors can do that with /cohort.');
    expect(refused.text).toContain('Ask your career advisor');
    const mine = await bea.send('/cohort me');
    expect(mine.text).toContain('1 of 2 interviews, 1 of 1 thank-you: on track');
    expect(mine.text).toContain('Sharing with its advisors: 1 interview summary');
    expect(mine.text).not.toMatch(/\bcal\b/);
  });

  it('exports the numbers as CSV, without notes', async () => {
    const { ana } = await seedCohort(harness);
    const exported = await ana.send('/cohort export');
    const file = exported.list[0]?.attachments?.[0];
    expect(file?.filename).toBe('fall-progress-2026-11-23.csv');
    const lines = (file?.content ?? '').trim().split('\r\n');
    expect(lines[0]).toContain('student,joined,identified,request-sent');
    expect(lines[1]).toMatch(/^bea,2026-11-23,1,0,0,0,1,0,0,0,1,1,1,1,1,1,1,0,,,none,2026-11-23,on-track$/);
    expect(lines).toHaveLength(3);
    expect(file?.content).not.toContain(CAL_PRIVATE);
    expect(file?.content).not.toContain(BEA_SHARED);
  });

  it("writes every advisor view to the student's audit log, which /privacy log shows", async () => {
    const { ana, bea, cal } = await seedCohort(harness);
    expect((await bea.send('/privacy log')).text).toContain('No advisor has viewed your data.');
    await ana.send('/cohort report');
    await ana.send('/cohort export');
    const beaLog = (await bea.send('/privacy log')).text;
    expect(beaLog).toContain('ana saw your progress report (counts and the summaries you shared) in fall');
    expect(beaLog).toContain('ana saw your progress export (counts) in fall');
    expect((await cal.send('/privacy log')).text).toContain('ana saw your progress report (counts) in fall');
    expect((await harness.as('nat').send('/privacy log')).text).toContain('No advisor has viewed your data.');
  });

  it("shows shared summaries to the cohort's advisor only: not to another advisor of the workspace, nor to an admin for being one", async () => {
    const { ana, bea } = await seedCohort(harness);
    expect((await bea.send('/cohort share "Dana Lee"')).text).toContain('with the advisor of fall, ana, and no one else');
    expect((await ana.send('/cohort report')).text).toContain(BEA_SHARED);
    await ana.send('/cohort advisor add dee');
    for (const other of [harness.as('dee').in('#fall'), harness.as('root', ['member', 'advisor']).in('#fall')]) {
      const report = (await other.send('/cohort report')).text;
      expect(report).toContain('bea: 1 interview');
      expect(report).not.toContain(BEA_SHARED);
      expect(report).toContain('Interview summaries students share go only to the advisor of fall, ana, not to every advisor here.');
    }
    expect((await bea.send('/privacy log')).text).toContain('dee saw your progress report (counts) in fall');
  });

  it('shows shared summaries to every advisor of the cohort, co-advisors added later included, and to no advisor of another cohort', async () => {
    const { ana, bea } = await seedCohort(harness);
    await ana.send('/cohort advisor add dee');
    await ana.send('/cohort advisor add eve');
    const dee = harness.as('dee').in('#fall');
    const eve = harness.as('eve').in('#winter');
    await eve.send('/cohort create winter');
    // Only an advisor of fall names fall's advisors: not eve, an advisor of another cohort.
    expect((await eve.send('/cohort advisor add eve --cohort fall')).text).toContain('Only the advisor of fall, ana, can change who advises it.');
    expect((await dee.send('/cohort report')).text).not.toContain(BEA_SHARED);

    expect((await ana.send('/cohort advisor add dee --cohort fall')).text).toContain('dee now advises fall');
    expect((await dee.send('/cohort report')).text).toContain(BEA_SHARED);
    expect((await bea.send('/cohort share "Dana Lee"')).text).toContain('with the advisors of fall, ana and dee, and no one else');
    expect((await dee.send('/cohort advisor list --cohort fall')).text).toContain('Students of fall share with the advisors of fall, ana and dee.');
    for (const other of [harness.as('eve').in('#fall'), harness.as('root', ['member', 'advisor']).in('#fall')]) {
      const report = (await other.send('/cohort report')).text;
      expect(report).not.toContain(BEA_SHARED);
      expect(report).toContain('go only to the advisors of fall, ana and dee, not to every advisor here.');
    }
    expect((await bea.send('/privacy log')).text).toContain('dee saw your progress report (counts and the summaries you shared) in fall');

    expect((await ana.send('/cohort advisor remove dee --cohort fall')).text).toContain('dee no longer advises fall');
    expect((await dee.send('/cohort report')).text).not.toContain(BEA_SHARED);
    expect((await dee.send('/cohort advisor remove ana --cohort fall')).text).toContain('Only the advisor of fall, ana, can change who advises it.');
    expect((await ana.send('/cohort advisor remove ana --cohort fall')).text).toContain('ana created fall and stays its advisor.');
  });

  it('ends sharing when a student leaves or unshares', async () => {
    const { ana, bea } = await seedCohort(harness);
    expect((await ana.send('/cohort report')).text).toContain(BEA_SHARED);
    await bea.send('/cohort unshare "Dana Lee"');
    expect((await ana.send('/cohort report')).text).not.toContain(BEA_SHARED);
    await bea.send('/cohort share "Dana Lee"');
    await bea.send('/cohort leave');
    await bea.send('/cohort join');
    const report = (await ana.send('/cohort report')).text;
    expect(report).toContain('bea: 1 interview');
    expect(report).not.toContain(BEA_SHARED);
    expect((await bea.send('/cohort share "Sam Ortiz"')).text).toContain('You have not logged an interview with Sam Ortiz yet.');
  });

  it('erases memberships, shares and audit entries with /privacy delete', async () => {
    const { ana, bea } = await seedCohort(harness);
    await ana.send('/cohort report');
    await bea.press(await bea.send('/privacy delete'), 'Yes, erase everything');
    for (const table of ['cohort_members', 'cohort_shares', 'advisor_views'] as const) {
      const left = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where user_id = 'bea'`.execute(harness.database.db);
      expect(left.rows[0]?.n, table).toBe(0);
    }
    const report = (await ana.send('/cohort report')).text;
    expect(report).not.toContain('bea: ');
    expect(report).toContain('Students: 1');
  });
});

describe('/cohort: weekly digests', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await cohortHarness();
  });
  afterEach(() => harness.close());

  it('posts one digest in the channel with a thread: totals, funnel, milestones of those who opted in, a tip; no private text', async () => {
    const { ana, bea } = await seedCohort(harness);
    await bea.send('/cohort celebrate on');
    await ana.send('/cohort report');
    await harness.passTime(new Date('2026-11-30T15:00:00Z'));
    expect(harness.channels.posts).toHaveLength(1);
    const post = harness.channels.posts[0];
    if (post === undefined) throw new Error('no digest');
    expect(post.channelId).toBe('#fall');
    expect(post.idempotencyKey).toMatch(/:2026-11-30T14:00:00\.000Z$/);
    expect(post.message.visibility).toBe('public');
    const text = postText(post);
    expect(text).toContain('📣 fall: the week in numbers');
    expect(text).toContain('Interviews held: 2 (2 this week)');
    expect(text).toContain('Funnel: requests 2 → replies 2 → interviews 2 → thank-yous 1 → referrals 1');
    expect(text).toContain('🎉 bea held their first informational interview');
    expect(text).toContain('1 more milestone from classmates who celebrate quietly');
    expect(text).toContain('Tip of the week:');
    expect(text).toContain('try /practice');
    for (const secret of [CAL_PRIVATE, BEA_SHARED, 'Dana Lee', 'Lee Park', 'join the UX guild']) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/\bcal\b/);
  });

  it('claims each digest exactly once, even when runs overlap or repeat', async () => {
    await seedCohort(harness);
    harness.clock.advanceTo(new Date('2026-11-30T14:00:00Z'));
    const counts = await Promise.all([harness.digests.runDue(), harness.digests.runDue(), harness.digests.step()]);
    expect(counts).toEqual([1, 1, 1]);
    expect(await harness.digests.runDue()).toBe(0);
    expect(harness.channels.posts).toHaveLength(1);
    expect((await harness.digests.nextDueAt())?.toISOString()).toBe('2026-12-07T14:00:00.000Z');
  });

  it('keeps the digest at 09:00 in the cohort zone across daylight-saving changes', async () => {
    await harness.close();
    harness = await cohortHarness(new Date('2026-10-20T12:00:00Z'));
    await harness.as('ana').in('#fall').send('/cohort create fall --day sunday --time 09:00 --timezone America/Toronto');
    await harness.passTime(new Date('2026-11-09T00:00:00Z'));
    const times = harness.channels.posts.map((post) => post.idempotencyKey.slice(-24));
    expect(times).toEqual(['2026-10-25T13:00:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-08T14:00:00.000Z']);
  });

  it('follows a new day, time or zone, and stops when turned off', async () => {
    const ana = harness.as('ana').in('#fall');
    await ana.send('/cohort create fall');
    const set = await ana.send('/cohort digest --day sunday --time 09:00');
    expect(set.text).toContain('every Sunday at 09:00 (America/Toronto). Next: Sunday, November 29 at 9:00 AM EST');
    expect((await ana.send('/cohort digest --time 9am')).text).toContain('"9am" is not a time of day');
    harness.clock.advanceTo(new Date('2027-03-01T00:00:00Z'));
    await ana.send('/cohort digest --day sunday');
    await harness.passTime(new Date('2027-03-22T00:00:00Z'));
    expect(harness.channels.posts.map((post) => post.idempotencyKey.slice(-24))).toEqual([
      '2027-03-07T14:00:00.000Z',
      '2027-03-14T13:00:00.000Z',
      '2027-03-21T13:00:00.000Z',
    ]);
    expect((await ana.send('/cohort digest --off')).text).toContain(
      'No more weekly digests in #fall. To start them again, set a day or time: `/cohort digest --day friday --time 15:00`.',
    );
    await harness.passTime(new Date('2027-04-30T00:00:00Z'));
    expect(harness.channels.posts).toHaveLength(3);
  });

  it('says what was missing, and how to give it, when an advisor command lacks its subject', async () => {
    const ana = harness.as('ana', ['member', 'advisor']).in('#fall');
    await ana.send('/cohort create fall');
    const who = await ana.send('/cohort advisor add');
    expect(who.text).toContain('Say who to make an advisor.');
    expect(who.text).toContain('Example: `/cohort advisor add ben`');
    const question = await ana.send('/cohort questions remove');
    expect(question.text).toContain('Say which question to remove, by its number.');
    expect(question.text).toContain('/cohort questions list shows the numbers.');
    const notGranted = await ana.send('/cohort advisor remove cal');
    expect(notGranted.text).toContain('cal was not made an advisor with /cohort advisor add, so there is nothing to remove.');
    expect(notGranted.text).toContain('which Rapport does not change: ask whoever manages the workspace or server.');
  });
});

describe('/cohort: advisor nudges', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await cohortHarness();
  });
  afterEach(() => harness.close());

  it('nudges only quiet, unmuted students, by DM signed by the advisor, outside their quiet hours', async () => {
    const { ana } = await seedCohort(harness);
    await harness.as('dee').in('#fall').send('/cohort join');
    await harness.as('dee').send('/cohort nudges off');
    harness.clock.advanceTo(new Date('2026-12-01T03:00:00Z')); // 22:00 in Toronto: quiet hours
    await harness.as('cal').send('/log list');
    const sent = await ana.send('/cohort nudge 7');
    expect(sent.text).toContain('Sending a check-in from you to bea, outside their quiet hours.');
    expect(sent.text).toContain("1 quiet student has muted advisors' nudges.");
    await harness.scheduler.runDue();
    expect(harness.dms('bea')).toHaveLength(0);
    await harness.passTime(new Date('2026-12-01T14:00:00Z'));
    const [dm] = harness.dms('bea');
    expect(dm?.text).toContain('👋 A note from ana');
    expect(dm?.text).toContain('ana, your advisor in fall, is checking in');
    const advisorNotes = (userId: string) => harness.dms(userId).filter((message) => message.text.includes('A note from')).length;
    expect(advisorNotes('cal')).toBe(0);
    expect(advisorNotes('dee')).toBe(0);
    expect((await ana.send('/cohort nudge 7')).text).toContain('bea');
    await harness.passTime(new Date('2026-12-01T15:00:00Z'));
    expect(advisorNotes('bea')).toBe(1);
    expect((await harness.as('bea').send('/privacy log')).text).toContain('ana saw your last activity (check-in nudge) in fall');
  });

  it('lets the student see their progress or mute advisor nudges from the DM', async () => {
    const { ana } = await seedCohort(harness);
    harness.clock.advanceTo(new Date('2026-12-02T15:00:00Z'));
    await ana.send('/cohort nudge 7');
    await harness.scheduler.runDue();
    const [dm] = harness.dms('bea');
    if (dm === undefined) throw new Error('no nudge');
    expect((await harness.as('bea').press(dm, 'My progress')).text).toContain('Your progress');
    expect((await harness.as('bea').press(dm, 'Mute advisor nudges')).text).toContain('muted');
    harness.clock.advanceTo(new Date('2026-12-12T15:00:00Z'));
    expect((await ana.send('/cohort nudge 7')).text).not.toContain('Sending a check-in from you to bea');
  });
});

describe('/cohort questions: the cohort question set', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await cohortHarness();
  });
  afterEach(() => harness.close());

  it("refuses questions to avoid, warns with a rewrite for ones to improve, and merges the set into members' plans", async () => {
    const { ana, bea } = await seedCohort(harness);
    const refused = await ana.send('/cohort questions add Are you hiring right now?');
    expect(refused.text).toContain('Not added: students should not ask');
    expect(refused.text).toContain('Try instead:');
    const warned = await ana.send('/cohort questions add Do you like your job?');
    expect(warned.text).toContain('Added to the questions of fall (#1)');
    expect(warned.text).toContain('Try instead: "What do you enjoy most about your job?"');
    expect((await ana.press(warned, 'Use the suggested wording')).text).toContain('now reads: "What do you enjoy most about your job?"');
    await ana.send('/cohort questions add How did your first year in the role surprise you?');
    expect((await ana.send('/cohort questions list')).text).toMatch(/1\. What do you enjoy most about your job\?\n\s+2\. How did your first year/);

    const plan = await harness.as('bea').send('/questions occupation "UX designer"');
    expect(plan.text).toContain('What do you enjoy most about your job? (2 min, suggested by your advisor)');
    const outsider = await harness.as('nat').send('/questions occupation "UX designer"');
    expect(outsider.text).not.toContain('suggested by your advisor');

    expect((await ana.send('/cohort questions remove 1')).text).toContain('Removed question #1');
    expect((await ana.send('/cohort questions remove 9')).text).toContain('has no question #9');
    await bea.send('/cohort leave');
    expect((await harness.as('bea').send('/questions occupation "UX designer"')).text).not.toContain('suggested by your advisor');
  });
});

describe('/cohort advisor: advisors per workspace', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await cohortHarness();
  });
  afterEach(() => harness.close());

  it('lets an advisor name another, take it back, but not remove one named in ADVISOR_IDS', async () => {
    const { ana } = await seedCohort(harness);
    const ben = harness.as('ben').in('#fall');
    expect((await ben.send('/cohort report')).text).toContain('Only advisors');
    expect((await ana.send('/cohort advisor add <u:ben>')).text).toContain('ben is an advisor here');
    expect((await ana.send('/cohort advisor add ben')).text).toContain('already an advisor');
    expect((await ben.send('/cohort report')).text).toContain('progress report');
    expect((await ben.send('/cohort advisor list')).text).toMatch(/ana \(ADVISOR_IDS\)\n\s+• ben/);
    expect((await ben.send('/cohort advisor remove ana')).text).toContain('ana is named in ADVISOR_IDS.');
    expect((await ana.send('/cohort advisor remove ben')).text).toContain('ben is no longer an advisor here');
    expect((await ben.send('/cohort report')).text).toContain('Only advisors');
  });

  it('keeps grants per workspace', async () => {
    await harness.as('ana').send('/cohort advisor add ben');
    const elsewhere = { platform: 'console', workspaceId: 'other' } as const;
    expect(await harness.services.advisors.rolesOf(elsewhere, 'ben')).toEqual([]);
    expect(await harness.services.advisors.rolesOf(elsewhere, 'ana')).toEqual(['advisor']);
  });
});
