/**
 * Time to draw one cohort chart (Vega-Lite compiled, laid out by vega to SVG, rasterised by resvg
 * to PNG), as `/cohort report` and the weekly digest do: the first render in a fresh process
 * (which loads the three libraries and the font), then the median and p95 of the next ones.
 * Each render has its own data (a cohort of 30 with a due date), so nothing is cached between
 * them. Run with `npm run bench:chart` (BENCH_RENDERS sets the count). Besides wall time it prints
 * the CPU time each render used, which other processes on a busy machine do not inflate.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { cohortChartImage } from '../src/charts/cohort-chart-image.js';
import type { ChartInput } from '../src/domain/cohorts/chart-data.js';

const RENDERS = Number(process.env.BENCH_RENDERS ?? 100);
const DAY = 86_400_000;
const NOW = new Date('2026-12-09T15:00:00Z');

/** The `index`th cohort: 30 students' worth of interviews spread over ten weeks, numbers varying with the index. */
function input(index: number): ChartInput {
  const interviewTimes = Array.from({ length: 40 + (index % 17) }, (_, n) => new Date(NOW.getTime() - ((n * 37 + index) % 70) * DAY));
  return {
    cohortName: `Cohort ${index}`,
    zone: 'America/New_York',
    now: NOW,
    funnel: { requests: 90 + index, replies: 60 + (index % 9), interviews: interviewTimes.length, thankYous: 30 + (index % 5), referrals: 8 + (index % 3) },
    interviewTimes,
    due: { day: '2026-12-18', what: 'The cohort goal' },
  };
}

async function timed(index: number): Promise<{ ms: number; cpuMs: number; bytes: number }> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const image = await cohortChartImage(input(index));
  const cpu = process.cpuUsage(cpuStart);
  return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, bytes: image.png.byteLength };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

const cold = await timed(0);
const times: number[] = [];
const cpuTimes: number[] = [];
let bytes = 0;
for (let index = 1; index <= RENDERS; index++) {
  const run = await timed(index);
  times.push(run.ms);
  cpuTimes.push(run.cpuMs);
  bytes += run.bytes;
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
console.log(
  `chart render, Node ${process.version}, load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}`,
);
console.log(`first render (cold: libraries and font loaded): ${cold.ms.toFixed(0)} ms`);
console.log(
  `${RENDERS} renders: median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, max ${quantile(times, 1).toFixed(1)} ms (target < 200 ms); PNG ${(bytes / RENDERS / 1024).toFixed(0)} KB on average`,
);
console.log(`CPU time per render: median ${quantile(cpuTimes, 0.5).toFixed(1)} ms, p95 ${quantile(cpuTimes, 0.95).toFixed(1)} ms`);
