import { describe, expect, it } from 'vitest';
import { useStudent } from '../support/use-student.js';

describe("/log interview --on: the day a conversation was held, read back in the student's zone", () => {
  const { harness, ana, mine } = useStudent();
  const heldAt = async () => (await harness().services.contacts.allInterviews(mine)).map((interview) => interview.heldAt);

  it('reads "last Tuesday" and "on Friday" as the days just past, and shows how it read them', async () => {
    const logged = await ana().send('/log interview Dana Lee --on "last Tuesday" --learned "Clinics hire from placements"');
    expect(logged.text).toContain('I read “last Tuesday” as Tuesday, November 17.');
    await ana().send('/log interview "Sam Ortiz" --on "on Friday" --learned "Ask about night shifts"');
    expect(await heldAt()).toEqual([new Date('2026-11-17T14:00:00Z'), new Date('2026-11-20T14:00:00Z')]);
  });

  it("reads the day in the zone the student chose, not the server's", async () => {
    expect((await ana().send('/remind timezone Asia/Kolkata')).text).toContain('Your time zone is now Asia/Kolkata');
    await ana().send('/log interview "Dana Lee" --on yesterday --learned "Clinics hire from placements"');
    // Monday 09:00 in Toronto is Monday 19:30 in Kolkata: yesterday there is Sunday, at 09:00 there.
    expect(await heldAt()).toEqual([new Date('2026-11-22T03:30:00Z')]);
  });

  it('refuses a day still ahead, pointing at /log scheduled, and an impossible date with the reason, storing nothing', async () => {
    const ahead = await ana().send('/log interview "Dana Lee" --on "next Tuesday" --learned "x"');
    expect(ahead.text).toContain('Tuesday, December 1 is still ahead');
    expect(ahead.text).toContain('/log scheduled "Dana Lee" --when "next Tuesday 2pm"');
    const impossible = await ana().send('/log interview "Dana Lee" --on "Feb 30" --learned "x"');
    expect(impossible.text).toContain('"Feb 30" is not a date: February has 28 days');
    const half = await ana().send('/log interview "Dana Lee" --on "monday after lunch-ish" --learned "x"');
    expect(half.text).toContain('I could read only "monday" in it');
    expect(await heldAt()).toEqual([]);
    expect(await harness().services.contacts.list(mine)).toEqual([]);
  });
});
