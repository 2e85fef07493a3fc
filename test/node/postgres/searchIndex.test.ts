/**
 * The search index on PostgreSQL: a search is served by the trigram index over exactly the
 * searched text (issue 12 point 3), and a table made by an earlier version loses its old index
 * (over the whole metadata text, three quarters of an insert's cost: issue 11 point 3) on
 * `initialize()`, while a table made elsewhere, without the index's function, still searches.
 */
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { createSqlStore } from '../../../src/server/sql/sqlStore'
import { createTableStatements } from '../../../src/server/sql/schema'
import { SEARCH_TEXT } from '../../../src/server/sql/searchIndex'
import { fromWireEvent } from '../../../src/server/convert'
import { generateEvents } from '../../../src/server/generator'

const PG_URL = process.env.AE_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/react_auth_events_test'
const SCHEMA = `ae_search_${process.pid}`
const pool = new pg.Pool({ connectionString: PG_URL, max: 2 })
const client = {
  query: async (text: string, params?: unknown[]) => ({ rows: (await pool.query(text, params)).rows }),
}
let tables = 0
const newTable = async () => {
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`)
  return `${SCHEMA}.events_${++tables}`
}
const indexesOf = async (table: string) =>
  (
    await pool.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = $2 AND indexname LIKE '%trgm%'`,
      table.split('.'),
    )
  ).rows.map((row) => row.indexname)
const events = generateEvents({
  seed: 11,
  now: new Date('2026-11-20T12:00:00Z'),
  days: 3,
  eventsPerDay: 200,
}).map(fromWireEvent)

afterAll(async () => {
  await pool.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`)
  await pool.end()
})

describe('search index (PostgreSQL)', () => {
  it('serves a search from the trigram index over the searched text', async () => {
    const table = await newTable()
    const store = createSqlStore({ client, tableName: table, createTable: true })
    await store.initialize()
    await store.insert(events)
    expect(await indexesOf(table)).toEqual([`${table.split('.')[1]}_search_emails_trgm_idx`])
    await pool.query(`ANALYZE ${table}`)
    const connection = await pool.connect()
    try {
      await connection.query('SET enable_seqscan = off')
      const plan = await connection.query(`EXPLAIN SELECT id FROM ${table} WHERE ${SEARCH_TEXT} ILIKE $1`, [
        '%example.com%',
      ])
      expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('_search_emails_trgm_idx')
    } finally {
      await connection.query('RESET enable_seqscan')
      connection.release()
    }
    const email = events.map((event) => event.metadata?.email).find((value) => typeof value === 'string')
    const page = await store.list({ filters: { q: String(email) }, sort: 'desc', limit: 50 })
    expect(page.events.length).toBeGreaterThan(0)
  })

  it('drops the earlier index over the whole metadata text on initialize', async () => {
    const table = await newTable()
    for (const statement of createTableStatements(table)) await pool.query(statement)
    const base = table.split('.')[1]
    await pool.query(
      `CREATE INDEX ${base}_search_trgm_idx ON ${table} USING gin ((metadata::text) gin_trgm_ops)`,
    )
    const store = createSqlStore({ client, tableName: table, createTable: true })
    await store.initialize()
    expect(await indexesOf(table)).toEqual([`${base}_search_emails_trgm_idx`])
  })

  it('still searches a table made elsewhere, where the index function may be missing', async () => {
    const table = await newTable()
    for (const statement of createTableStatements(table)) await pool.query(statement)
    // A connection whose search_path does not reach the function (it lives in public).
    const isolated = new pg.Pool({ connectionString: PG_URL, max: 1, options: `-c search_path=${SCHEMA}` })
    const store = createSqlStore({
      client: { query: async (text, params) => ({ rows: (await isolated.query(text, params)).rows }) },
      tableName: table,
      createTable: false,
      sequence: false,
      rollup: false,
    })
    await pool.query(
      `INSERT INTO ${table} (id, type, timestamp, status, metadata) VALUES (gen_random_uuid(), 'user.joined', now(), 'success', '{"email":"made-elsewhere@example.com"}')`,
    )
    try {
      const page = await store.list({ filters: { q: 'made-elsewhere' }, sort: 'desc', limit: 50 })
      expect(page.events).toHaveLength(1)
    } finally {
      await isolated.end()
    }
  })
})
