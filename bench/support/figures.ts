/** How the benchmarks read and print their samples. */

/** The nearest-rank percentile `p` (0 to 100) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Milliseconds as the benchmarks print them. */
export const ms = (value: number): string => `${value.toFixed(2)} ms`;
