import type { Kysely } from 'kysely';
import { tenantKey, type Tenant } from '../core/identity.js';
import { newId } from '../core/ids.js';
import type { Schema } from './schema.js';
import type { AuditAction, AuditEntry, AuditLog } from '../domain/privacy/audit-log.js';

/** The {@link AuditLog} on Kysely; give it a transaction to record an entry with the change it describes. */
export class KyselyAuditLog implements AuditLog {
  constructor(private readonly db: Kysely<Schema>) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        id: newId('au'),
        tenant: tenantKey(entry.tenant),
        subject_id: entry.subjectId,
        actor_id: entry.actorId,
        action: entry.action,
        detail: JSON.stringify(entry.detail),
        at: entry.at.toISOString(),
      })
      .execute();
  }

  async entriesOf(tenant: Tenant, subjectId: string): Promise<AuditEntry[]> {
    const rows = await this.db
      .selectFrom('audit_log')
      .selectAll()
      .where('tenant', '=', tenantKey(tenant))
      .where('subject_id', '=', subjectId)
      .orderBy('at')
      .orderBy('id')
      .execute();
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
