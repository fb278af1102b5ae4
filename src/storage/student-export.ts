import { sql, type Kysely } from 'kysely';
import { tenantKey } from '../core/identity.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';
import type { Schema } from './schema.js';
import type { STUDENT_TABLES } from './student-data.js';
import type { ExportSection, ExportedSection, StudentExportReader } from '../domain/privacy/student-export.js';

/** A table that holds a student's own rows. */
export type StudentTable = (typeof STUDENT_TABLES)[number];

/**
 * Declares a section of the export. Adding a table to the export is one call here, in
 * {@link EXPORT_SECTIONS}: the reader, the JSON and the Markdown files follow from it.
 */
export function exportSection(
  table: StudentTable,
  title: string,
  label: string,
  orderBy: string,
  more: Pick<ExportSection, 'json' | 'omit'> = {},
): ExportSection {
  return { table, title, label, orderBy, ...more };
}

/**
 * What `/privacy export` contains, in order. Every table of `STUDENT_TABLES` is here or in
 * {@link EXPORT_LEFT_OUT} (a test checks).
 */
export const EXPORT_SECTIONS: readonly ExportSection[] = [
  exportSection('users', 'Profile', 'display_name', 'created_at', { omit: ['dm_channel_id', 'delivery_notice', 'timezone_asked_at', 'retention_warned_at'] }),
  exportSection('contacts', 'Contacts', 'name', 'created_at', { omit: ['name_key'] }),
  exportSection('contact_events', 'Journal events', 'stage', 'at'),
  exportSection('interviews', 'Interviews', 'held_at', 'held_at'),
  exportSection('reflections', 'Reflections for assignments', 'submitted_at', 'submitted_at', { json: ['answers'] }),
  exportSection('reminders', 'Reminders', 'title', 'created_at', {
    json: ['details'],
    omit: ['claim_token', 'sending_key', 'delivery_key', 'attempts', 'last_error', 'dedupe_key', 'unreachable_since'],
  }),
  exportSection('saved_plans', 'Saved question plans', 'subject', 'created_at', { json: ['focus', 'plan'] }),
  exportSection('rehearsals', 'Practice rehearsals and scorecards', 'scenario', 'started_at', { json: ['scorecard'], omit: ['state'] }),
  exportSection('cohort_members', 'Cohort memberships', 'cohort_id', 'joined_at'),
  exportSection('cohort_shares', 'Interview summaries shared with advisors', 'interview_id', 'shared_at'),
  exportSection('advisor_views', 'Advisor views of your data', 'cohort_name', 'at'),
];

/** Student tables deliberately not exported, and why. */
export const EXPORT_LEFT_OUT: Readonly<Partial<Record<StudentTable, string>>> = {
  shown_plans: 'plans recently shown, kept only so their buttons work; the ones you saved are under saved plans',
  undo_entries: 'how to undo your last change, replaced at every change',
};

/** The {@link StudentExportReader} on Kysely. */
export class KyselyStudentExportReader implements StudentExportReader {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly sections: readonly ExportSection[] = EXPORT_SECTIONS,
  ) {}

  async read(student: Recipient): Promise<ExportedSection[]> {
    const tenant = tenantKey(student.tenant);
    const read: ExportedSection[] = [];
    for (const section of this.sections) {
      const result = await sql<
        Record<string, unknown>
      >`select * from ${sql.table(section.table)} where tenant = ${tenant} and user_id = ${student.userId} order by ${sql.ref(section.orderBy)}`.execute(
        this.db,
      );
      read.push({ section, rows: result.rows.map((row) => exportedRow(row, section)) });
    }
    return read;
  }
}

/** A stored row as exported: without the tenant, the user id and the left-out columns; JSON columns as values. */
function exportedRow(row: Readonly<Record<string, unknown>>, section: ExportSection): Record<string, unknown> {
  const hidden = new Set(['tenant', 'user_id', ...(section.omit ?? [])]);
  const json = new Set(section.json ?? []);
  const exported: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (hidden.has(column)) continue;
    exported[column] = json.has(column) && typeof value === 'string' ? parsedOrText(value) : value;
  }
  return exported;
}

function parsedOrText(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
