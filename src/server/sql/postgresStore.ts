/**
 * The production store: a PostgreSQL server through `pg` (an optional peer, imported lazily),
 * reading and writing Studio's `auth_events` table as is.
 */
import type { SqlClient } from './sqlClient'
import { createSqlStore, type SqlEventStore, type SqlStoreOptions } from './sqlStore'
import { importOptionalPeer } from './optionalPeer'

/** The part of a `pg.Pool` the store uses (so a host can pass its own pool). */
export type PgPoolLike = {
  /** Runs one statement with `$n` parameters. */
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
  /** Closes every connection. */
  end(): Promise<void>
  /** Listens for the pool's errors (an idle connection cut by a server restart). */
  on?(event: 'error', listener: (error: Error) => void): unknown
}

/** Options of {@link createPostgresStore}. */
export type PostgresStoreOptions = Omit<SqlStoreOptions, 'client'> & {
  /** An existing pool (the store does not end it on close). */
  pool?: PgPoolLike
  /** Connection string for a pool the store owns, e.g. `postgres://user@localhost:5432/app`. */
  connectionString?: string
}

/**
 * Connects to PostgreSQL and returns a store over Studio's table. Requires `pg` unless `pool` is
 * given. The store's own pool survives the server going away: idle-connection errors are
 * absorbed, queries fail meanwhile (the handler answers 503, ingestion keeps its queue), and new
 * connections are opened once the server is back. A pool you pass in is yours: give it an
 * `error` listener (`pool.on('error', …)`), or a restart of PostgreSQL ends the process.
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<SqlEventStore> {
  let pool = options.pool
  let owned = false
  if (!pool) {
    if (!options.connectionString)
      throw new TypeError('createPostgresStore needs `pool` or `connectionString`')
    const pg = await importOptionalPeer('pg', 'createPostgresStore', () => import('pg'))
    const Pool = pg.Pool ?? (pg as unknown as { default: typeof pg }).default.Pool
    // JIT compiles the search queries for longer than they run on an events table.
    pool = new Pool({
      connectionString: options.connectionString,
      max: 5,
      options: '-c jit=off',
      // A server that does not answer fails the request (a 503) instead of hanging it.
      connectionTimeoutMillis: 5000,
    }) as unknown as PgPoolLike
    owned = true
    // An idle connection cut by a server restart (57P01) is emitted on the pool; without a
    // listener Node exits. The pool drops that connection and opens a new one on the next query.
    pool.on?.('error', () => undefined)
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
