import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STUDENT_TABLES } from '../../../src/storage/student-data.js';
import { EXPORT_LEFT_OUT, EXPORT_SECTIONS } from '../../../src/storage/student-export.js';
import { Harness, TEST_TENANT } from '../../support/harness.js';

describe('/privacy export', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await Harness.create();
  });
  afterEach(() => harness.close());

  /** A student with 30 interviews, referrals, reminders, a saved plan and a practice scorecard. */
  const seed = async (userId: string, interviews: number) => {
    const student = harness.as(userId);
    for (let n = 1; n <= interviews; n++) {
      await student.send(
        `/log interview "Person ${n} of ${userId}" --learned "lesson ${n} of ${userId}: SQL and *portfolio* <@U999>" --advice "advice ${n}" --referrals "Referral ${n} of ${userId}"`,
      );
    }
    await student.send('/remind "review my notes" tomorrow 10am');
    await student.send('/questions occupation nurse');
    await student.send('/questions save');
  };

  it('holds every stored row of a student with 30 interviews, and nothing of anyone else', async () => {
    await seed('ana', 30);
    await seed('ben', 2);
    const exported = await harness.as('ana').send('/privacy export');
    expect(exported.list[0]?.visibility).toBe('ephemeral');
    const [markdown, json] = exported.list[0]?.attachments ?? [];
    expect(markdown?.filename).toMatch(/^rapport-journal-\d{4}-\d{2}-\d{2}\.md$/);
    expect(json?.contentType).toBe('application/json');
    const data = JSON.parse(json?.content ?? '{}') as { person: { userId: string }; sections: Record<string, Record<string, unknown>[]> };
    expect(data.person.userId).toBe('ana');
    for (const section of EXPORT_SECTIONS) {
      const stored = await sql<
        Record<string, unknown>
      >`select * from ${sql.table(section.table)} where tenant = ${'console:test'} and user_id = ${'ana'}`.execute(harness.database.db);
      const rows = data.sections[section.table] ?? [];
      expect(rows, section.table).toHaveLength(stored.rows.length);
      if (stored.rows[0] !== undefined && 'id' in stored.rows[0])
        expect(rows.map((row) => row.id).sort(), section.table).toEqual(stored.rows.map((row) => row.id).sort());
    }
    expect(data.sections.interviews).toHaveLength(30);
    expect(data.sections.contacts).toHaveLength(60);
    const interviews = await harness.services.contacts.allInterviews({ tenant: TEST_TENANT, userId: 'ana' });
    for (const interview of interviews) {
      expect(markdown?.content).toContain(interview.learned ?? 'missing');
      expect(data.sections.interviews?.some((row) => row.learned === interview.learned)).toBe(true);
    }
    expect(markdown?.content).toContain('### Person 30 of ana');
    expect(json?.content).not.toContain('of ben');
    expect(markdown?.content).not.toContain('of ben');
    expect(exported.text).toContain('30 interviews');
  });

  it('is recorded in the audit log, with its counts', async () => {
    await seed('ana', 2);
    await harness.as('ana').send('/privacy export');
    const [entry] = await harness.services.audit.entriesOf(TEST_TENANT, 'ana');
    expect([entry?.action, entry?.actorId, entry?.detail.interviews, entry?.detail.contacts]).toEqual(['export', 'ana', 2, 4]);
  });

  it("exports every table that stores a student's rows, or says why not", () => {
    const covered = [...EXPORT_SECTIONS.map((section) => section.table), ...Object.keys(EXPORT_LEFT_OUT)].sort();
    expect(covered).toEqual([...STUDENT_TABLES].sort());
  });
});
