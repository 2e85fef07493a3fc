/**
 * Issue 11 point 3: a full queue drops exactly the events it reports (the oldest WAITING, never
 * the batch being written), and says truthfully why it was full.
 */
import { describe, expect, it } from 'vitest'
import { createEventIngestion } from '../../../src/server/ingestion/createEventIngestion'
import { createMemoryStore } from '../../../src/server/memoryStore'
import type { EventStore } from '../../../src/server/store'
import type { StoredEvent } from '../../../src/server/wire'

/** A memory store whose writes wait until `release()`, and that can be made to fail. */
function slowStore() {
  const inner = createMemoryStore()
  let gate: (() => void) | undefined
  let failing = false
  const store: EventStore = {
    ...inner,
    async insert(events: StoredEvent[]) {
      await new Promise<void>((resolve) => (gate = resolve))
      if (failing) throw new Error('connection refused')
      await inner.insert(events)
    },
  }
  return {
    store,
    inner,
    release: () => gate?.(),
    fail: (value: boolean) => (failing = value),
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('ingestion overflow', () => {
  it('drops the oldest waiting events, never the batch in flight, and says the store is slower', async () => {
    const { store, inner, release } = slowStore()
    const drops: [number, string][] = []
    const ingestion = createEventIngestion({
      store,
      batchSize: 5,
      maxBatchSize: 5,
      maxQueueSize: 10,
      flushInterval: 60_000,
      onDrop: (count, reason) => drops.push([count, reason]),
    })
    const ids: string[] = []
    const emit = async () => ids.push(((await ingestion.emit('user.joined', {})) as StoredEvent).id)
    for (let i = 0; i < 5; i += 1) await emit() // e0–e4: taken by the write that starts now
    await tick()
    for (let i = 0; i < 12; i += 1) await emit() // e5–e16: 12 waiting, bound 10
    expect(drops).toEqual([
      [1, expect.stringMatching(/faster than the store/)],
      [1, expect.any(String)],
    ])
    expect(drops.every(([, reason]) => !/failing/.test(reason))).toBe(true)
    const flushed = ingestion.flush()
    for (let i = 0; i < 4; i += 1) {
      release()
      await tick()
    }
    await flushed
    const stored = (await inner.list({ filters: {}, sort: 'asc', limit: 100 })).events.map(
      (event) => event.id,
    )
    const expected = [...ids.slice(0, 5), ...ids.slice(7)]
    expect(stored.sort()).toEqual(expected.sort())
    expect(ingestion.health()).toMatchObject({ written: 15, dropped: 2, queueSize: 0 })
  })

  it('says the store is failing when it is, and keeps the failed batch ahead of newer events', async () => {
    const { store, release, fail } = slowStore()
    const drops: string[] = []
    const ingestion = createEventIngestion({
      store,
      batchSize: 5,
      maxBatchSize: 5,
      maxQueueSize: 6,
      flushInterval: 60_000,
      onDrop: (_count, reason) => drops.push(reason),
    })
    fail(true)
    for (let i = 0; i < 5; i += 1) await ingestion.emit('user.joined', {})
    await tick()
    const failed = ingestion.flush().catch(() => 'failed')
    release()
    expect(await failed).toBe('failed')
    // 5 back in the queue, bound 6: the second emit overflows while the store is failing.
    await ingestion.emit('user.joined', {})
    await ingestion.emit('user.joined', {})
    expect(drops).toEqual([expect.stringMatching(/store is failing \(connection refused\)/)])
    expect(ingestion.health().queueSize).toBe(6)
  })
})
