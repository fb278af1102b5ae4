import { ephemeral, text, context } from './reply-builders.js';
import type { UserError } from './errors.js';
import type { Reply } from './reply.js';

/**
 * The reply for a {@link UserError}: what was wrong, what to do next, and an example; when the
 * error names a field, the message is also given as that field's error. `localize` rewrites
 * the command names in them as the platform spells them, and `invocation` the example as the
 * platform writes commands.
 */
export function userErrorReply(error: UserError, localize: (text: string) => string, invocation: (canonical: string) => string = localize): Reply {
  const lines = [`⚠️ ${localize(error.message)}`];
  if (error.hint !== undefined) lines.push(localize(error.hint));
  if (error.example !== undefined) lines.push(`Example: \`${invocation(error.example)}\``);
  const reply = ephemeral(text(lines.join('\n')));
  return error.field === undefined ? reply : { ...reply, fieldErrors: { [error.field]: localize(error.message) } };
}

/** The reply for an unexpected failure: a short apology quoting the error id from the logs. */
export function unexpectedErrorReply(errorId: string): Reply {
  return ephemeral(
    text('😓 Sorry, something went wrong on my side and I could not finish that. Nothing you wrote was lost; please try again in a moment.'),
    context(`If it keeps happening, tell your advisor or the Rapport admin this error id: ${errorId}`),
  );
}
