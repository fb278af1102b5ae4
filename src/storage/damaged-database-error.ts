/** The SQLite file is damaged or is not a database: Rapport will not open it, lest it write into it. */
export class DamagedDatabaseError extends Error {
  override readonly name = 'DamagedDatabaseError';

  constructor(
    readonly path: string,
    readonly finding: string,
  ) {
    super(`the file is damaged or is not an SQLite database (${finding})`);
  }
}
