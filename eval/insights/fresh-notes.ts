/**
 * Notes written after the last tuning, and never tuned on: `npm run eval:insights` prints their
 * figures apart. Same labelling rules as `notes.ts`.
 */
import type { LabelledNote } from './labelled-note.js';

export const FRESH_NOTES: readonly LabelledNote[] = [];
