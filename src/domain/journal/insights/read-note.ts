/**
 * What one note is about: its themes, each with the topics it names and where, and the
 * organisations it names.
 *
 * @module
 */
import { noteWords } from './note-words.js';
import { organisationsIn, type KnownNames, type OrganisationMention } from './organisations.js';
import { themeHits } from './theme-matcher.js';
import type { ThemeId } from './themes.js';

/** A theme as one note shows it. */
export interface NoteTheme {
  readonly theme: ThemeId;
  /** Topics named, each once, in the order they appear. */
  readonly topics: readonly string[];
  /** Offset in the note of the first word that showed the theme. */
  readonly at: number;
}

/** One note, read. */
export interface NoteReading {
  readonly themes: readonly NoteTheme[];
  readonly organisations: readonly OrganisationMention[];
}

/** Reads one note; `known` names the journal's organisations and people. */
export function readNote(text: string, known?: KnownNames): NoteReading {
  const words = noteWords(text);
  const byTheme = new Map<ThemeId, { topics: string[]; at: number }>();
  for (const hit of themeHits(words)) {
    const theme = byTheme.get(hit.theme) ?? { topics: [], at: words[hit.from]?.index ?? 0 };
    if (hit.topic !== undefined && !theme.topics.includes(hit.topic)) theme.topics.push(hit.topic);
    byTheme.set(hit.theme, theme);
  }
  const organisations = organisationsIn(text, known);
  const first = organisations[0];
  if (first !== undefined) byTheme.set('organisations', { topics: organisations.map((organisation) => organisation.name), at: first.index });
  return { themes: [...byTheme].map(([theme, { topics, at }]) => ({ theme, topics, at })), organisations };
}
