import { describe, expect, it } from 'vitest';
import { useStudent } from '../support/use-student.js';

const DAY = 86_400_000;

describe("nudges and hints name the exact command with the student's own data", () => {
  const { harness, ana } = useStudent();

  it('ends a thank-you nudge with the command to log it, the name quoted as it must be typed', async () => {
    await ana().send('/log interview "Zoë Martin" --learned "clinics hire from placements"');
    await harness().advance(2 * DAY);
    expect(harness().dms('ana')[0]?.text).toContain('Once it\'s sent, log it: /log thanked "Zoë Martin".');
  });

  it('points a follow-up nudge at the commands for either answer', async () => {
    await ana().send('/log request Sam Ortiz');
    await harness().advance(7 * DAY);
    const nudge = harness().dms('ana')[0]?.text;
    expect(nudge).toContain('/log scheduled "Sam Ortiz" --when "friday 2pm"');
    expect(nudge).toContain('/log declined "Sam Ortiz"');
  });

  it('reads a plain message that starts with a command name as that command, slash forgotten', async () => {
    expect((await ana().send('log list')).text).toContain('Commands start with a slash: did you mean `/log list`?');
    expect((await ana().send('hello there')).text).toContain('I only understand commands here.');
  });
});
