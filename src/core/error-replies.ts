import { ephemeral, text, context } from './reply-builders.js';
import type { UserError } from './errors.js';
import type { Reply } from './reply.js';

/**
 * The reply for a {@link UserError}: what was wrong, what to do next, and an example; when the
 * error names a field, the message is also given as that field's error. Commands in them are
 * command tokens, which the platform's renderer writes.
 */
export function userErrorReply(error: UserError): Reply {
  const lines = [`⚠️ ${error.message}`];
  if (error.hint !== undefined) lines.push(error.hint);
  if (error.example !== undefined) lines.push(`Example: \`${error.example}\``);
  const reply = ephemeral(text(lines.join('\n')));
  return error.field === undefined ? reply : { ...reply, fieldErrors: { [error.field]: error.message } };
}

/**
 * Whether `error` says the database's disk is full: SQLite's SQLITE_FULL, PostgreSQL's
 * disk_full (53100). Reads still work then; writes do not.
 * @see https://www.sqlite.org/rescode.html#full
 * @see https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
export function isStorageFull(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error.code === 'SQLITE_FULL' || error.code === '53100');
}

/** The reply when what someone sent could not be saved because the disk is full: it says so, and that reading still works. */
export function storageFullReply(errorId: string): Reply {
  return ephemeral(
    text(
      '😓 I could not save that: the server Rapport runs on has run out of disk space. What you just sent was *not* saved, so keep a copy of it and send it again once space is freed. Everything saved before is safe, and you can still read your journal, plans and reminders.',
    ),
    context(`Tell the Rapport admin the disk is full (error id ${errorId}).`),
  );
}

/** The reply for an unexpected failure: a short apology quoting the error id from the logs. */
export function unexpectedErrorReply(errorId: string): Reply {
  return ephemeral(
    text('😓 Sorry, something went wrong on my side and I could not finish that. Nothing you wrote was lost; please try again in a moment.'),
    context(`If it keeps happening, tell your advisor or the Rapport admin this error id: ${errorId}`),
  );
}
