/**
 * The rollups over a table other writers use (issue 12 point 3), on one SQL database: rows a
 * Studio-like writer put there before the store existed are counted once `initialize()` has
 * run (backfill); plain SQL inserts, updates, deletes and a TRUNCATE by another writer keep them
 * exact; a second `initialize()` counts nothing twice, and a table dropped and created again
 * (its triggers gone) is counted afresh. A page's `total` for a search stops at
 * 10,000 and says so. Shared by the PGlite (node) and PostgreSQL (contract-postgres) tests.
 */
import { expect, it } from 'vitest'
import { createEventsHandler } from '../../../src/server/handler'
import { createMemoryStore } from '../../../src/server/memoryStore'
import { createSqlStore, type SqlEventStore } from '../../../src/server/sql/sqlStore'
import type { SqlClient } from '../../../src/server/sql/sqlClient'
import type { StoreFilters } from '../../../src/server/store'
import { call } from '../server/helpers'

const studioTable = (table: string) => `CREATE TABLE ${table} (
  id UUID PRIMARY KEY, type VARCHAR(100) NOT NULL, timestamp TIMESTAMPTZ NOT NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'success', user_id VARCHAR(255), session_id VARCHAR(255),
  organization_id VARCHAR(255), metadata JSONB DEFAULT '{}', ip_address INET, user_agent TEXT,
  source VARCHAR(50) DEFAULT 'app', display_message TEXT, display_severity VARCHAR(20),
  created_at TIMESTAMPTZ DEFAULT NOW())`

/** Rows `from`..`to` as a Studio-like writer inserts them (its own severities, some odd). */
const foreignInsert = (table: string, from: number, to: number) => `INSERT INTO ${table}
  (id, type, timestamp, status, user_id, metadata, display_severity)
  SELECT md5('row' || i)::uuid,
    (ARRAY['user.logged_in', 'user.unbanned', 'security_login_blocked', 'member.added', 'x.custom'])[1 + i % 5],
    timestamptz '2026-06-01T00:00:00Z' + (i * 7919 % 864000) * interval '1 second',
    CASE WHEN i % 6 = 0 THEN 'failed' ELSE 'success' END, 'usr_' || i % 9,
    jsonb_build_object('email', 'person' || i % 9 || '@example.com'),
    (ARRAY[NULL, 'success', 'failed', 'FAILED', 'warning', 'info', 'bogus'])[1 + i % 7]
  FROM generate_series(${from}, ${to}) AS i`

const FILTERS: StoreFilters[] = [
  {},
  { since: new Date('2026-06-03T05:30:00.5Z'), until: new Date('2026-06-08T17:00:00Z') },
  { types: ['user.unbanned', 'security_login_blocked'] },
  { severities: ['failed'] },
  { status: 'failed', severities: ['failed', 'warning'] },
]

/** Every count, total and activity day equals what the memory store says over the same rows. */
async function expectExact(store: SqlEventStore) {
  const rows = await store.list({ filters: {}, sort: 'asc', limit: 100_000, withTotal: false })
  const reference = createMemoryStore({ events: rows.events })
  for (const filters of FILTERS) {
    expect(await store.count({ filters }), JSON.stringify(filters)).toEqual(
      await reference.count({ filters }),
    )
    const page = { filters, sort: 'desc' as const, limit: 5 }
    const [ours, theirs] = [await store.list(page), await reference.list(page)]
    expect(ours.total).toBe(theirs.total)
    expect(ours.events.map((event) => event.id)).toEqual(theirs.events.map((event) => event.id))
  }
  for (const timeZone of ['America/New_York', 'Asia/Kolkata', 'Australia/Eucla']) {
    const query = { sinceDay: '2026-05-31', untilDay: '2026-06-12', timeZone, filters: {} }
    expect(await store.activity(query), timeZone).toEqual(await reference.activity(query))
  }
  return rows.events.length
}

/** Defines the cases; `open` gives a client on a database where `table` may be created. */
export function rollupForeignCases(open: () => Promise<{ client: SqlClient; table: string }>) {
  it('counts rows written before the store existed, and every foreign insert, update, delete and truncate', async () => {
    const { client, table } = await open()
    await client.query(studioTable(table))
    await client.query(foreignInsert(table, 1, 400))
    const store = createSqlStore({ client, tableName: table, createTable: 'initialize', sequence: false })
    await store.initialize()
    expect(await expectExact(store)).toBe(400)

    await client.query(foreignInsert(table, 401, 520))
    await client.query(
      `UPDATE ${table} SET type = 'user.banned', status = 'failed', timestamp = timestamp + interval '37 hours'
       WHERE user_id = 'usr_3'`,
    )
    await client.query(`DELETE FROM ${table} WHERE user_id IN ('usr_1', 'usr_2')`)
    const left = await expectExact(store)
    expect(left).toBeGreaterThan(300)

    // A second store (another instance) initialising over the same table counts nothing twice.
    const again = createSqlStore({ client, tableName: table, createTable: 'initialize', sequence: false })
    await again.initialize()
    expect((await again.count({ filters: {} })).total).toBe(left)

    await client.query(`TRUNCATE ${table}`)
    expect(await store.count({ filters: {} })).toEqual({
      total: 0,
      success: 0,
      failed: 0,
      warning: 0,
      info: 0,
    })
    expect(
      await store.activity({ sinceDay: '2026-05-31', untilDay: '2026-06-12', timeZone: 'UTC', filters: {} }),
    ).toEqual([])

    // Dropped and created again (its triggers went with it): the next initialize() rebuilds.
    await client.query(`DROP TABLE ${table}`)
    await client.query(studioTable(table))
    await client.query(foreignInsert(table, 1, 50))
    const fresh = createSqlStore({ client, tableName: table, createTable: 'initialize', sequence: false })
    await fresh.initialize()
    await client.query(foreignInsert(table, 51, 60))
    expect(await expectExact(fresh)).toBe(60)
  })

  it('counts a search up to 10,000 and says so (total null, totalMoreThan)', async () => {
    const { client, table } = await open()
    await client.query(studioTable(table))
    await client.query(foreignInsert(table, 1, 10_050))
    const store = createSqlStore({ client, tableName: table, createTable: 'initialize', sequence: false })
    await store.initialize()
    const handler = createEventsHandler({ store, authorize: () => true, extensions: ['filters'] })
    const common = await call(handler, '/api/events?q=example.com&limit=2')
    expect(common.body).toMatchObject({ total: null, totalMoreThan: 10_000 })
    expect(common.body.events).toHaveLength(2)
    const rare = await call(handler, '/api/events?q=person4@example.com&limit=2')
    expect(rare.body.total).toBe(1117)
    expect(rare.body).not.toHaveProperty('totalMoreThan')
    // Without a search the rollup answers exactly, however many match.
    expect((await call(handler, '/api/events?limit=1')).body).toMatchObject({ total: 10_050 })
    expect((await call(handler, '/api/events?limit=1')).body).not.toHaveProperty('totalMoreThan')
  })
}
