/**
 * A zod schema for rehearsal state read back from storage: stored JSON is untrusted until
 * parsed, and a corrupt row should fail clearly rather than deep inside a grader.
 */
import * as z from 'zod';
import { TARGET_TYPES } from '../questions/question-types.js';
import { findPersona } from './catalogue.js';
import { DIFFICULTIES, SCENARIO_IDS, type RehearsalState } from './rehearsal-types.js';
import { MAX_FIELD_CHARS, MAX_INPUT_CHARS } from './input.js';

/** Longest transcript accepted, in turns (far beyond any real rehearsal). */
const MAX_TURNS = 200;
/** Longest list of planned questions or notes kept with a rehearsal. */
const MAX_LISTED = 10;

/** Schema of {@link RehearsalState}. */
export const rehearsalStateSchema = z
  .object({
    scenario: z.enum(SCENARIO_IDS),
    difficulty: z.enum(DIFFICULTIES),
    personaId: z.string().min(1),
    seed: z.number().int().min(0).max(0xffff_ffff),
    step: z.string(),
    turns: z
      .array(
        z.object({
          from: z.enum(['persona', 'student']),
          text: z.string().max(MAX_INPUT_CHARS),
          step: z.string().optional(),
        }),
      )
      .max(MAX_TURNS),
    field: z.string().optional(),
    target: z.enum(TARGET_TYPES).optional(),
    branch: z.string().optional(),
    person: z
      .object({
        name: z.string().min(1).max(MAX_FIELD_CHARS),
        role: z.string().max(MAX_FIELD_CHARS).optional(),
        organization: z.string().max(MAX_FIELD_CHARS).optional(),
        referredBy: z.string().max(MAX_FIELD_CHARS).optional(),
        suggested: z.string().max(MAX_FIELD_CHARS).optional(),
      })
      .optional(),
    planned: z.array(z.string().max(MAX_INPUT_CHARS)).max(MAX_LISTED).optional(),
    notes: z.array(z.string().max(MAX_INPUT_CHARS)).max(MAX_LISTED).optional(),
  })
  .refine((s) => findPersona(s.scenario, s.personaId) !== undefined, { message: 'unknown persona for this scenario' });

/** Parses stored rehearsal state; throws a ZodError describing what is wrong. */
export function parseRehearsalState(json: unknown): RehearsalState {
  return rehearsalStateSchema.parse(json);
}
