import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../src/core/identity.js';
import type { Inbound } from '../../../src/core/inbound.js';
import type { Harness } from '../../support/harness.js';
import { BEA_SHARED, CAL_PRIVATE, cohortHarness, seedCohort } from './cohort-setup.js';

/** Who asks: bea (a member), ana (ADVISOR_IDS), ada (an advisor by her platform, e.g. a Slack admin), nat (in no cohort). */
const PEOPLE: Readonly<Record<string, { readonly userId: string; readonly roles: readonly Role[] }>> = {
  student: { userId: 'bea', roles: ['member'] },
  advisor: { userId: 'ana', roles: ['member'] },
  admin: { userId: 'ada', roles: ['member', 'advisor'] },
  'non-member': { userId: 'nat', roles: ['member'] },
};

type Outcome = 'allowed' | 'advisors only' | 'members only';
const A: Outcome = 'allowed';
const ADV: Outcome = 'advisors only';
const MEM: Outcome = 'members only';

/** Every command that reads or changes data, typed in #fall, with what each person may do: student, advisor, admin, non-member. */
const MATRIX: readonly (readonly [string, readonly [Outcome, Outcome, Outcome, Outcome]])[] = [
  ['/cohort create spring', [ADV, A, A, ADV]],
  ['/cohort goal 3 --by 2026-12-18', [ADV, A, A, ADV]],
  ['/cohort report', [ADV, A, A, ADV]],
  ['/cohort export', [ADV, A, A, ADV]],
  ['/cohort digest --day friday --time 15:00', [ADV, A, A, ADV]],
  ['/cohort nudge 1', [ADV, A, A, ADV]],
  ['/cohort questions list', [ADV, A, A, ADV]],
  ['/cohort questions add How did you choose your first role?', [ADV, A, A, ADV]],
  ['/cohort assign "Explore a career" --interviews 1 --due 2026-12-18 --prompt "What surprised you?"', [ADV, A, A, ADV]],
  ['/cohort assignment list', [ADV, A, A, ADV]],
  ['/cohort reflections', [ADV, A, A, ADV]],
  ['/cohort advisor list', [ADV, A, A, ADV]],
  ['/cohort advisor add zed', [ADV, A, A, ADV]],
  ['/cohort advisor remove zed', [ADV, A, A, ADV]],
  ['/cohort me', [A, A, A, A]],
  ['/cohort list', [A, A, A, A]],
  ['/cohort join', [A, A, A, A]],
  ['/cohort leave', [A, MEM, MEM, MEM]],
  ['/cohort share "Dana Lee"', [A, MEM, MEM, MEM]],
  ['/cohort unshare "Dana Lee"', [A, MEM, MEM, MEM]],
  ['/cohort celebrate on', [A, MEM, MEM, MEM]],
  ['/cohort nudges off', [A, MEM, MEM, MEM]],
  ['/privacy log', [A, A, A, A]],
  ['/log list', [A, A, A, A]],
  ['action cohort:use-rewrite', [ADV, A, A, ADV]],
  ['action cohort:mute-nudges', [A, MEM, MEM, MEM]],
  ['action cohort:progress', [A, A, A, A]],
];

function inbound(line: string): Inbound {
  const action = /^action (\w+):([\w-]+)$/.exec(line);
  if (action !== null) return { kind: 'action', action: { command: action[1] ?? '', action: action[2] ?? '', payload: 'co_x:cq_y' } };
  const command = /^\/(\S+)\s*(.*)$/.exec(line);
  return { kind: 'command', command: command?.[1] ?? '', text: command?.[2] ?? '' };
}

describe.each(MATRIX)('%s', (line, outcomes) => {
  // One seeded workspace per command: refusals change nothing, and what the allowed ones change
  // (a join, a share, a second cohort) does not change anyone else's outcome in this row.
  let harness: Harness;
  beforeAll(async () => {
    harness = await cohortHarness();
    await seedCohort(harness);
  });
  afterAll(() => harness.close());

  it.each(Object.keys(PEOPLE).map((who, index) => [who, outcomes[index] ?? A] as const))('as %s: %s', async (who, outcome) => {
    const person = PEOPLE[who] ?? { userId: 'nobody', roles: ['member'] };
    const channel = line.startsWith('/cohort create') ? '#spring' : '#fall';
    const replies = await harness.as(person.userId, person.roles).in(channel).dispatch(inbound(line));
    const text = replies.text;
    if (outcome === 'advisors only') expect(text).toContain('Only advisors can do that with /cohort.');
    else expect(text).not.toContain('Only advisors');
    if (outcome === 'members only') expect(text).toMatch(/You are not (a member of fall|in a cohort yet)/);
    else expect(text).not.toMatch(/You are not (a member of fall|in a cohort yet)/);
    // Nobody ever reads cal's unshared note, and only advisors read bea's shared summary.
    expect(text).not.toContain(CAL_PRIVATE);
    if (who === 'student' || who === 'non-member') expect(text).not.toContain(BEA_SHARED);
  });
});
