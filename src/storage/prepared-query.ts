import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Schema } from './schema.js';

/** Where a parameter goes, while a prepared query is built with stand-ins. */
class Placeholder {
  constructor(readonly name: string) {}
}

/** A query compiled for one database, and where each parameter's value goes in it. */
interface Compiled<R> {
  readonly query: CompiledQuery<R>;
  /** For each position in `query.parameters`: the parameter's name, or undefined for a value compiled in. */
  readonly names: readonly (string | undefined)[];
}

/**
 * A query that Kysely builds and compiles once per database, then runs with each call's values.
 * It is for the statements every command runs: building and compiling a query costs more than
 * SQLite takes to run most of them, and makes most of the database layer's garbage.
 *
 * `build` is called once, with stand-ins for the parameters, so it must pass each parameter
 * straight into the query as a value (compared, inserted, set) and never compute with one;
 * a parameter the compiled query does not carry is refused when the query is first compiled.
 * Anything else in `build` (constants, the query's shape) is fixed at that first call.
 */
export class PreparedQuery<P extends Readonly<Record<string, unknown>>, R> {
  private readonly compiled = new WeakMap<Kysely<Schema>, Compiled<R>>();

  constructor(private readonly build: (db: Kysely<Schema>, params: P) => Compilable<R>) {}

  /** Runs the query on `db` with `params`. On a transaction it is compiled again, once per transaction. */
  async run(db: Kysely<Schema>, params: P): Promise<QueryResult<R>> {
    const { query, names } = this.compiledFor(db);
    const parameters = query.parameters.map((fixed, index) => {
      const name = names[index];
      return name === undefined ? fixed : params[name];
    });
    return db.executeQuery<R>({ ...query, parameters });
  }

  /** The rows the query returns on `db` with `params`. */
  async rows(db: Kysely<Schema>, params: P): Promise<R[]> {
    return (await this.run(db, params)).rows;
  }

  private compiledFor(db: Kysely<Schema>): Compiled<R> {
    let compiled = this.compiled.get(db);
    if (compiled === undefined) {
      compiled = this.compile(db);
      this.compiled.set(db, compiled);
    }
    return compiled;
  }

  private compile(db: Kysely<Schema>): Compiled<R> {
    const used = new Set<string>();
    const standIns = new Proxy({} as P, {
      get: (_target, name) => {
        if (typeof name !== 'string') return undefined;
        used.add(name);
        return new Placeholder(name);
      },
    });
    const query = this.build(db, standIns).compile();
    const names = query.parameters.map((value) => (value instanceof Placeholder ? value.name : undefined));
    const missing = [...used].filter((name) => !names.includes(name));
    if (missing.length > 0) throw new Error(`A prepared query must pass its parameters into the query as values; it computed with ${missing.join(', ')}: ${query.sql}`);
    return { query, names };
  }
}
