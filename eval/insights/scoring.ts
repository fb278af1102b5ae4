/**
 * Scores note reading against labelled notes: per-theme precision and recall, organisation
 * names, overall F1 over every theme label, and every miss.
 */
import { organisationKey } from '../../src/domain/journal/insights/organisations.js';
import { readNote } from '../../src/domain/journal/insights/read-note.js';
import { THEME_IDS, type ThemeId } from '../../src/domain/journal/insights/themes.js';
import type { LabelledNote } from './labelled-note.js';

/** True positives, false positives and false negatives. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** A note read differently from its label. */
export interface Miss {
  readonly text: string;
  readonly missed: readonly string[];
  readonly extra: readonly string[];
}

/** The figures of one labelled set. */
export interface SetFigures {
  readonly notes: number;
  readonly themes: Readonly<Record<ThemeId, Tally>>;
  readonly organisations: Tally;
  readonly overall: Tally;
  readonly misses: readonly Miss[];
}

const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

/** Adds what was expected and what was found to a tally; returns the missed and the extra ones. */
function count(tally: Tally, expected: ReadonlySet<string>, found: ReadonlySet<string>): { missed: string[]; extra: string[] } {
  const missed = [...expected].filter((item) => !found.has(item));
  const extra = [...found].filter((item) => !expected.has(item));
  tally.tp += expected.size - missed.length;
  tally.fn += missed.length;
  tally.fp += extra.length;
  return { missed, extra };
}

/** Reads every note and scores it against its label. */
export function scoreSet(notes: readonly LabelledNote[]): SetFigures {
  const themes = Object.fromEntries(THEME_IDS.map((id) => [id, empty()])) as Record<ThemeId, Tally>;
  const organisations = empty();
  const overall = empty();
  const misses: Miss[] = [];
  for (const labelled of notes) {
    const reading = readNote(labelled.text);
    const found = new Set<string>(reading.themes.map((theme) => theme.theme));
    const expected = new Set<string>(labelled.themes);
    const missed: string[] = [];
    const extra: string[] = [];
    for (const id of THEME_IDS) {
      const one = count(themes[id], new Set([...expected].filter((theme) => theme === id)), new Set([...found].filter((theme) => theme === id)));
      missed.push(...one.missed);
      extra.push(...one.extra);
    }
    count(overall, expected, found);
    const names = count(
      organisations,
      new Set(labelled.organisations.map(organisationKey)),
      new Set(reading.organisations.map((organisation) => organisation.key)),
    );
    missed.push(...names.missed.map((name) => `org "${name}"`));
    extra.push(...names.extra.map((name) => `org "${name}"`));
    if (missed.length > 0 || extra.length > 0) misses.push({ text: labelled.text, missed, extra });
  }
  return { notes: notes.length, themes, organisations, overall, misses };
}

/** Precision, recall and F1 of a tally, as fractions (1 when nothing was expected or found). */
export function rates(tally: Tally): { precision: number; recall: number; f1: number } {
  const precision = tally.tp + tally.fp === 0 ? 1 : tally.tp / (tally.tp + tally.fp);
  const recall = tally.tp + tally.fn === 0 ? 1 : tally.tp / (tally.tp + tally.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
