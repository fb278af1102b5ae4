/**
 * The database's tables as Kysely sees them. Every row carries its tenant (`platform:workspace`)
 * and, where it belongs to a person, their user id. Times are ISO-8601 UTC text, which sorts and
 * compares the same way in SQLite and PostgreSQL.
 */
export interface Schema {
  users: UsersTable;
}

/** One person Rapport has met, per tenant. */
export interface UsersTable {
  tenant: string;
  user_id: string;
  display_name: string;
  /** IANA time zone chosen by the person; null means the deployment's default. */
  timezone: string | null;
  created_at: string;
  last_active_at: string;
}
