/**
 * The cohort chart as a picture ready to send: drawn from the data, with alt text said from the
 * same data and a file name.
 *
 * @module
 */
import type { ImageAttachment } from '../core/reply.js';
import { chartAltText } from '../domain/cohorts/chart-alt-text.js';
import { cohortChartData, type ChartInput } from '../domain/cohorts/chart-data.js';
import { cohortChartSpec } from './cohort-chart-spec.js';
import { renderPng } from './render-png.js';

/** A file name safe on every platform and file system, from the cohort's name and the day, e.g. `rapport-fall-2026-12-07.png`. */
function chartFilename(input: ChartInput): string {
  const slug = input.cohortName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `rapport-${slug === '' ? 'cohort' : slug}-${input.now.toISOString().slice(0, 10)}.png`;
}

/** Draws the cohort chart. */
export async function cohortChartImage(input: ChartInput): Promise<ImageAttachment> {
  const data = cohortChartData(input);
  const rendered = await renderPng(cohortChartSpec(data));
  return { filename: chartFilename(input), ...rendered, altText: chartAltText(data) };
}
