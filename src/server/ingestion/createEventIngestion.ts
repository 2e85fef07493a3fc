/**
 * The write path of the reference server: `emit` queues, a batch is written when it is full or
 * on a timer, a failing store is retried with backoff while a bounded queue holds what waits,
 * and `shutdown` writes everything queued (Studio's loses it).
 */
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
  const flushInterval = Math.max(10, options.flushInterval ?? 3000)
  const maxQueueSize = Math.max(batchSize, options.maxQueueSize ?? 10_000)
  const now = options.now ?? (() => new Date())
  const redactKeys = options.redactKeys ?? true

  let queue: StoredEvent[] = []
  let initialized = false
  let initializing: Promise<void> | undefined
  let flushing: Promise<void> | undefined
  let stopped = false
  let written = 0
  let dropped = 0
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

  const writeQueued = async (): Promise<void> => {
    while (queue.length) {
      const batch = queue.slice(0, batchSize)
      try {
        await initialize()
        await store.insert(batch)
      } catch (error) {
        failures += 1
        lastError = error instanceof Error ? error.message : String(error)
        retryAt = Date.now() + Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(failures, 10))
        throw error
      }
      queue = queue.slice(batch.length)
      written += batch.length
      failures = 0
      lastError = undefined
      lastFlushAt = now()
    }
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
        lastError = `retention: ${error instanceof Error ? error.message : String(error)}`
      })
    }
    prune()
    retention = unref(setInterval(prune, options.retentionInterval ?? 3_600_000))
  }

  const health = (): IngestionHealth => ({
    initialized,
    healthy: failures === 0,
    queueSize: queue.length,
    written,
    dropped,
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
      if (queue.length > maxQueueSize) {
        const overflow = queue.length - maxQueueSize
        queue = queue.slice(overflow)
        drop(overflow, `queue full (${maxQueueSize}) while the store is failing`)
      }
      options.onEvent?.(event)
      if (queue.length >= batchSize && Date.now() >= retryAt) flush().catch(() => undefined)
      return event
    },
    flush,
    async shutdown() {
      stopped = true
      clearInterval(timer)
      if (retention) clearInterval(retention)
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
      return queue.length
    },
    get initialized() {
      return initialized
    },
  }
}
