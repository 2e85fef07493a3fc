/**
 * The embedded default store: PGlite (PostgreSQL compiled to WebAssembly, Apache-2.0), in
 * memory or persisted to a folder. An optional peer: only this module imports it, lazily.
 */
import type { SqlClient } from './sqlClient'
import { createSqlStore, type SqlEventStore, type SqlStoreOptions } from './sqlStore'
import { importOptionalPeer } from './optionalPeer'

/** Options of {@link createPgliteStore}. */
export type PgliteStoreOptions = Omit<SqlStoreOptions, 'client'> & {
  /** Folder to persist to (created when missing); in memory when absent. */
  dataDir?: string
  /**
   * Run PGlite in a worker thread (Node only), so queries never block the HTTP event loop:
   * requests are answered one query at a time either way, but the server keeps accepting
   * connections, timers run and ingestion keeps queueing while a query runs.
   * @default false
   */
  worker?: boolean
}

/** Opens a PGlite database and returns a store over it. Requires `@electric-sql/pglite`. */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<SqlEventStore> {
  const { PGlite } = await importOptionalPeer(
    '@electric-sql/pglite',
    'createPgliteStore',
    () => import('@electric-sql/pglite'),
  )
  if (options.dataDir && !options.dataDir.includes('://')) {
    // PGlite creates the folder itself but not its parents.
    const { mkdir } = await import('node:fs/promises')
    await mkdir(options.dataDir, { recursive: true })
  }
  if (options.worker) {
    const { openPgliteWorker } = await import('./pgliteWorker')
    return createSqlStore({ createTable: true, ...options, client: await openPgliteWorker(options.dataDir) })
  }
  // pg_trgm backs the search index (searchIndex.ts); PGlite ships it as a loadable extension.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
  const db = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm } })
  const client: SqlClient = {
    async query<Row extends Record<string, unknown>>(text: string, params?: unknown[]) {
      const result = await db.query<Row>(text, params)
      return { rows: result.rows }
    },
    close: () => db.close(),
  }
  return createSqlStore({ createTable: true, ...options, client })
}
