/**
 * The `sequence` extension over an existing Studio table: the `seq` column is added in place,
 * rows already there get a seq in time order, and rows another writer (Studio) inserts without
 * one get the next seq from the trigger. Studio's own columns stay as they were.
 */
import { PGlite } from '@electric-sql/pglite'
import { describe, expect, it } from 'vitest'
import { createSqlStore } from '../../../src/server/sql/sqlStore'
import type { SqlClient } from '../../../src/server/sql/sqlClient'

const STUDIO_TABLE = `CREATE TABLE auth_events (
  id UUID PRIMARY KEY, type VARCHAR(100) NOT NULL, timestamp TIMESTAMPTZ NOT NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'success', user_id VARCHAR(255), session_id VARCHAR(255),
  organization_id VARCHAR(255), metadata JSONB DEFAULT '{}', ip_address INET, user_agent TEXT,
  source VARCHAR(50) DEFAULT 'app', display_message TEXT, display_severity VARCHAR(20),
  created_at TIMESTAMPTZ DEFAULT NOW())`
const studioInsert = (n: number, timestamp: string) =>
  `INSERT INTO auth_events (id, type, timestamp) VALUES ('00000000-0000-4000-8000-00000000000${n}', 'user.joined', '${timestamp}')`

describe('sequence migration', () => {
  it('adds seq to a Studio table, back-fills it in time order and numbers foreign inserts', async () => {
    const db = await PGlite.create()
    const client: SqlClient = {
      query: async (text, params) => ({ rows: (await db.query(text, params)).rows as never[] }),
    }
    await db.exec(STUDIO_TABLE)
    await db.exec(`${studioInsert(2, '2026-11-20T10:00:02Z')}; ${studioInsert(1, '2026-11-20T10:00:01Z')}`)
    const store = createSqlStore({ client })
    expect(await store.headSeq()).toBeNull()
    await store.initialize()
    expect(await store.headSeq()).toBe('2')
    await db.exec(studioInsert(3, '2026-11-20T09:00:00Z'))
    expect(await store.headSeq()).toBe('3')
    const page = await store.list({ filters: {}, sort: 'asc', limit: 10, afterSeq: '0' })
    expect(page.events.map((event) => [event.id.slice(-1), event.seq])).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['3', '3'],
    ])
    // What Studio's own provider selects still works.
    const studio = await db.query('SELECT id, type, timestamp, status, metadata, ip_address FROM auth_events')
    expect(studio.rows).toHaveLength(3)
    await db.close()
    // PGlite start-up plus a migration: 40 s at load average 20 on 2 cores.
  }, 240_000)
})
