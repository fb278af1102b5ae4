import type { SelectOption } from './reply.js';

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost one, so "ocupation" and "ocupaiton" are both close to "occupation".
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    const row = d[i];
    if (row === undefined) continue;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
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
    const distance = editDistance(needle, candidate.toLowerCase());
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  if (best === undefined) return undefined;
  const tolerance = Math.max(1, Math.floor(Math.min(needle.length, best.candidate.length) / 3));
  return best.distance <= tolerance ? best.candidate : undefined;
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
