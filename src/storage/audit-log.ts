import type { Kysely } from 'kysely';
import { tenantKey, type Tenant } from '../core/identity.js';
import { newId } from './ids.js';
import type { Schema } from './schema.js';

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

/** The {@link AuditLog} on Kysely; give it a transaction to record an entry with the change it describes. */
export class KyselyAuditLog implements AuditLog {
  constructor(private readonly db: Kysely<Schema>) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({ id: newId('au'), tenant: tenantKey(entry.tenant), subject_id: entry.subjectId, actor_id: entry.actorId, action: entry.action, detail: JSON.stringify(entry.detail), at: entry.at.toISOString() })
      .execute();
  }

  async entriesOf(tenant: Tenant, subjectId: string): Promise<AuditEntry[]> {
    const rows = await this.db.selectFrom('audit_log').selectAll().where('tenant', '=', tenantKey(tenant)).where('subject_id', '=', subjectId).orderBy('at').orderBy('id').execute();
    return rows.map((row) => ({
      tenant,
      subjectId: row.subject_id,
      actorId: row.actor_id,
      action: row.action as AuditAction,
      detail: JSON.parse(row.detail) as Record<string, number | string>,
      at: new Date(row.at),
    }));
  }
}
