import type { Attachment } from '../../src/core/reply.js';
import type { ExportedSection } from '../../src/domain/privacy/student-export.js';

/** Who the export belongs to and when it was made, written at the top of both files. */
export interface ExportHeader {
  readonly platform: string;
  readonly workspace: string;
  readonly userId: string;
  readonly exportedAt: Date;
  /** The person's zone, for reading the times (which are UTC, ISO-8601). */
  readonly timezone: string;
}

/** The version of the JSON file's layout, raised when it changes. */
export const EXPORT_FORMAT_VERSION = 1;

/** The two files of `/privacy export`: the whole journal as JSON (to keep or import) and as Markdown (to read). */
export function journalFiles(header: ExportHeader, sections: readonly ExportedSection[]): Attachment[] {
  const stamp = header.exportedAt.toISOString().slice(0, 10);
  return [
    { filename: `rapport-journal-${stamp}.md`, contentType: 'text/markdown', content: journalMarkdown(header, sections) },
    { filename: `rapport-journal-${stamp}.json`, contentType: 'application/json', content: journalJson(header, sections) },
  ];
}

/** The JSON file: every section by table name, every row with every exported column. */
export function journalJson(header: ExportHeader, sections: readonly ExportedSection[]): string {
  const body = {
    format: 'rapport-journal',
    version: EXPORT_FORMAT_VERSION,
    exportedAt: header.exportedAt.toISOString(),
    person: { platform: header.platform, workspace: header.workspace, userId: header.userId, timezone: header.timezone },
    sections: Object.fromEntries(sections.map(({ section, rows }) => [section.table, rows])),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/**
 * The Markdown file: a heading per section, a sub-heading per row, a bullet per value. Ids that
 * point at another exported row show that row's label ("Dana Lee") instead. Text is written
 * as the person wrote it, quoted when it spans lines.
 */
export function journalMarkdown(header: ExportHeader, sections: readonly ExportedSection[]): string {
  const labels = new Map<string, string>();
  for (const { section, rows } of sections) {
    for (const row of rows) if (typeof row.id === 'string') labels.set(row.id, plain(row[section.label]));
  }
  const lines = [
    '# Your Rapport journal',
    '',
    `Exported ${header.exportedAt.toISOString()} for ${header.userId} (${header.platform}). Times are UTC; your zone is ${header.timezone}.`,
    '',
  ];
  for (const { section, rows } of sections) {
    lines.push(`## ${section.title} (${rows.length})`, '');
    if (rows.length === 0) lines.push('_None._', '');
    for (const row of rows) {
      lines.push(`### ${oneLine(plain(row[section.label])) || '(untitled)'}`, '');
      for (const [column, value] of Object.entries(row)) {
        if (value === null || value === undefined || column === 'id') continue;
        const shown = column.endsWith('_id') && typeof value === 'string' ? (labels.get(value) ?? value) : value;
        lines.push(...bullet(column.replace(/_/g, ' '), shown));
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function bullet(name: string, value: unknown): string[] {
  if (typeof value === 'object')
    return [
      `- ${name}:`,
      '',
      '  ```json',
      ...JSON.stringify(value, null, 2)
        .split('\n')
        .map((line) => `  ${line}`),
      '  ```',
      '',
    ];
  const text = plain(value);
  if (!text.includes('\n')) return [`- ${name}: ${text}`];
  return [`- ${name}:`, ...text.split('\n').map((line) => `  > ${line}`)];
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
