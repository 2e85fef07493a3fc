/** The rollups under foreign writers, backfill and the capped search total, on PostgreSQL. */
import pg from 'pg'
import { afterAll, describe } from 'vitest'
import { rollupForeignCases } from '../sql/rollupForeignCases'

const PG_URL = process.env.AE_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/react_auth_events_test'
const SCHEMA = `ae_rollup_${process.pid}`
const pool = new pg.Pool({ connectionString: PG_URL, max: 4 })
let tables = 0

afterAll(async () => {
  await pool.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`)
  await pool.end()
})

describe('rollups over a shared table (PostgreSQL)', () => {
  rollupForeignCases(async () => {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`)
    return {
      client: { query: async (text, params) => ({ rows: (await pool.query(text, params)).rows }) },
      table: `${SCHEMA}.events_${++tables}`,
    }
  })
})
