/** The part of a console run's output that starts with `start` (at or after `from`) and ends at the next blank line. */
export function section(out: string, start: string, from = 0): string {
  const at = out.indexOf(start, from);
  if (at < 0) throw new Error(`"${start}" is not in the output:\n${out}`);
  const end = out.indexOf('\n\n', at);
  return out.slice(at, end < 0 ? undefined : end);
}
