/**
 * The write path of the reference server: `emit` queues, a write starts when `batchSize` events
 * wait or on a timer and takes up to `maxBatchSize` of them in one statement (a second write
 * starts beside it when another `batchSize` waits), a failing store is retried with backoff while
 * a bounded queue holds what waits, and `shutdown` writes everything queued (Studio's loses it).
 *
 * Batches being written are taken OUT of the queue, so an overflow meanwhile drops exactly the
 * queued events it reports (the oldest waiting), never a batch in flight or newer ones. A batch
 * the store refuses for a value (`isValueRefused`) is split in halves until the one refused event
 * is found: it is dropped and reported, and the rest are written.
 */
import { isStoreUnavailable, isValueRefused } from '../storeErrors'
import type { StoredEvent } from '../wire'
import { buildStoredEvent } from './buildStoredEvent'
import { isTypeRecorded } from './matchTypes'
import type { EmitData, EventIngestion, EventIngestionOptions, IngestionHealth } from './types'

const MAX_BACKOFF_MS = 30_000
const SHUTDOWN_ATTEMPTS = 3
/** Batches written at the same time (a second one only when a full `batchSize` waits). */
const CONCURRENT_WRITES = 2

/** Creates an ingestion pipeline over `options.store`. */
export function createEventIngestion(options: EventIngestionOptions): EventIngestion {
  const { store } = options
  const batchSize = Math.max(1, options.batchSize ?? 20)
  const maxBatchSize = Math.max(batchSize, options.maxBatchSize ?? 1000)
  const flushInterval = Math.max(10, options.flushInterval ?? 1000)
  const maxQueueSize = Math.max(batchSize, options.maxQueueSize ?? 100_000)
  const now = options.now ?? (() => new Date())
  const redactKeys = options.redactKeys ?? true

  let queue: StoredEvent[] = []
  let inFlight = 0
  let initialized = false
  let initializing: Promise<void> | undefined
  let flushing: Promise<void> | undefined
  let stopped = false
  let written = 0
  let dropped = 0
  let rejected = 0
  let failures = 0
  let retryAt = 0
  let lastFlushAt: Date | undefined
  let lastError: string | undefined

  const unref = (timer: ReturnType<typeof setTimeout>) => {
    ;(timer as { unref?: () => void }).unref?.()
    return timer
  }

  const initialize = () => {
    initializing ??= (async () => {
      await store.initialize?.()
      initialized = true
    })().catch((error: unknown) => {
      initializing = undefined
      throw error
    })
    return initializing
  }

  const drop = (count: number, reason: string) => {
    if (count <= 0) return
    dropped += count
    options.onDrop?.(count, reason)
  }

  /** Drops the oldest waiting events beyond the bound, saying truthfully why the queue is full. */
  const enforceBound = () => {
    const overflow = queue.length - maxQueueSize
    if (overflow <= 0) return
    queue.splice(0, overflow)
    const why =
      failures > 0
        ? `the store is failing${lastError ? ` (${lastError})` : ''}`
        : 'events arrive faster than the store writes them'
    drop(overflow, `queue full (${maxQueueSize} waiting): ${why}; dropped the oldest waiting`)
  }

  /**
   * Writes `batch`, isolating refused values. Resolves with the events still unwritten when the
   * store became unavailable (with the error), or nothing when all were written or refused.
   */
  const writeIsolating = async (
    batch: StoredEvent[],
  ): Promise<{ rest: StoredEvent[]; error: unknown } | null> => {
    const pending: StoredEvent[][] = [batch]
    while (pending.length) {
      const part = pending.shift() as StoredEvent[]
      try {
        await store.insert(part)
        written += part.length
      } catch (error) {
        if (!isValueRefused(error) || isStoreUnavailable(error))
          return { rest: part.concat(...pending), error }
        if (part.length === 1) {
          const [event] = part as [StoredEvent]
          rejected += 1
          const reason = `refused by the store: ${describe(error)}`
          options.onReject?.(event, reason)
          drop(1, reason)
          continue
        }
        const middle = part.length >>> 1
        pending.unshift(part.slice(0, middle), part.slice(middle))
      }
    }
    return null
  }

  // Wakes the write loop when enough events wait for a second write (see writeQueued).
  let wake: (() => void) | undefined

  /**
   * Writes until the queue is empty, with up to {@link CONCURRENT_WRITES} batches in flight: while
   * one statement runs in the database, the next is built and sent, so Node's work and the
   * database's overlap and the database never waits for the next batch (BENCHMARKS.md). A second
   * write starts only when `batchSize` events wait. The `sequence` counter row still hands out
   * seq ranges in commit order. After a failure no new write starts; when the writes in flight
   * have settled, everything unwritten goes back to the front of the queue in emit order.
   */
  const writeQueued = async (): Promise<void> => {
    try {
      await initialize()
    } catch (error) {
      fail(error)
      throw error
    }
    const writes = new Set<Promise<void>>()
    const unwritten: { order: number; rest: StoredEvent[]; error: unknown }[] = []
    let started = 0
    for (;;) {
      while (
        !unwritten.length &&
        queue.length &&
        writes.size < CONCURRENT_WRITES &&
        (writes.size === 0 || queue.length >= batchSize)
      ) {
        const batch = queue.splice(0, maxBatchSize)
        const order = started++
        inFlight += batch.length
        const write: Promise<void> = writeIsolating(batch)
          .then((failed) => {
            if (failed) unwritten.push({ order, ...failed })
            else {
              failures = 0
              lastError = undefined
              lastFlushAt = now()
            }
          })
          .finally(() => {
            inFlight -= batch.length
            writes.delete(write)
          })
        writes.add(write)
      }
      if (!writes.size) break
      await new Promise<void>((resolve) => {
        wake = resolve
        for (const write of writes) void write.then(resolve)
      })
      wake = undefined
    }
    if (unwritten.length) {
      // Back at the front, in emit order; the bound then drops the oldest if it must.
      unwritten.sort((a, b) => a.order - b.order)
      queue = unwritten.flatMap((part) => part.rest).concat(queue)
      const { error } = unwritten.at(-1) as (typeof unwritten)[number]
      fail(error)
      enforceBound()
      throw error
    }
  }

  const fail = (error: unknown) => {
    failures += 1
    lastError = describe(error)
    retryAt = Date.now() + Math.min(MAX_BACKOFF_MS, 250 * 2 ** Math.min(failures, 10))
  }

  const flush = (): Promise<void> => {
    flushing ??= writeQueued().finally(() => {
      flushing = undefined
    })
    return flushing
  }

  // Timed flushes; while the store fails they wait out the backoff instead of hammering it.
  const timer = unref(
    setInterval(() => {
      if (queue.length && Date.now() >= retryAt) flush().catch(() => undefined)
    }, flushInterval),
  )

  let retention: ReturnType<typeof setInterval> | undefined
  if (options.retentionDays !== undefined && options.retentionDays > 0) {
    const days = options.retentionDays
    const prune = () => {
      const cutoff = new Date(now().getTime() - days * 86_400_000)
      store.deleteOlderThan(cutoff).catch((error: unknown) => {
        lastError = `retention: ${describe(error)}`
      })
    }
    prune()
    retention = unref(setInterval(prune, options.retentionInterval ?? 3_600_000))
  }

  const health = (): IngestionHealth => ({
    initialized,
    healthy: failures === 0,
    queueSize: queue.length + inFlight,
    written,
    dropped,
    rejected,
    consecutiveFailures: failures,
    lastFlushAt,
    lastError,
  })

  return {
    async emit(type: string, data: EmitData = {}) {
      if (stopped) throw new Error('createEventIngestion: emit after shutdown')
      if (!isTypeRecorded(type, options.include, options.exclude)) return null
      const event = buildStoredEvent(type, data, { id: crypto.randomUUID(), now: now(), redactKeys })
      queue.push(event)
      enforceBound()
      options.onEvent?.(event)
      if (queue.length >= batchSize) {
        if (flushing) wake?.()
        else if (Date.now() >= retryAt) flush().catch(() => undefined)
      }
      return event
    },
    flush,
    async shutdown() {
      stopped = true
      clearInterval(timer)
      if (retention) clearInterval(retention)
      // A write already running finishes first (its events are not in the queue).
      await flushing?.catch(() => undefined)
      for (let attempt = 0; attempt < SHUTDOWN_ATTEMPTS && queue.length; attempt += 1) {
        try {
          await flush()
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt))
        }
      }
      drop(queue.length, 'store still failing at shutdown')
      queue = []
      return { written, dropped }
    },
    health,
    get queueSize() {
      return queue.length + inFlight
    },
    get initialized() {
      return initialized
    },
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.length > 200 ? `${text.slice(0, 200)}…` : text
}
