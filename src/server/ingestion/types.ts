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
  /** Outcome of what happened. @default 'success' */
  status?: EventStatus
  /** The user it concerns. */
  userId?: string
  /** The session it belongs to. */
  sessionId?: string
  /** The organization it belongs to. */
  organizationId?: string
  /** Free-form data; keys that look secret are redacted before storing (see `redactKeys`). */
  metadata?: Record<string, unknown>
  /** The request it came from (records its IP and user agent). */
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
  /** Where events are written. */
  store: EventStore
  /**
   * Events queued before a write is started (the timer writes fewer). While one write runs, a
   * second starts when this many more wait; never more than two at once. @default 20
   */
  batchSize?: number
  /**
   * Most events written in one statement; a write takes everything waiting up to this many, so
   * a busy writer sends big batches and a quiet one small ones. @default 1000
   */
  maxBatchSize?: number
  /**
   * Milliseconds between timed flushes: at most this long an event waits in memory when fewer
   * than `batchSize` arrive (what a `kill -9` can lose, with the queue). @default 1000
   */
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
  /**
   * Called when events are dropped, with a true reason: the queue was full (the store failing,
   * or events arriving faster than it writes), one event the store refused, or the store still
   * failing at shutdown.
   */
  onDrop?: (count: number, reason: string) => void
  /** Called with each event the store refused even after it was made storable (it is dropped, the rest are written). */
  onReject?: (event: StoredEvent, reason: string) => void
  /**
   * Most events waiting (the batch being written aside); beyond it the oldest waiting are
   * dropped and reported. About 1 KB of memory each. @default 100_000
   */
  maxQueueSize?: number
  /** Clock, for tests. */
  now?: () => Date
}

/** Health of the pipeline. */
export type IngestionHealth = {
  /** The store is initialized (its table exists). */
  initialized: boolean
  /** The last write succeeded (no failure since). */
  healthy: boolean
  /** Events waiting to be written. */
  queueSize: number
  /** Events written since start. */
  written: number
  /** Events dropped since start (queue overflow, refused by the store, or given up at shutdown). */
  dropped: number
  /** Of those, events the store refused (each dropped alone; see `onReject`). */
  rejected: number
  /** Writes that failed in a row (0 when healthy). */
  consecutiveFailures: number
  /** When a write last succeeded. */
  lastFlushAt?: Date
  /** The last failure's message, until a write succeeds. */
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
  /** The pipeline's health now. */
  health(): IngestionHealth
  /** Events waiting to be written. */
  readonly queueSize: number
  /** The store is initialized (its table exists). */
  readonly initialized: boolean
}
