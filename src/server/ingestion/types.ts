/** Public types of the ingestion pipeline. */
import type { EventStatus } from '../../api/types'
import type { EventStore } from '../store'
import type { StoredEvent } from '../wire'

/** Request details an emitter passes so the IP and user agent are recorded. */
export type EmitRequest = {
  /** Request headers (a `Headers`, or a plain record as Node and most frameworks give them). */
  headers?: Headers | Record<string, string | string[] | undefined>
  /** The client address when the framework knows it; otherwise read from `x-forwarded-for` / `x-real-ip`. */
  ip?: string
}

/** What `emit` takes beside the type (seed 003's `emitEvent` data). */
export type EmitData = {
  /** @default 'success' */
  status?: EventStatus
  userId?: string
  sessionId?: string
  organizationId?: string
  metadata?: Record<string, unknown>
  request?: EmitRequest
  /** `app` or `api`. @default 'app' */
  source?: string
  /** Event time. @default now */
  timestamp?: Date
}

/** A type filter: exact types, `*` globs (`user.*`), regular expressions, or a predicate. */
export type TypeMatcher = string | RegExp | ((type: string) => boolean)

/** Options of `createEventIngestion`. */
export type EventIngestionOptions = {
  store: EventStore
  /** Events queued before a flush is started. @default 20 */
  batchSize?: number
  /** Milliseconds between timed flushes. @default 3000 */
  flushInterval?: number
  /** Only these types are recorded (all when absent). */
  include?: TypeMatcher[]
  /** These types are never recorded (wins over `include`). */
  exclude?: TypeMatcher[]
  /** Events older than this many days are deleted on a schedule (never when absent). */
  retentionDays?: number
  /** Milliseconds between retention runs. @default 3_600_000 */
  retentionInterval?: number
  /**
   * Metadata keys masked before storage: `true` masks the library's secret keys (tokens, passwords,
   * OTP codes…, CONTRACT section 6), a list adds more keys, `false` stores metadata as given.
   * @default true
   */
  redactKeys?: boolean | string[]
  /** Called with each recorded event, after filtering and redaction. */
  onEvent?: (event: StoredEvent) => void
  /** Called when events are dropped (queue full while the store fails). */
  onDrop?: (count: number, reason: string) => void
  /** Most events held while the store is failing; beyond it the oldest are dropped and reported. @default 10_000 */
  maxQueueSize?: number
  /** Clock, for tests. */
  now?: () => Date
}

/** Health of the pipeline. */
export type IngestionHealth = {
  initialized: boolean
  healthy: boolean
  queueSize: number
  /** Events written since start. */
  written: number
  /** Events dropped since start (queue overflow, or given up at shutdown). */
  dropped: number
  consecutiveFailures: number
  lastFlushAt?: Date
  lastError?: string
}

/** The ingestion pipeline. */
export type EventIngestion = {
  /** Queues one event; resolves once it is queued (not written). Returns the stored row, or null when filtered out. */
  emit(type: string, data?: EmitData): Promise<StoredEvent | null>
  /** Writes everything queued now. */
  flush(): Promise<void>
  /** Stops the timers and writes everything queued (retrying a failing store a few times). */
  shutdown(): Promise<{ written: number; dropped: number }>
  health(): IngestionHealth
  readonly queueSize: number
  readonly initialized: boolean
}
