/** Why a request could not be done, in terms the person can act on. */
export type UserErrorCode = 'bad-input' | 'not-allowed' | 'not-found' | 'conflict';

/**
 * An error caused by what the person asked, shown to them as it is: what was wrong, what to do
 * instead, and an example. Anything that is not a UserError is a bug, logged with an error id.
 */
export class UserError extends Error {
  override readonly name = 'UserError';

  constructor(
    readonly code: UserErrorCode,
    message: string,
    /** What to do instead, as one sentence. */
    readonly hint?: string,
    /** A command that would work, as reply text: a command token (`commandRef` in `command-ref.ts`), which each platform writes its own way. */
    readonly example?: string,
    /** The option or form field at fault, when there is one, so a form can show the message beside it. */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Shorthand for a {@link UserError} about bad input. */
export function badInput(message: string, hint?: string, example?: string): UserError {
  return new UserError('bad-input', message, hint, example);
}

/** Shorthand for a {@link UserError} about something that does not exist. */
export function notFound(message: string, hint?: string, example?: string): UserError {
  return new UserError('not-found', message, hint, example);
}
