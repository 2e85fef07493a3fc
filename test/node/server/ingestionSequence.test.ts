/**
 * Ingestion writes two batches at once (issue 11 point 3): on every store (the real PostgreSQL
 * in contract-postgres) each event still gets exactly one seq, the seqs have no gap, and a reader
 * that follows `afterSeq` while the writes run sees every event exactly once.
 */
import { describe, expect, it } from 'vitest'
import { createEventIngestion } from '../../../src/server/ingestion/createEventIngestion'
import type { EventStore } from '../../../src/server/store'
import { contractStore } from './contractStore'

const EVENTS = 3000

/** Everything after `afterSeq`, in seq order, page by page. */
async function readAfter(store: EventStore, afterSeq: string) {
  const events: { id: string; seq: string }[] = []
  let last = afterSeq
  for (;;) {
    const page = await store.list({ filters: {}, sort: 'asc', limit: 500, afterSeq: last })
    for (const event of page.events) events.push({ id: event.id, seq: event.seq as string })
    if (!page.events.length) return { events, last }
    last = page.events.at(-1)?.seq as string
  }
}

describe('ingestion and the sequence', () => {
  it('gives each event of a burst one seq, without gaps, seen once by a reader following afterSeq', async () => {
    const store = contractStore([])
    await store.initialize?.()
    const ingestion = createEventIngestion({ store, batchSize: 50, maxBatchSize: 200 })
    const emitted: string[] = []
    const seen: string[] = []
    let reading = true
    // A stream reader polling while the writes commit.
    const reader = (async () => {
      let last = '0'
      while (reading) {
        const answer = await readAfter(store, last)
        for (const event of answer.events) seen.push(event.id)
        last = answer.last
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      return last
    })()
    for (let i = 0; i < EVENTS; i += 1) {
      const event = await ingestion.emit('user.logged_in', { userId: `usr_${i}` })
      if (event) emitted.push(event.id)
      if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve))
    }
    expect(await ingestion.shutdown()).toEqual({ written: EVENTS, dropped: 0 })
    reading = false
    const last = await reader
    seen.push(...(await readAfter(store, last)).events.map((event) => event.id))

    const all = (await readAfter(store, '0')).events
    expect(all.map((event) => event.id).sort()).toEqual([...emitted].sort())
    const seqs = all.map((event) => Number(event.seq))
    const first = seqs[0] as number
    expect(seqs).toEqual(Array.from({ length: EVENTS }, (_, i) => first + i))
    expect(seen).toHaveLength(EVENTS)
    expect(new Set(seen).size).toBe(EVENTS)
  }, 240_000)
})
