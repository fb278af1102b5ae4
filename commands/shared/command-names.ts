import type { CommandContext } from '../../src/core/context.js';
import type { CommandNames } from '../../src/domain/reminders/nudge-message.js';

/** The names of the commands nudges point to, as typed on the platform in use. */
export function nudgeCommandNames(slash: CommandContext['slash']): CommandNames {
  return { questions: slash('questions'), remind: slash('remind'), log: slash('log') };
}
