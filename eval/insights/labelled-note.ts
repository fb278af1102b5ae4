import { THEME_IDS, type ThemeId } from '../../src/domain/journal/insights/themes.js';

/** A student's note as they might write it, with the themes and organisations a careful reader finds in it. */
export interface LabelledNote {
  readonly text: string;
  readonly themes: readonly ThemeId[];
  /** Organisations named, as written. */
  readonly organisations: readonly string[];
}

/**
 * One labelled note: `themes` is a space-separated list of theme ids; `organisations` are the
 * names as written. The organisations theme is labelled exactly when a name is.
 */
export function note(text: string, themes: string, organisations: readonly string[] = []): LabelledNote {
  const ids = themes.split(/\s+/).filter((id) => id !== '');
  for (const id of ids) if (!(THEME_IDS as readonly string[]).includes(id)) throw new Error(`Unknown theme "${id}" in the label of: ${text}`);
  const labelled = ids as ThemeId[];
  if (organisations.length > 0 && !labelled.includes('organisations')) labelled.push('organisations');
  return { text, themes: labelled, organisations };
}
