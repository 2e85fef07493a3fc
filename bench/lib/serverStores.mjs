/**
 * The three stores of the server benchmark: how each is opened, seeded, measured and closed.
 * The SQL stores get `VACUUM ANALYZE` after seeding (what autovacuum does shortly after a bulk
 * load on a real server), so plans are those of a table in steady state.
 */
import { readFileSync } from 'node:fs'
import { formatMiB, settledHeapUsed, timeOnce } from './stats.mjs'

/** Table used in the SQL stores; dropped before and after the run. */
export const BENCH_TABLE = 'bench_auth_events'

/**
 * @typedef {object} OpenedStore
 * @property {string} name Column title.
 * @property {any} store An EventStore.
 * @property {number} seedMs Time to insert the events (memory: plus the first sort).
 * @property {string} size What the data takes (heap for memory, table size for SQL).
 * @property {string} version Engine version.
 * @property {() => Promise<void>} close Releases everything (drops the PostgreSQL table).
 */

/**
 * @typedef {object} UnavailableStore
 * @property {string} name
 * @property {string} unavailable Why it could not be measured.
 */

/**
 * The in-memory store. Its footprint is the heap retained after seeding, measured from before
 * the input was built and after the input was dropped (the store keeps parts of it).
 * @param {Record<string, any>} server The `./server` entry.
 * @param {unknown[]} wireEvents Studio wire events.
 * @returns {Promise<OpenedStore>}
 */
export async function openMemoryStore(server, wireEvents) {
  const before = await settledHeapUsed()
  let input = JSON.parse(JSON.stringify(wireEvents)).map(server.fromWireEvent)
  const store = server.createMemoryStore()
  const { ms } = await timeOnce(async () => {
    await store.insert(input)
    // Sorting is lazy: the first read pays it, so it belongs to seeding.
    await store.list({ filters: {}, sort: 'desc', limit: 1, withTotal: false })
  })
  input = null
  const retained = (await settledHeapUsed()) - before
  return {
    name: 'memory',
    store,
    seedMs: ms,
    size: `${formatMiB(retained)} heap`,
    version: `Node ${process.version}`,
    close: async () => store.clear(),
  }
}

/**
 * PGlite in memory (`createPgliteStore()`).
 * @param {Record<string, any>} server
 * @param {unknown[]} wireEvents
 * @returns {Promise<OpenedStore>}
 */
export async function openPgliteStore(server, wireEvents) {
  const store = await server.createPgliteStore({ tableName: BENCH_TABLE })
  const seedMs = await seedSql(store, wireEvents.map(server.fromWireEvent))
  return {
    name: 'PGlite (in memory)',
    store,
    seedMs,
    size: await tableSize(store.client),
    version: `PGlite ${packageVersion('@electric-sql/pglite')}`,
    close: () => store.close(),
  }
}

/**
 * PostgreSQL through `pg`. The pool is the benchmark's own (same size as the store's default,
 * plus a connection timeout) so an unreachable server is reported instead of waited on.
 * @param {Record<string, any>} server
 * @param {unknown[]} wireEvents
 * @param {string} connectionString
 * @returns {Promise<OpenedStore | UnavailableStore>}
 */
export async function openPostgresStore(server, wireEvents, connectionString) {
  const name = 'PostgreSQL'
  const { default: pg } = await import('pg')
  const pool = new pg.Pool({ connectionString, max: 5, connectionTimeoutMillis: 5000 })
  pool.on('error', () => undefined)
  let version
  try {
    const { rows } = await pool.query("SELECT current_setting('server_version') AS v")
    version = `PostgreSQL ${rows[0].v}`
    await pool.query(`DROP TABLE IF EXISTS ${BENCH_TABLE}`)
  } catch (error) {
    await pool.end().catch(() => undefined)
    return { name, unavailable: `${connectionString.replace(/:[^:@/]*@/, ':***@')}: ${error.message}` }
  }
  const store = await server.createPostgresStore({ pool, tableName: BENCH_TABLE })
  const drop = async () => {
    await pool.query(`DROP TABLE IF EXISTS ${BENCH_TABLE}`)
    await store.close()
    await pool.end()
  }
  try {
    const seedMs = await seedSql(store, wireEvents.map(server.fromWireEvent))
    return { name, store, seedMs, size: await tableSize(store.client), version, close: drop }
  } catch (error) {
    await drop().catch(() => undefined)
    throw error
  }
}

async function seedSql(store, events) {
  const { ms } = await timeOnce(() => store.insert(events))
  await store.client.query(`VACUUM ANALYZE ${BENCH_TABLE}`)
  return ms
}

async function tableSize(client) {
  const { rows } = await client.query(
    'SELECT pg_table_size($1::regclass) AS data, pg_indexes_size($1::regclass) AS indexes',
    [BENCH_TABLE],
  )
  const { data, indexes } = rows[0]
  return `${formatMiB(Number(data))} table + ${formatMiB(Number(indexes))} indexes`
}

function packageVersion(name) {
  const manifest = new URL(`../../node_modules/${name}/package.json`, import.meta.url)
  return JSON.parse(readFileSync(manifest, 'utf8')).version
}
