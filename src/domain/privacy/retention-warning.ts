/**
 * The private warning a person gets before the retention policy deletes their data: when, why,
 * and the two ways to act (keep it by using Rapport, or take a copy first).
 *
 * @module
 */

/** The reminder kind of the warning, delivered by the reminder scheduler like any nudge. */
export const RETENTION_WARNING_KIND = 'retention-warning';

/** The dedupe key of the warning for one quiet spell: one warning per spell, whatever restarts. */
export function retentionWarningKey(lastActiveAt: Date): string {
  return `${RETENTION_WARNING_KIND}:${lastActiveAt.toISOString()}`;
}

/** Commands as typed on the platform in use. */
export interface RetentionWarningCommands {
  /** Any command that counts as using Rapport, e.g. `/log list`. */
  readonly keep: string;
  /** The export, e.g. `/privacy export`. */
  readonly export: string;
}

/** The title and body of the warning; `deleteOn` is the date as the person reads it. */
export function retentionWarningMessage(deleteOn: string, commands: RetentionWarningCommands): { readonly title: string; readonly body: string } {
  return {
    title: 'Your Rapport data will be deleted soon',
    body:
      `You have not used Rapport for a while, and this deployment keeps a quiet person's data for a limited time: your journal, reminders, plans and practice history will be deleted on ${deleteOn}. ` +
      `To keep it, use Rapport once before then (for example ${commands.keep}). To take a copy with you, type ${commands.export}. If you do nothing, it is deleted, and only you were told.`,
  };
}
