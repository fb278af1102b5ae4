import { readFileSync } from 'node:fs';

/** The part of a console run's output that starts with `start` (at or after `from`) and ends at the next blank line. */
export function section(out: string, start: string, from = 0): string {
  const at = out.indexOf(start, from);
  if (at < 0) throw new Error(`"${start}" is not in the output:\n${out}`);
  const end = out.indexOf('\n\n', at);
  return out.slice(at, end < 0 ? undefined : end);
}

/** The content of the file the console said it saved, for the first `📎 <name> saved to <path>` whose name starts with `namePrefix`. */
export function savedFile(out: string, namePrefix: string): string {
  const escaped = namePrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const path = new RegExp(`📎 ${escaped}\\S* saved to (\\S+)`).exec(out)?.[1];
  if (path === undefined) throw new Error(`no file "${namePrefix}…" was saved:\n${out}`);
  return readFileSync(path, 'utf8');
}
