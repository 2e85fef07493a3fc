/**
 * Issue 11 point 3: a full queue drops exactly the events it reports (the oldest WAITING, never
 * a batch being written), and says truthfully why it was full; two writes in flight at once lose
 * and duplicate nothing when one or both fail.
 */
import { describe, expect, it } from 'vitest'
import { createEventIngestion } from '../../../src/server/ingestion/createEventIngestion'
import { createMemoryStore } from '../../../src/server/memoryStore'
import type { EventStore } from '../../../src/server/store'
import type { StoredEvent } from '../../../src/server/wire'

/**
 * A memory store whose writes wait until `release()` (oldest write first), and that can be made
 * to fail. `batches` records what each write was given, in the order writes started.
 */
function slowStore() {
  const inner = createMemoryStore()
  const gates: (() => void)[] = []
  const batches: string[][] = []
  let failing = false
  const store: EventStore = {
    ...inner,
    async insert(events: StoredEvent[]) {
      batches.push(events.map((event) => event.id))
      await new Promise<void>((resolve) => gates.push(resolve))
      if (failing) throw new Error('connection refused')
      await inner.insert(events)
    },
  }
  return {
    store,
    inner,
    batches,
    /** Writes waiting for `release()`. */
    waiting: () => gates.length,
    release: () => gates.shift()?.(),
    fail: (value: boolean) => (failing = value),
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))
const storedIds = async (store: EventStore) =>
  (await store.list({ filters: {}, sort: 'asc', limit: 100 })).events.map((event) => event.id).sort()

describe('ingestion overflow', () => {
  it('drops the oldest waiting events, never a batch in flight, and says the store is slower', async () => {
    const { store, inner, release, waiting } = slowStore()
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
    for (let i = 0; i < 5; i += 1) await emit() // e5–e9: a full batch waits, a second write takes it
    await tick()
    expect(waiting()).toBe(2)
    for (let i = 0; i < 12; i += 1) await emit() // e10–e21: 12 waiting, bound 10
    expect(drops).toEqual([
      [1, expect.stringMatching(/faster than the store/)],
      [1, expect.any(String)],
    ])
    expect(drops.every(([, reason]) => !/failing/.test(reason))).toBe(true)
    // Ten waiting and ten being written.
    expect(ingestion.health().queueSize).toBe(20)
    const flushed = ingestion.flush()
    while (waiting() > 0 || ingestion.queueSize > 0) {
      release()
      await tick()
    }
    await flushed
    expect(await storedIds(inner)).toEqual([...ids.slice(0, 10), ...ids.slice(12)].sort())
    expect(ingestion.health()).toMatchObject({ written: 20, dropped: 2, queueSize: 0 })
  })

  it('writes at most two batches at once, and starts the second only for a full batch', async () => {
    const { store, release, waiting, batches } = slowStore()
    const ingestion = createEventIngestion({ store, batchSize: 3, maxBatchSize: 3, flushInterval: 60_000 })
    for (let i = 0; i < 3; i += 1) await ingestion.emit('user.joined', {})
    await tick()
    await ingestion.emit('user.joined', {})
    await ingestion.emit('user.joined', {})
    await tick()
    expect(waiting()).toBe(1) // two waiting: less than a batch
    for (let i = 0; i < 7; i += 1) await ingestion.emit('user.joined', {})
    await tick()
    expect(waiting()).toBe(2) // nine waiting now, but never a third write
    expect(batches.map((batch) => batch.length)).toEqual([3, 3])
    const done = ingestion.shutdown()
    while (waiting() > 0 || ingestion.queueSize > 0) {
      release()
      await tick()
    }
    expect(await done).toEqual({ written: 12, dropped: 0 })
  })

  it('puts every batch that was in flight back in emit order when the store fails', async () => {
    const { store, inner, release, waiting, fail, batches } = slowStore()
    const ingestion = createEventIngestion({ store, batchSize: 3, maxBatchSize: 3, flushInterval: 60_000 })
    const ids: string[] = []
    const emit = async () => ids.push(((await ingestion.emit('user.joined', {})) as StoredEvent).id)
    for (let i = 0; i < 3; i += 1) await emit()
    await tick()
    for (let i = 0; i < 3; i += 1) await emit()
    await tick()
    expect(waiting()).toBe(2)
    fail(true)
    const failed = ingestion.flush().catch(() => 'failed')
    release()
    release()
    expect(await failed).toBe('failed')
    expect(ingestion.health()).toMatchObject({ healthy: false, queueSize: 6 })
    // The store is back: the retry writes the same events, oldest first, each once.
    fail(false)
    batches.length = 0
    const retried = ingestion.flush()
    while (waiting() > 0 || ingestion.queueSize > 0) {
      release()
      await tick()
    }
    await retried
    expect(batches).toEqual([ids.slice(0, 3), ids.slice(3, 6)])
    expect(await storedIds(inner)).toEqual([...ids].sort())
    expect(ingestion.health()).toMatchObject({ healthy: true, written: 6, dropped: 0 })
  })

  it('keeps what a failed write held ahead of a write that succeeded beside it', async () => {
    const inner = createMemoryStore()
    const gates: { resolve: () => void; fails: boolean }[] = []
    let calls = 0
    const store: EventStore = {
      ...inner,
      async insert(events) {
        const fails = calls++ === 0 // only the very first write fails
        await new Promise<void>((resolve) => gates.push({ resolve, fails }))
        if (fails) throw new Error('connection reset')
        await inner.insert(events)
      },
    }
    const ingestion = createEventIngestion({ store, batchSize: 2, maxBatchSize: 2, flushInterval: 60_000 })
    const ids: string[] = []
    for (let i = 0; i < 4; i += 1) ids.push(((await ingestion.emit('user.joined', {})) as StoredEvent).id)
    await tick()
    expect(gates).toHaveLength(2)
    const failed = ingestion.flush().catch(() => 'failed')
    for (const gate of gates.splice(0)) gate.resolve()
    expect(await failed).toBe('failed')
    expect(await storedIds(inner)).toEqual(ids.slice(2).sort())
    expect(ingestion.health()).toMatchObject({ queueSize: 2, written: 2 })
    const retried = ingestion.flush()
    await tick()
    for (const gate of gates.splice(0)) gate.resolve()
    await retried
    expect(await storedIds(inner)).toEqual([...ids].sort())
    expect(ingestion.health()).toMatchObject({ queueSize: 0, written: 4, dropped: 0 })
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
