/**
 * Vitest setup (vitest.config.ts): gives the classifiers their data files through their port, as
 * the scripts get them. Stale weights only slow a test file down (it trains in-process, with a
 * warning); test/domain/practice/trained-weights.test.ts fails on them.
 */
import '../../src/assets/provide-model-assets.js';
