/**
 * The production store: a PostgreSQL server through `pg` (an optional peer, imported lazily),
 * reading and writing Studio's `auth_events` table as is.
 */
import type { SqlClient } from './sqlClient'
import { createSqlStore, type SqlEventStore, type SqlStoreOptions } from './sqlStore'

/** The part of a `pg.Pool` the store uses (so a host can pass its own pool). */
export type PgPoolLike = {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
  end(): Promise<void>
}

/** Options of {@link createPostgresStore}. */
export type PostgresStoreOptions = Omit<SqlStoreOptions, 'client'> & {
  /** An existing pool (the store does not end it on close). */
  pool?: PgPoolLike
  /** Connection string for a pool the store owns, e.g. `postgres://user@localhost:5432/app`. */
  connectionString?: string
}

/** Connects to PostgreSQL and returns a store over Studio's table. Requires `pg` unless `pool` is given. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<SqlEventStore> {
  let pool = options.pool
  let owned = false
  if (!pool) {
    if (!options.connectionString)
      throw new TypeError('createPostgresStore needs `pool` or `connectionString`')
    const pg = await import('pg')
    const Pool = pg.Pool ?? (pg as unknown as { default: typeof pg }).default.Pool
    // JIT compiles the search queries for longer than they run on an events table.
    pool = new Pool({
      connectionString: options.connectionString,
      max: 5,
      options: '-c jit=off',
    }) as unknown as PgPoolLike
    owned = true
  }
  const active = pool
  const client: SqlClient = {
    async query<Row extends Record<string, unknown>>(text: string, params?: unknown[]) {
      const result = await active.query(text, params)
      return { rows: result.rows as Row[] }
    },
    close: async () => {
      if (owned) await active.end()
    },
  }
  return createSqlStore({ ...options, client })
}
