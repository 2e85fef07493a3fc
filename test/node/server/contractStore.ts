/**
 * Which store the server contract tests run on: `AE_CONTRACT_STORE` = `memory` (default),
 * `pglite` or `postgres` (at `AE_PG_URL`, default the local test database that
 * scripts/ensure-services.sh starts). The same tests, the same requests, the same answers.
 *
 * SQL stores are created lazily behind a synchronous facade, so the tests stay unchanged: one
 * database per worker, one fresh table per handler.
 */
import { afterAll } from 'vitest'
import { createMemoryStore, type MemoryStoreOptions } from '../../../src/server/memoryStore'
import { createSqlStore, type SqlEventStore } from '../../../src/server/sql/sqlStore'
import type { SqlClient } from '../../../src/server/sql/sqlClient'
import type { EventStore } from '../../../src/server/store'
import type { StoredEvent } from '../../../src/server/wire'

/** The store kind under test. */
export const CONTRACT_STORE = (process.env.AE_CONTRACT_STORE ?? 'memory') as 'memory' | 'pglite' | 'postgres'
const PG_URL = process.env.AE_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/react_auth_events_test'

let database: Promise<{ client: SqlClient; schema: string }> | undefined
let tables = 0

async function openDatabase(): Promise<{ client: SqlClient; schema: string }> {
  const schema = `ae_contract_${process.pid}_${Date.now().toString(36)}`
  let client: SqlClient
  if (CONTRACT_STORE === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite')
    const db = await PGlite.create()
    client = {
      query: async (text, params) => ({ rows: (await db.query(text, params)).rows as never[] }),
      close: () => db.close(),
    }
  } else {
    const pg = await import('pg')
    const pool = new pg.default.Pool({ connectionString: PG_URL, max: 4 })
    try {
      await pool.query('SELECT 1')
    } catch (error) {
      throw new Error(
        `PostgreSQL is not reachable at ${PG_URL} (${(error as Error).message}). Run "bash scripts/ensure-services.sh" or "npm run check", or set AE_PG_URL.`,
      )
    }
    client = {
      query: async (text, params) => ({ rows: (await pool.query(text, params)).rows }),
      close: () => pool.end(),
    }
  }
  await client.query(`CREATE SCHEMA ${schema}`)
  return { client, schema }
}

if (CONTRACT_STORE !== 'memory') {
  afterAll(async () => {
    if (!database) return
    const { client, schema } = await database
    await client.query(`DROP SCHEMA ${schema} CASCADE`)
    await client.close?.()
    database = undefined
  })
}

/** A store for one handler: memory, or a fresh table in the worker's SQL database. */
export function contractStore(events: StoredEvent[], ready: MemoryStoreOptions['ready'] = true): EventStore {
  if (CONTRACT_STORE === 'memory') return createMemoryStore({ events, ready })
  const table = ++tables
  let store: Promise<SqlEventStore> | undefined
  const open = () => {
    store ??= (async () => {
      database ??= openDatabase()
      const { client, schema } = await database
      const sql = createSqlStore({
        client,
        tableName: `${schema}.events_${table}`,
        // "Not ready" is a table that does not exist yet; "after-initialize" creates it on the status route.
        createTable: ready === true ? true : ready === false ? false : 'initialize',
      })
      if (ready === true) {
        await sql.initialize?.()
        await sql.insert(events)
      }
      return sql
    })()
    return store
  }
  return {
    insert: async (rows) => (await open()).insert(rows),
    list: async (query) => (await open()).list(query),
    count: async (query) => (await open()).count(query),
    activity: async (query) => (await open()).activity(query),
    deleteOlderThan: async (date) => (await open()).deleteOlderThan(date),
    ready: async () => (await open()).ready(),
    headSeq: async () => (await open()).headSeq(),
    initialize: async () => {
      const sql = await open()
      const wasReady = await sql.ready()
      await sql.initialize?.()
      // Like a restarted Studio: the events were there all along, the table appears on initialise.
      if (!wasReady && ready === 'after-initialize') await sql.insert(events)
    },
  }
}

let extraPools: { end(): Promise<void> }[] = []
if (CONTRACT_STORE === 'postgres') {
  afterAll(async () => {
    await Promise.all(extraPools.map((pool) => pool.end()))
    extraPools = []
  })
}

/**
 * Two stores over ONE table, as two app instances see it: memory gives one store twice; PGlite two
 * stores over one database; PostgreSQL two stores with their own pools (two writers that really
 * commit concurrently).
 */
export async function contractWriterPair(): Promise<[EventStore, EventStore]> {
  if (CONTRACT_STORE === 'memory') {
    const store = createMemoryStore()
    return [store, store]
  }
  database ??= openDatabase()
  const { client, schema } = await database
  const tableName = `${schema}.events_${++tables}`
  const first = createSqlStore({ client, tableName, createTable: true })
  await first.initialize?.()
  let second: SqlClient = client
  if (CONTRACT_STORE === 'postgres') {
    const pg = await import('pg')
    const pool = new pg.default.Pool({ connectionString: PG_URL, max: 4 })
    extraPools.push(pool)
    second = { query: async (text, params) => ({ rows: (await pool.query(text, params)).rows }) }
  }
  const other = createSqlStore({ client: second, tableName, createTable: true })
  await other.initialize?.()
  return [first, other]
}
