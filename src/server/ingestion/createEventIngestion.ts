/**
 * The write path of the reference server: `emit` queues, a write starts when `batchSize` events
 * wait or on a timer and takes up to `maxBatchSize` of them in one statement, a failing store is
 * retried with backoff while a bounded queue holds what waits, and `shutdown` writes everything
 * queued (Studio's loses it).
 *
 * The batch being written is taken OUT of the queue, so an overflow meanwhile drops exactly the
 * queued events it reports (the oldest waiting), never the batch in flight or newer ones. A batch
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

  const writeQueued = async (): Promise<void> => {
    while (queue.length) {
      try {
        await initialize()
      } catch (error) {
        fail(error)
        throw error
      }
      const batch = queue.splice(0, maxBatchSize)
      inFlight = batch.length
      const failed = await writeIsolating(batch).finally(() => {
        inFlight = 0
      })
      if (failed) {
        // Back at the front, in order; the bound then drops the oldest if it must.
        queue = failed.rest.concat(queue)
        fail(failed.error)
        enforceBound()
        throw failed.error
      }
      failures = 0
      lastError = undefined
      lastFlushAt = now()
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
      if (queue.length >= batchSize && Date.now() >= retryAt) flush().catch(() => undefined)
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
