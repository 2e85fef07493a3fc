/**
 * One push connection: a `ReadableStream` of SSE frames that reads the store after a seq and
 * writes what it finds, woken by the hub. Its queue is bounded in bytes: while the client does
 * not read, the connection stops reading the store (the store is the buffer, not memory), and a
 * client that stays full while events wait for longer than `slowClientMs` is dropped with a
 * `close` frame saying why; it resumes from its last id when it reconnects, so nothing is lost.
 */
import { toWireEvent } from '../convert'
import type { EventStore, StoreListQuery } from '../store'
import type { PushHub } from './pushHub'
import { HEARTBEAT_FRAME, closeFrame, eventsFrame, openFrame, type PushCloseReason } from './sseFrames'

/** Resolved push settings (see `EventsHandlerOptions.push`). */
export type PushSettings = {
  heartbeatMs: number
  pollMs: number
  maxBufferedBytes: number
  slowClientMs: number
  retryMs: number
  pageSize: number
  /** Reads of the store per connection start at least this far apart (the first after a quiet spell at once). */
  minReadIntervalMs: number
}

/** What one connection needs. */
export type PushConnectionInit = {
  store: EventStore
  hub: PushHub
  /** The filters (and nothing else) of the list query the stream answers. */
  query: StoreListQuery
  /** The seq to start after (from `Last-Event-ID`, `afterSeq` or the head when it opened). */
  afterSeq: string
  settings: PushSettings
  /** The request's signal: the client went away. */
  signal: AbortSignal
  /** The handler's shutdown signal. */
  shutdown?: AbortSignal
}

/** Opens the stream of one connection. */
export function openPushStream(init: PushConnectionInit): ReadableStream<Uint8Array> {
  const { store, hub, settings } = init
  let position = init.afterSeq
  let controller!: ReadableStreamDefaultController<Uint8Array>
  let closed = false
  let draining = false
  let pending = true
  let fullSince: number | undefined
  let heartbeat: ReturnType<typeof setInterval> | undefined
  let stallTimer: ReturnType<typeof setTimeout> | undefined
  let unsubscribe: (() => void) | undefined
  let lastRead = 0
  let readTimer: ReturnType<typeof setTimeout> | undefined

  const full = () => (controller.desiredSize ?? 0) <= 0

  const cleanup = () => {
    closed = true
    clearInterval(heartbeat)
    clearTimeout(stallTimer)
    clearTimeout(readTimer)
    unsubscribe?.()
    init.signal.removeEventListener('abort', cleanup)
    init.shutdown?.removeEventListener('abort', onShutdown)
  }

  const end = (reason: PushCloseReason, message: string) => {
    if (closed) return
    cleanup()
    try {
      controller.enqueue(closeFrame(reason, message))
      controller.close()
    } catch {
      // Already cancelled by the client.
    }
  }

  const onShutdown = () => end('shutdown', 'The server is shutting down; reconnect later')

  // Full while events wait: dropped once that lasts longer than slowClientMs.
  const checkStall = () => {
    if (closed || !pending || !full()) return
    fullSince ??= Date.now()
    const left = fullSince + settings.slowClientMs - Date.now()
    if (left <= 0) {
      end('slow-client', `The client read too slowly: over ${settings.maxBufferedBytes} bytes waited`)
      return
    }
    // Checked again when the grace ends, even if nothing else happens by then.
    stallTimer ??= setTimeout(() => {
      stallTimer = undefined
      checkStall()
    }, left)
  }

  const drain = async () => {
    if (draining || closed || readTimer) return
    // A busy writer wakes the connection on every insert: reading at most every
    // minReadIntervalMs keeps a shared store (PGlite answers one query at a time) free for the
    // other requests, at the cost of batching what arrives meanwhile into one frame.
    const wait = lastRead + settings.minReadIntervalMs - Date.now()
    if (wait > 0) {
      readTimer = setTimeout(() => {
        readTimer = undefined
        void drain()
      }, wait)
      return
    }
    lastRead = Date.now()
    draining = true
    try {
      if (pending && !closed) {
        if (full()) return checkStall()
        pending = false
        for (let more = true; more && !closed;) {
          if (full()) {
            pending = true
            return checkStall()
          }
          // Read before the page: everything up to it was examined once the page is done.
          const head = (await store.headSeq?.()) ?? null
          const page = await store.list({ ...init.query, afterSeq: position })
          if (closed) return
          const events = page.events.map(toWireEvent)
          const last = events.at(-1)
          position = page.hasMore && last?.seq ? last.seq : maxSeq(head ?? undefined, last?.seq, position)
          if (events.length) controller.enqueue(eventsFrame(position, { events, lastSeq: position }))
          more = page.hasMore && events.length > 0
        }
      }
    } catch {
      end('error', 'The event store could not be read; reconnect later')
    } finally {
      draining = false
      // Woken while reading: read again, when the interval allows.
      if (pending && !closed && !full()) void drain()
    }
  }

  const wake = () => {
    pending = true
    checkStall()
    void drain()
  }

  return new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController
        if (init.signal.aborted || init.shutdown?.aborted) {
          closed = true
          controller.close()
          return
        }
        controller.enqueue(openFrame(settings.heartbeatMs, settings.retryMs))
        init.signal.addEventListener('abort', cleanup, { once: true })
        init.shutdown?.addEventListener('abort', onShutdown, { once: true })
        unsubscribe = hub.subscribe(wake)
        heartbeat = setInterval(() => {
          checkStall()
          // A full queue needs no heartbeat (bytes are waiting) and must not grow.
          if (!closed && !full()) controller.enqueue(HEARTBEAT_FRAME)
        }, settings.heartbeatMs)
        void drain()
      },
      pull() {
        fullSince = undefined
        clearTimeout(stallTimer)
        stallTimer = undefined
        if (pending) void drain()
      },
      cancel() {
        cleanup()
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: settings.maxBufferedBytes }),
  )
}

function maxSeq(...values: (string | undefined)[]): string {
  let best = 0n
  for (const value of values) if (value !== undefined && BigInt(value) > best) best = BigInt(value)
  return String(best)
}
