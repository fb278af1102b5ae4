/**
 * `npm run eval:insights`: how well `/log insights` reads students' notes. Prints per-theme
 * precision and recall, organisation names, overall F1 and every miss, for the labelled notes
 * the reading was tuned on and, apart, for the latest batch, written after tuning and never
 * tuned on.
 */
import { THEME_IDS } from '../../src/domain/journal/insights/themes.js';
import { FRESH_NOTES } from './fresh-notes.js';
import { NOTES } from './notes.js';
import { SECOND_NOTES } from './second-notes.js';
import { THIRD_NOTES } from './third-notes.js';
import { rates, scoreSet, type Tally } from './scoring.js';
import type { LabelledNote } from './labelled-note.js';

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};
const percent = (fraction: number): string => `${(100 * fraction).toFixed(1)}%`;
const line = (name: string, tally: Tally): string => {
  const { precision, recall, f1 } = rates(tally);
  return `  ${name.padEnd(14)} precision ${percent(precision).padStart(6)}  recall ${percent(recall).padStart(6)}  F1 ${percent(f1).padStart(6)}  (tp ${tally.tp}, fp ${tally.fp}, fn ${tally.fn})`;
};

function report(title: string, notes: readonly LabelledNote[]): void {
  const figures = scoreSet(notes);
  out(`${title}: ${figures.notes} notes`);
  for (const id of THEME_IDS) out(line(id, figures.themes[id]));
  out(line('org names', figures.organisations));
  out(`  overall F1 (every theme label): ${percent(rates(figures.overall).f1)}`);
  out(`  misses (${figures.misses.length} notes):`);
  for (const miss of figures.misses)
    out(
      `    [${miss.missed.length === 0 ? '' : `missed ${miss.missed.join(', ')}`}${miss.missed.length > 0 && miss.extra.length > 0 ? '; ' : ''}${miss.extra.length === 0 ? '' : `extra ${miss.extra.join(', ')}`}] ${miss.text}`,
    );
}

report('Tuned on (eval/insights/notes.ts, second-notes.ts, third-notes.ts)', [...NOTES, ...SECOND_NOTES, ...THIRD_NOTES]);
out();
report('Never tuned on (eval/insights/fresh-notes.ts, written after tuning)', FRESH_NOTES);
