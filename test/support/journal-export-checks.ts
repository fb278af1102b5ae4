import { expect } from 'vitest';
import { journalFiles, type ExportHeader } from '../../commands/privacy/journal-files.js';
import type { Services } from '../../src/core/services.js';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';

/** A file as a platform fake recorded it: its name and the bytes that arrived. */
export interface ReceivedFile {
  readonly filename: string;
  readonly bytes?: Buffer | undefined;
}

/** What a student wrote after interview `n`: markup and a mention (`mention`, in the platform's syntax), which the files must keep as written. */
export function markedLesson(n: number, markup: string, mention: string): string {
  return `lesson ${n}: SQL & ${markup} ${mention} matter`;
}

/**
 * Checks that the two files of `/privacy export` are whole: their names and bytes are the export
 * rebuilt from what is stored now (with `header`), the JSON file's interviews are the `count`
 * stored ones, column for column, and the Markdown file has every interview's notes as written.
 */
export async function expectWholeJournal(
  services: Services,
  person: Recipient,
  header: ExportHeader,
  received: readonly ReceivedFile[],
  count: number,
): Promise<void> {
  const stored = journalFiles(header, await services.exports.read(person));
  expect(received.map((file) => file.filename)).toEqual(stored.map((file) => file.filename));
  for (const [index, file] of received.entries()) expect(file.bytes?.toString('utf8'), file.filename).toBe(stored[index]?.content);

  const interviews = await services.contacts.allInterviews(person);
  expect(interviews).toHaveLength(count);
  const json = JSON.parse(received[1]?.bytes?.toString('utf8') ?? '{}') as { sections: Record<string, Record<string, unknown>[]> };
  const exported = (json.sections.interviews ?? []).map((row) => ({ id: row.id, contactId: row.contact_id, heldAt: row.held_at, learned: row.learned }));
  const expected = interviews.map((interview) => ({
    id: interview.id,
    contactId: interview.contactId,
    heldAt: interview.heldAt.toISOString(),
    learned: interview.learned,
  }));
  const byId = (a: { id: unknown }, b: { id: unknown }): number => String(a.id).localeCompare(String(b.id));
  expect(exported.sort(byId)).toEqual(expected.sort(byId));
  const markdown = received[0]?.bytes?.toString('utf8') ?? '';
  for (const interview of interviews) expect(markdown).toContain(interview.learned ?? 'missing');
}
