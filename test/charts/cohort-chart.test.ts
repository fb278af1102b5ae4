import { CONSOLE_COMMANDS } from '../support/command-writers.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderReply } from '../../adapters/console/console.render.js';
import { savePicture } from '../../adapters/console/image-files.js';
import { cohortChartImage } from '../../src/charts/cohort-chart-image.js';
import { cohortChartData, type ChartInput } from '../../src/domain/cohorts/chart-data.js';
import { expectChartPng } from '../support/png-checks.js';

const DAY = 86_400_000;
const NOW = new Date('2026-12-09T15:00:00Z');
const FUNNEL = { requests: 12, replies: 8, interviews: 5, thankYous: 4, referrals: 1 };

/** A Fall cohort on Dec 9, 2026 (a Wednesday), with interviews `weeksAgo` weeks back each. */
function input(weeksAgo: readonly number[], due?: ChartInput['due']): ChartInput {
  return {
    cohortName: 'Fall',
    zone: 'America/New_York',
    now: NOW,
    funnel: FUNNEL,
    interviewTimes: weeksAgo.map((weeks) => new Date(NOW.getTime() - weeks * 7 * DAY)),
    ...(due === undefined ? {} : { due }),
  };
}

describe('the cohort chart', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  it('counts interviews into the last eight weeks, Monday to Sunday in the cohort zone, and leaves older ones out', () => {
    const data = cohortChartData(input([0, 0, 1, 7, 8]));
    expect(data.weeks.map((week) => week.label)).toEqual(['Oct 19', 'Oct 26', 'Nov 2', 'Nov 9', 'Nov 16', 'Nov 23', 'Nov 30', 'Dec 7']);
    expect(data.weeks.map((week) => week.interviews)).toEqual([1, 0, 0, 0, 0, 0, 1, 2]);
  });

  it('stretches the weeks to a due date a few weeks ahead, and places it within its week', () => {
    const data = cohortChartData(input([], { day: '2026-12-20', what: 'Explore a career' }));
    expect(data.weeks.at(-1)).toEqual({ label: 'Dec 14', interviews: undefined });
    expect(data.due).toMatchObject({ label: 'Dec 20', week: 'Dec 14', past: false });
    expect(data.due?.fraction).toBeCloseTo(1, 3);
    expect(cohortChartData(input([], { day: '2027-03-01', what: 'Explore a career' })).due?.week).toBeUndefined();
  });

  it('draws a PNG readable on a phone, with alt text giving every number', async () => {
    const image = await cohortChartImage(input([0, 1, 1, 3], { day: '2026-12-04', what: 'The cohort goal' }));
    expectChartPng(image.png);
    expect(image.filename).toBe('rapport-fall-2026-12-09.png');
    expect(image.altText).toBe(
      'Chart of Fall as of Dec 9, 2026. Funnel: 12 requests, 8 replies, 5 interviews, 4 thank-yous, 1 referral. ' +
        'Interviews per week for the last 8 weeks, from the week of Oct 19: 0, 0, 0, 0, 1, 0, 2, 1 (4 in all). The cohort goal was due Dec 4.',
    );
  });

  it('is written to a file on the console, whose path the reply prints', async () => {
    folder = mkdtempSync(join(tmpdir(), 'rapport-chart-test-'));
    const image = await cohortChartImage(input([0]));
    const where = folder;
    const text = renderReply({ visibility: 'ephemeral', blocks: [], images: [image] }, 1, {
      commands: CONSOLE_COMMANDS,
      ansi: false,
      savePicture: (picture) => savePicture(picture, where),
    }).text;
    const path = /🖼 Chart saved to (\S+\.png)/.exec(text)?.[1];
    expect(path?.startsWith(folder)).toBe(true);
    expectChartPng(readFileSync(path ?? ''));
    expect(text).toContain(image.altText);
  });
});
