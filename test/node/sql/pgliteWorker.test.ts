/**
 * Issue 11 point 4: `createPgliteStore({ worker: true })` runs PGlite in a worker thread, so a
 * query never blocks the event loop (timers, new connections and ingestion go on meanwhile), and
 * answers exactly as the in-thread store does.
 */
import { describe, expect, it } from 'vitest'
import { createPgliteStore } from '../../../src/server/sql/pgliteStore'
import type { SqlEventStore } from '../../../src/server/sql/sqlStore'
import { sampleEvents } from '../server/helpers'

/** Whether a 20 ms timer fires before a query of about a second answers. */
async function timerFiresDuringQuery(store: SqlEventStore): Promise<boolean> {
  let fired = false
  const timer = setTimeout(() => (fired = true), 20)
  await store.client.query('SELECT count(*) FROM generate_series(1, 3000000)')
  const firedBefore = fired
  clearTimeout(timer)
  return firedBefore
}

describe('PGlite in a worker thread', () => {
  it('answers like the in-thread store, error codes included', async () => {
    const inThread = await createPgliteStore()
    const worker = await createPgliteStore({ worker: true })
    for (const store of [inThread, worker]) {
      await store.initialize()
      await store.insert(sampleEvents())
    }
    const query = { filters: { q: 'ana' }, sort: 'desc' as const, limit: 5 }
    expect(await worker.list(query)).toEqual(await inThread.list(query))
    expect(await worker.count({ filters: {} })).toEqual(await inThread.count({ filters: {} }))
    expect(await worker.headSeq()).toBe('13')
    await expect(worker.client.query("SELECT 'not-a-uuid'::uuid")).rejects.toMatchObject({ code: '22P02' })
    await Promise.all([inThread.close(), worker.close()])
  }, 120_000)

  it('leaves the event loop free while a query runs (the in-thread store blocks it)', async () => {
    const inThread = await createPgliteStore()
    const worker = await createPgliteStore({ worker: true })
    expect(await timerFiresDuringQuery(inThread)).toBe(false)
    expect(await timerFiresDuringQuery(worker)).toBe(true)
    await Promise.all([inThread.close(), worker.close()])
  }, 120_000)
})
