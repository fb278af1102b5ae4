import { randomInt } from 'node:crypto';

/**
 * Where fresh random seeds come from (an unsigned 32-bit integer per call). Injected like the
 * clock, so each rehearsal takes its own branches in production while tests fix them.
 */
export type SeedSource = () => number;

/** Seeds from the operating system's random source. */
export const randomSeeds: SeedSource = () => randomInt(0, 0x1_0000_0000);
