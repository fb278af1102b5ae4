/**
 * Writes rows as CSV (RFC 4180): fields with commas, quotes or line breaks are quoted, and a
 * field that a spreadsheet would run as a formula (starting with =, +, - or @) is prefixed with
 * an apostrophe so an exported note can never execute.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
