/** The rollups under foreign writers, backfill and the capped search total, on PGlite. */
import { PGlite } from '@electric-sql/pglite'
import { afterAll, describe } from 'vitest'
import type { SqlClient } from '../../../src/server/sql/sqlClient'
import { rollupForeignCases } from './rollupForeignCases'

const databases: PGlite[] = []
afterAll(async () => {
  for (const db of databases) await db.close()
})

describe('rollups over a shared table (PGlite)', () => {
  rollupForeignCases(async () => {
    const db = await PGlite.create()
    databases.push(db)
    const client: SqlClient = {
      query: async (text, params) => ({ rows: (await db.query(text, params)).rows as never[] }),
    }
    return { client, table: 'auth_events' }
  })
})
