/**
 * Issue 11 point 1, against the real PostgreSQL: the server survives its database restarting
 * (idle connections terminated with 57P01, as `pg_terminate_backend` does) and going away for
 * a while: requests answer 503 with a clear body, `/status` says the store is unavailable,
 * ingestion keeps its queue and writes it once the database is back.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEventsHandler } from '../../../src/server/handler'
import { createEventIngestion } from '../../../src/server/ingestion/createEventIngestion'
import { createPostgresStore } from '../../../src/server/sql/postgresStore'
import type { SqlEventStore } from '../../../src/server/sql/sqlStore'
import { call } from '../server/helpers'
import { createTcpSwitch, type TcpSwitch } from './tcpSwitch'

const PG_URL = process.env.AE_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/react_auth_events_test'
const APP = `ae_restart_${process.pid}`
const TABLE = `ae_restart_${process.pid}`
const admin = new pg.Client({ connectionString: PG_URL })
const stores: SqlEventStore[] = []

beforeAll(async () => {
  await admin.connect()
})
afterAll(async () => {
  for (const store of stores) await store.close()
  await admin.query(`DROP TABLE IF EXISTS ${TABLE}; DROP TABLE IF EXISTS ${TABLE}_sequence`)
  await admin.end()
})

async function open(url: string): Promise<SqlEventStore> {
  const store = await createPostgresStore({ connectionString: url, tableName: TABLE, createTable: true })
  stores.push(store)
  return store
}

const withApp = (url: string) => `${url}${url.includes('?') ? '&' : '?'}application_name=${APP}`

describe('PostgreSQL restarting under the server', () => {
  it('survives its idle connections being terminated (57P01) and keeps writing', async () => {
    const store = await open(withApp(PG_URL))
    await store.initialize()
    const ingestion = createEventIngestion({ store, batchSize: 5, flushInterval: 20 })
    for (let i = 0; i < 5; i += 1) await ingestion.emit('user.joined', { userId: `usr_${i}` })
    await ingestion.flush()
    const { rows } = await admin.query(
      'SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE application_name = $1',
      [APP],
    )
    expect(Number(rows[0].n)).toBeGreaterThan(0)
    // Let the terminated connections report their error (an unhandled one would end the run).
    await new Promise((resolve) => setTimeout(resolve, 300))
    for (let i = 5; i < 10; i += 1) await ingestion.emit('user.joined', { userId: `usr_${i}` })
    await ingestion.shutdown()
    expect((await store.count({ filters: {} })).total).toBe(10)
  }, 60_000)

  let gate: TcpSwitch
  beforeAll(async () => {
    const target = new URL(PG_URL)
    gate = await createTcpSwitch({ host: target.hostname, port: Number(target.port || 5432) })
  })
  afterAll(async () => {
    await gate.close()
  })

  it('answers 503 and says unavailable while the database is away, and keeps the queue until it is back', async () => {
    const url = new URL(PG_URL)
    url.port = String(gate.port)
    const store = await open(url.toString())
    await store.initialize()
    const handler = createEventsHandler({ store, authorize: () => true, extensions: ['filters'] })
    const ingestion = createEventIngestion({ store, batchSize: 1000, flushInterval: 20 })
    const before = (await store.count({ filters: {} })).total
    expect((await call(handler, '/api/events')).status).toBe(200)

    await gate.off()
    const list = await call(handler, '/api/events')
    expect(list.status).toBe(503)
    expect(list.body).toEqual({
      error: 'Store unavailable',
      message: expect.stringMatching(/cannot be reached/),
    })
    expect(list.headers.get('retry-after')).toBe('5')
    expect((await call(handler, '/api/events/count')).status).toBe(503)
    const status = await call(handler, '/api/events/status')
    expect(status.status).toBe(200)
    expect(status.body).toMatchObject({ enabled: false, error: expect.stringMatching(/not available/) })

    for (let i = 0; i < 7; i += 1) await ingestion.emit('user.logged_in', { userId: `usr_${i}` })
    await expect(ingestion.flush()).rejects.toThrow()
    expect(ingestion.health()).toMatchObject({ healthy: false, queueSize: 7, dropped: 0 })

    await gate.on()
    await expect
      .poll(async () => (await call(handler, '/api/events/status')).body.enabled, { timeout: 20_000 })
      .toBe(true)
    await expect.poll(() => ingestion.health().queueSize, { timeout: 40_000, interval: 200 }).toBe(0)
    expect(ingestion.health()).toMatchObject({ written: 7, dropped: 0, healthy: true })
    expect((await store.count({ filters: {} })).total).toBe(before + 7)
    await ingestion.shutdown()
  }, 90_000)
})
