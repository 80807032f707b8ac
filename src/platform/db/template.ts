// Statements of a fixed shape, built and compiled once: only their values change per call.
//
// Kysely builds a statement as an immutable tree (every `.where` copies and freezes the node it
// changes) and compiles that tree to SQL on every execution. For the hot reads — the session check on
// every request, the dossier's bundle of fifteen selects — that came to ≈ 10 % of the server's CPU
// under load (bench/RESULTS.md, profile), to produce the same SQL text each time. A template builds
// its statement once with placeholders for the values, compiles it, and per call only puts the values
// in the parameter list: the SQL text is Kysely's own, and values still travel only as parameters
// (never in the text). Under vitest every call also builds the statement the ordinary way and fails
// when the two differ, so a builder that branches on a value, or expands a list into `in ($1, $2 …)`,
// is found by the tests instead of sending a stale shape.
import { isDeepStrictEqual } from 'node:util';
import {
  createQueryId,
  type Compilable,
  type CompiledQuery,
  type Kysely,
  type QueryResult,
  type RawBuilder,
} from 'kysely';
import type { DB } from './schema.js';

/** A value's stand-in while the template is built; Kysely puts it in the parameter list as it is. */
class Slot {
  constructor(readonly key: string) {}
}

// Under vitest: compare every templated statement with the one built the ordinary way.
const VERIFY = process.env.VITEST !== undefined;

export interface Template<V extends Record<string, unknown>, O> {
  /** The statement with these values, sent on `db` (the database or a transaction). */
  execute(db: Kysely<DB>, values: V): Promise<QueryResult<O>>;
}

/**
 * A statement built by `build` — which must use each value of `v` only as a value (a comparison, a
 * `sql` template's `${…}`, an inserted column), never to decide the statement's shape — compiled on
 * first use. Statements whose shape depends on an input get one template per shape.
 */
type Buildable<O> = Compilable<O> | RawBuilder<O>;

function compileWith<O>(db: Kysely<DB>, query: Buildable<O>): CompiledQuery<O> {
  // A `sql` template compiles against a database; a query builder carries its own.
  return 'isRawBuilder' in query ? query.compile(db) : query.compile();
}

export function template<V extends Record<string, unknown>, O>(
  build: (db: Kysely<DB>, v: V) => Buildable<O>,
): Template<V, O> {
  let compiled: CompiledQuery<O> | null = null;
  let slots: Array<[index: number, key: string]> = [];
  const compile = (db: Kysely<DB>): CompiledQuery<O> => {
    const placeholders = new Proxy({} as V, { get: (_target, key) => new Slot(String(key)) });
    const query = compileWith(db, build(db, placeholders));
    slots = [];
    query.parameters.forEach((p, i) => {
      if (p instanceof Slot) slots.push([i, p.key]);
    });
    compiled = query;
    return query;
  };
  return {
    execute(db, values) {
      const base = compiled ?? compile(db);
      const parameters = base.parameters.slice();
      for (const [i, key] of slots) parameters[i] = values[key];
      const query: CompiledQuery<O> = { query: base.query, queryId: createQueryId(), sql: base.sql, parameters };
      if (VERIFY) {
        const direct = compileWith(db, build(db, values));
        if (direct.sql !== query.sql || !isDeepStrictEqual(direct.parameters, parameters))
          throw new Error(
            `statement template differs from the statement built directly:\n${query.sql}\n---\n${direct.sql}`,
          );
      }
      return db.executeQuery(query);
    },
  };
}
