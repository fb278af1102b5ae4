import { CONSOLE_COMMANDS } from '../../support/command-writers.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderReply } from '../../../adapters/console/console.render.js';
import type { Reply } from '../../../src/core/reply.js';
import type { Harness } from '../../support/harness.js';
import { cohortHarness, seedCohort } from './cohort-setup.js';

// The chart cannot be drawn (a broken font file, say): everything else must still arrive, and say so.
vi.mock('../../../src/charts/cohort-chart-image.js', () => ({
  cohortChartImage: () => Promise.reject(new Error('resvg could not read the font')),
}));

/** Replies as plain console text. */
const plain = (replies: readonly Reply[]) => replies.map((reply) => renderReply(reply, 1, { commands: CONSOLE_COMMANDS, ansi: false }).text).join('\n');

describe('/cohort: a chart that cannot be drawn', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await cohortHarness();
  });
  afterEach(() => harness.close());

  it('leaves the report whole, without a picture, and tells the advisor the chart is missing with an error id', async () => {
    const { ana } = await seedCohort(harness);
    const report = await ana.send('/cohort report');
    expect(report.text).toContain('Funnel: requests 2 → replies 2 → interviews 2');
    expect(report.text).toMatch(/The chart could not be drawn this time; every number here is complete\. .*\(error id [\w-]+\)/);
    expect(report.list.flatMap((reply) => reply.images ?? [])).toEqual([]);
  });

  it('still posts the weekly digest, with a line in its thread where the chart would be', async () => {
    await seedCohort(harness);
    await harness.passTime(new Date('2026-11-30T15:00:00Z'));
    const post = harness.channels.posts[0];
    if (post === undefined) throw new Error('no digest');
    const thread = plain(post.thread);
    expect(thread).toContain('The chart could not be drawn this time');
    expect(post.thread.flatMap((reply) => reply.images ?? [])).toEqual([]);
    expect(plain([post.message])).toContain('the week in numbers');
  });
});
