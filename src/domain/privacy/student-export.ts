import type { Recipient } from '../reminders/reminder-repository.js';

/** One part of a student's export: the rows of one table of theirs. */
export interface ExportSection {
  /** The key in the JSON file, and the table it reads. */
  readonly table: string;
  /** The heading in the Markdown file. */
  readonly title: string;
  /** The column a row is titled with in the Markdown file. */
  readonly label: string;
  /** The column rows are ordered by (oldest first). */
  readonly orderBy: string;
  /** Columns that hold JSON text, exported as values. */
  readonly json?: readonly string[];
  /** Columns left out: Rapport's own bookkeeping, not the student's data (delivery state, folded names). */
  readonly omit?: readonly string[];
}

/** One section as read: its rows, as plain values. */
export interface ExportedSection {
  readonly section: ExportSection;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/** Reads a student's export. */
export interface StudentExportReader {
  /** Every section of {@link EXPORT_SECTIONS} with the student's rows, and only theirs. */
  read(student: Recipient): Promise<ExportedSection[]>;
}
