/** Validation of what students send and of the optional field name. */
import { squeeze } from '../text.js';

/** Longest student message accepted, in characters. */
export const MAX_INPUT_CHARS = 3000;

/** Longest field name kept ("nursing", "UX research"), in characters. */
export const MAX_FIELD_CHARS = 60;

/** The result of validating a student message: the cleaned text, or a message explaining the problem. */
export type InputCheck = { ok: true; text: string } | { ok: false; message: string };

/** Shown when a message is longer than {@link MAX_INPUT_CHARS}. */
export const INPUT_TOO_LONG_MESSAGE = `That message is over ${MAX_INPUT_CHARS} characters. Real openings, voicemails and emails are much shorter: trim it and send it again.`;

/** Shown when a message is empty. */
export const INPUT_EMPTY_MESSAGE = 'That message was empty. Type what you would say or write, then send it.';

/** Checks a student message: trims it, rejects empty and over-long messages, removes control characters. */
export function validateStudentText(text: string): InputCheck {
  if (text.length > MAX_INPUT_CHARS) return { ok: false, message: INPUT_TOO_LONG_MESSAGE };
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .trim();
  if (clean.length === 0) return { ok: false, message: INPUT_EMPTY_MESSAGE };
  return { ok: true, text: clean };
}

/** Cleans a field name for use in persona lines (no markup or symbols); undefined when nothing usable is left. */
export function normalizeField(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  const clean = squeeze(field.replace(/<[^>]*>/g, ' ').replace(/[^\p{L}\p{N} &'/+.-]/gu, ' '))
    .slice(0, MAX_FIELD_CHARS)
    .trim();
  return clean.length > 0 ? clean : undefined;
}
