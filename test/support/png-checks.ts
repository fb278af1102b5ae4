import { expect } from 'vitest';

/** The eight bytes every PNG file starts with. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's size as its header chunk (IHDR, always first) states it. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  expect(buffer.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(buffer.toString('latin1', 12, 16), 'first chunk').toBe('IHDR');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Checks that `bytes` are a cohort chart: a PNG of about 1,000 to 1,300 pixels wide, taller than half that, of a plausible file size. */
export function expectChartPng(bytes: Uint8Array | undefined): void {
  expect(bytes, 'the picture arrived').toBeDefined();
  const { width, height } = pngSize(bytes ?? new Uint8Array());
  expect(width).toBeGreaterThanOrEqual(1000);
  expect(width).toBeLessThanOrEqual(1300);
  expect(height).toBeGreaterThanOrEqual(600);
  expect(height).toBeLessThanOrEqual(1400);
  // A blank or broken render compresses to a few kilobytes; a chart with text and bars does not.
  expect(bytes?.byteLength).toBeGreaterThan(15_000);
  expect(bytes?.byteLength).toBeLessThan(1_000_000);
}
