/**
 * Imported first by the scripts, evaluations and benches that use the classifiers (and by the
 * tests' setup): provides the classifiers' data files through their port, as src/app.ts does for
 * Rapport, with warnings on standard error. Reads nothing until a classifier is first used.
 */
import { provideModelAssets } from '../domain/practice/understand/model-assets.js';
import { fileModelAssets } from './model-assets.js';

provideModelAssets(fileModelAssets((message) => process.stderr.write(`${message}\n`)));
