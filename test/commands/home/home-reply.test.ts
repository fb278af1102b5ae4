import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../adapters/console/console.render.js';
import { homePage } from '../../../commands/home/home-page.js';
import { homeReply } from '../../../commands/home/home-reply.js';
import { CONSOLE_COMMANDS } from '../../support/command-writers.js';
import { Harness } from '../../support/harness.js';

describe('the home page', () => {
  it('shows the pipeline by stage, upcoming nudges, latest scores and the common actions', () => {
    const now = new Date('2026-11-23T15:00:00Z');
    const contact = (name: string, stage: string) => ({ id: name, name, stage, keepInTouch: true, createdAt: now, updatedAt: now });
    const reminder = {
      id: 'r1',
      tenant: { platform: 'slack' as const, workspaceId: 'T1' },
      userId: 'U1',
      number: 1,
      kind: 'thank-you',
      title: 'Time to thank Dana Lee',
      details: {},
      dueAt: new Date('2026-11-24T08:00:00Z'),
      status: 'pending' as const,
      attempts: 0,
      updatedAt: now,
    };
    const page = homeReply(
      {
        contacts: [contact('Dana Lee', 'interviewed'), contact('Sam Ortiz', 'identified')],
        upcoming: [reminder, { ...reminder, id: 'r2', title: 'Call Sam', dueAt: new Date('2026-11-24T21:30:00Z') }],
        scores: [
          { scenario: 'email', score: 71 },
          { scenario: 'call', score: 88 },
        ],
        zone: 'Europe/Paris',
        quiet: { start: '22:00', end: '07:30' },
      },
      now,
    );
    const shown = renderReply(page, 1, { commands: CONSOLE_COMMANDS, ansi: false }).text;
    expect(shown).toMatch(/• Identified \(1\): Sam Ortiz\n\s+• Interviewed \(1\): Dana Lee/);
    expect(shown).toContain('Time to thank Dana Lee: Tuesday, November 24 at 9:00 AM GMT+1');
    // Due at 22:30 in Paris, inside quiet hours: shown when it will really arrive.
    expect(shown).toContain('Call Sam: Wednesday, November 25 at 7:30 AM GMT+1');
    expect(shown.indexOf('88/100')).toBeLessThan(shown.indexOf('71/100'));
    expect(shown).toMatch(/\[1\] Add a contact\s+\[2\] Rehearse\s+\[3\] My saved plans/);
  });
});

describe("a student's home page, read from their journal", () => {
  it('shows what they logged and the nudges they set, in their zone', async () => {
    const harness = await Harness.create();
    try {
      const ana = harness.as('ana');
      await ana.send('/log add "Dana Lee"');
      await ana.send('/remind "call back Sam" tomorrow 9am');
      const student = { tenant: ana.actor.tenant, userId: 'ana' };
      const profile = await harness.services.users.find(student.tenant, student.userId);
      const shown = renderReply(await homePage(harness.services, student, profile, harness.clock.now()), 1, { commands: CONSOLE_COMMANDS, ansi: false }).text;
      expect(shown).toMatch(/Identified \(1\): Dana Lee/);
      expect(shown).toContain('call back Sam: Tuesday, November 24 at 9:00 AM');
      expect(shown).toContain('No rehearsals yet.');
    } finally {
      await harness.close();
    }
  });
});
