import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

/**
 * Kysely's SQLite dialect, made safe for several processes on one file (two Discord shards, or a
 * console beside a running bot):
 * - transactions begin with `BEGIN IMMEDIATE`, taking SQLite's write lock at once, so a
 *   transaction that reads and then writes waits for another process's writer (busy timeout)
 *   instead of failing when that writer committed in between;
 * - migrations run in a transaction (SQLite's DDL is transactional; Kysely's adapter says
 *   otherwise and runs them outside one), so two processes starting on the same new file
 *   apply each migration once: the second waits, then finds them applied.
 */
export class LockingSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
