import type { SelectOption } from './reply.js';

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost one, so "ocupation" and "ocupaiton" are both close to "occupation".
 */
export function editDistance(a: string, b: string): number {
  // Three rows (the one being filled and the two above it), reused. The full table, as arrays of arrays, cost /questions about 60 µs in
  // bench:slack's CPU profile (281 ms over 4,700 requests): its first word is checked against the other subcommands' names.
  let beforeLast = new Int32Array(b.length + 1);
  let last = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((last[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (last[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (beforeLast[j - 2] ?? 0) + 1);
      row[j] = best;
    }
    const free = beforeLast;
    beforeLast = last;
    last = row;
    row = free;
  }
  return last[b.length] ?? 0;
}

/**
 * The candidate closest to what was typed, if it is close enough to be a plausible typo
 * (or the only candidate that starts with it); undefined when nothing is a good guess.
 */
export function closestMatch(typed: string, candidates: readonly string[]): string | undefined {
  const needle = typed.toLowerCase();
  if (needle.length === 0) return undefined;
  const prefixed = candidates.filter((candidate) => candidate.toLowerCase().startsWith(needle));
  if (prefixed.length === 1) return prefixed[0];
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: a candidate that cannot come within its tolerance is not compared.
    // Most words checked are data ("occupation" against the other subcommands' names), and this spares every comparison.
    const tolerance = toleranceFor(needle, candidate);
    if (Math.abs(needle.length - candidate.length) > tolerance) continue;
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance <= tolerance && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** How many edits still make `candidate` a plausible typo of `typed`: one per three letters of the shorter, at least one. */
function toleranceFor(typed: string, candidate: string): number {
  return Math.max(1, Math.floor(Math.min(typed.length, candidate.length) / 3));
}

/**
 * The options whose label contains what was typed (ignoring case), those whose label starts
 * with it first; every option, in order, while nothing is typed. For option suggesters.
 */
export function matchingOptions(options: readonly SelectOption[], typed: string): SelectOption[] {
  const needle = typed.trim().toLowerCase();
  const starts = (option: SelectOption): boolean => option.label.toLowerCase().startsWith(needle);
  const matching = options.filter((option) => option.label.toLowerCase().includes(needle));
  return [...matching.filter(starts), ...matching.filter((option) => !starts(option))];
}
