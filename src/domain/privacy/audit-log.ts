import type { Tenant } from '../../core/identity.js';

/** What happened to someone's data. */
export type AuditAction = 'export' | 'erase' | 'retention-delete' | 'cohort-delete';

/** The actor id of deletions made by the deployment's retention policy. */
export const RETENTION_ACTOR = 'retention';

/** One entry of the audit log. */
export interface AuditEntry {
  readonly tenant: Tenant;
  /** The person (or, for a cohort's deletion, the cohort id) whose data it was. */
  readonly subjectId: string;
  /** Who did it: the person, an advisor, or {@link RETENTION_ACTOR}. */
  readonly actorId: string;
  readonly action: AuditAction;
  /** Counts and ids only, never a note: it outlives the data it describes. */
  readonly detail: Readonly<Record<string, number | string>>;
  readonly at: Date;
}

/** The audit log of exports and deletions (the `audit_log` table, migration 0016). */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /** One subject's entries, oldest first. */
  entriesOf(tenant: Tenant, subjectId: string): Promise<AuditEntry[]>;
}
