/**
 * The live-polling loop behind `useEventStream`, without React: one self-scheduling timeout
 * (never two polls in flight), paused while the tab is hidden or the browser offline, backing
 * off from 2 s to 60 s on errors (at least `Retry-After` on a 429), and leaving no timer,
 * listener or request behind once stopped.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { EventsClient } from '../api/clientTypes'
import {
  UnsupportedError,
  isAbortError,
  isHttpError,
  isRateLimitError,
  isUnsupportedError,
  type EventsError,
} from '../api/errors'
import type { AuthEvent, EventFilters } from '../api/types'
import {
  addEventsToActivity,
  addEventsToCounts,
  invalidateServerCounts,
  mergeNewEvents,
  refreshActivityDays,
} from './cacheUpdates'
import { reportReadiness } from './readiness'
import { pollNewEvents, probeCursor } from './pollNewEvents'
import { cursorFromCache, listLoading } from './streamStart'
import {
  DEFAULT_LATENESS_WINDOW_MS,
  rememberSequenceIds,
  type SequenceCursor,
  type StreamCursor,
} from './streamCursor'

/** Where the stream is. */
export type EventStreamStatus = 'live' | 'paused' | 'backoff' | 'error' | 'idle' | 'not-ready'

/** How new events are found: `push` (Server-Sent Events), `poll`, or `auto` (push when the backend offers it). */
export type EventStreamTransport = 'auto' | 'poll' | 'push'

/** What the loop reports. */
export type StreamState = {
  status: EventStreamStatus
  lastPollAt?: Date
  newIds: ReadonlySet<string>
  retryInMs?: number
  error: EventsError | null
  /** The filters' date range has ended: nothing new can match, so the stream does not poll. */
  pastRange?: boolean
  /** The backend refused (401/403): stopped, re-checking slowly and on focus. */
  accessDenied?: boolean
  /** Which transport brings new events right now. */
  transport?: 'push' | 'poll'
}

/** Backoff bounds (CONTRACT section 5). */
export const BACKOFF_MIN_MS = 2_000
export const BACKOFF_MAX_MS = 60_000
/** Counts and activity computed by the backend are refetched at most this often while live. */
export const AGGREGATE_REFRESH_MS = 10_000
/** After a 401/403 the stream asks again this often (and when the window regains focus). */
export const ACCESS_RECHECK_MS = 30_000
/** While the backend is not ready, the stream asks at most this often. */
const NOT_READY_POLL_MS = 3_000
/** While a list of the stream's selection loads, the stream checks this often whether it has. */
const LIST_WAIT_MS = 100
/** How long an id stays in `newIds`. */
export const NEW_ID_TTL_MS = 3_000
const MAX_NEW_IDS = 500
/**
 * With `transport: 'auto'`, push sessions that fail this many times in a row (no `open` frame:
 * refused, cut, or held back by a buffering proxy) make the stream poll for the rest of its life.
 */
export const PUSH_MAX_FAILURES = 3

/** Options of {@link startEventStream}. */
export type StreamControllerOptions = {
  client: EventsClient
  queryClient: QueryClient
  filters: EventFilters
  /** Poll interval; the backend's default when undefined. */
  interval?: number
  /** Re-read window for rows that become visible late (backends without `sequence`). @default 5000 */
  latenessWindowMs?: number
  /** Push when the backend offers it (`auto`), always poll, or push only. @default 'auto' */
  transport?: EventStreamTransport
  onEvents: (batch: AuthEvent[]) => void
  onState: (patch: Partial<StreamState>) => void
}

/** Starts the loop; returns the function that stops it. */
export function startEventStream(options: StreamControllerOptions): () => void {
  const { client, queryClient, filters, onState } = options
  const latenessWindowMs = Math.max(0, options.latenessWindowMs ?? DEFAULT_LATENESS_WINDOW_MS)
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let expiryTimer: ReturnType<typeof setTimeout> | undefined
  let inFlight: AbortController | undefined
  let cursor: StreamCursor | undefined
  let backoff = 0
  let notBefore = 0
  let paused = isPaused()
  let unmerged: AuthEvent[] = []
  let lastRefresh = Date.now()
  let refreshDue = false
  // Events delivered since the last aggregate refresh: their days are the ones to correct.
  let sinceRefresh: AuthEvent[] = []
  let denied = false
  const newIds = new Map<string, number>()
  const mode = options.transport ?? 'auto'
  let pushFailures = 0
  let pushOff = mode === 'poll'

  const schedule = (delay: number) => {
    clearTimeout(timer)
    timer = setTimeout(tick, Math.max(0, delay))
  }

  async function tick() {
    timer = undefined
    if (stopped || inFlight) return
    if (isPaused()) return pause()
    const controller = new AbortController()
    inFlight = controller
    const { signal } = controller
    const startedAt = Date.now()
    try {
      const capabilities = await client.getCapabilities({ signal })
      const interval = options.interval ?? capabilities.defaultPollIntervalMs
      cursor ??= cursorFromCache(queryClient, client, filters, capabilities.sequence === true)
      // A list of the same selection is loading: start after what it will show, not after a probe
      // of our own (an event stored between the two answers would be in neither).
      if (!cursor && listLoading(queryClient, client, filters)) return schedule(LIST_WAIT_MS)
      cursor ??= (await probeCursor(client, { signal, latenessWindowMs })).cursor
      const result = await pollNewEvents(client, { filters, cursor, latenessWindowMs, signal })
      if (signal.aborted) return
      cursor = result.cursor
      reportReadiness(queryClient, client, { list: !result.ready })
      if (!result.ready) {
        // Not "live" over a backend that cannot show events; it keeps asking, and recovers.
        backoff = 0
        onState({ status: 'not-ready', lastPollAt: new Date(), error: null, retryInMs: undefined })
        return schedule(Math.max(interval, NOT_READY_POLL_MS))
      }
      deliver(result.events, interval)
      backoff = 0
      if (denied) {
        denied = false
        onState({ accessDenied: false })
      }
      if (rangeEnded(filters, cursor.kind === 'sequence' ? 0 : latenessWindowMs)) return endOfRange()
      const push = !pushOff && capabilities.push === true && cursor.kind === 'sequence'
      if (mode === 'push' && !push) throw new UnsupportedError('push', client.adapter.id)
      onState({
        status: 'live',
        lastPollAt: new Date(),
        error: null,
        retryInMs: undefined,
        ...(push ? {} : { transport: 'poll' as const }),
      })
      if (push && !result.more) {
        // Caught up by the poll above; from here the server sends what is new.
        await pushSession(signal, interval)
        if (!stopped && !signal.aborted) schedule(interval)
        return
      }
      // Polls START `interval` apart (the request's own time is not added to the wait), and the
      // next waits at least a quarter interval so a slow backend is not polled back to back.
      schedule(result.more ? 0 : Math.max(interval / 4, interval - (Date.now() - startedAt)))
    } catch (error) {
      if (stopped) return
      if (signal.aborted || isAbortError(error)) {
        // Paused mid-poll; if the pause is already over, catch up now.
        if (!isPaused()) schedule(0)
        return
      }
      fail(error as EventsError)
    } finally {
      if (inFlight === controller) inFlight = undefined
    }
  }

  /**
   * One push connection, until the server closes it or it fails (failures are handled here).
   * Deliveries are throttled: an event after a quiet spell is delivered at once, a stream of
   * them at most once per `pushThrottleMs(interval)`, so a busy backend costs the page no more
   * renders than polling would (the cursor still advances frame by frame).
   */
  async function pushSession(signal: AbortSignal, interval: number) {
    let opened = false
    let pending: AuthEvent[] = []
    let lastDelivery = 0
    let flushTimer: ReturnType<typeof setTimeout> | undefined
    const throttleMs = pushThrottleMs(interval)
    const flush = () => {
      clearTimeout(flushTimer)
      flushTimer = undefined
      if (stopped || pending.length === 0) return
      const batch = pending
      pending = []
      lastDelivery = Date.now()
      deliver(batch, interval)
      onState({ lastPollAt: new Date() })
    }
    try {
      const messages = await client.streamEvents({
        filters,
        afterSeq: (cursor as SequenceCursor).afterSeq,
        signal,
      })
      for await (const message of messages) {
        if (stopped || signal.aborted) return
        if (message.type === 'open') {
          opened = true
          pushFailures = 0
          onState({ status: 'live', transport: 'push', error: null, retryInMs: undefined })
        } else if (message.type === 'events') {
          const current = cursor as SequenceCursor
          const seen = new Map(current.seen)
          const fresh = message.events.filter((event) => !seen.has(event.id))
          rememberSequenceIds(seen, message.events)
          cursor = { ...current, afterSeq: message.lastSeq, seen }
          if (!fresh.length) continue
          pending.push(...fresh)
          const wait = lastDelivery + throttleMs - Date.now()
          if (wait <= 0) flush()
          else flushTimer ??= setTimeout(flush, wait)
        } else if (message.type === 'heartbeat') {
          // Deferred merges and the aggregate refresh run as they would after an idle poll.
          if (!pending.length) deliver([], interval)
          if (rangeEnded(filters, 0)) return
        } else return
      }
    } catch (error) {
      if (stopped || signal.aborted || isAbortError(error)) throw error
      const refused = isHttpError(error) && (error.kind === 'unauthorized' || error.kind === 'forbidden')
      if (refused || mode === 'push') throw error
      if (!opened) pushFailures += 1
      if (pushFailures >= PUSH_MAX_FAILURES) {
        // Refused, cut or buffered every time: polling is what works here.
        pushOff = true
        onState({ transport: 'poll' })
      }
      // The next poll says whether the backend itself is reachable.
    } finally {
      // Received events are in the cursor already: whatever ends the session, they are delivered.
      flush()
    }
  }

  function endOfRange() {
    stopped = true
    onState({ status: 'idle', pastRange: true, retryInMs: undefined })
  }

  function fail(error: EventsError) {
    if (isHttpError(error) && (error.kind === 'unauthorized' || error.kind === 'forbidden')) {
      // Not a connection problem: say so, and resume once the user has signed in again.
      denied = true
      onState({ status: 'error', error, retryInMs: undefined, accessDenied: true })
      return schedule(ACCESS_RECHECK_MS)
    }
    if (isHttpError(error) && error.kind === 'not-found') {
      onState({ status: 'error', error, retryInMs: undefined })
      return
    }
    if (isUnsupportedError(error)) return onState({ status: 'error', error, retryInMs: undefined })
    backoff = backoff ? Math.min(backoff * 2, BACKOFF_MAX_MS) : BACKOFF_MIN_MS
    const asked = isRateLimitError(error) ? error.retryAfterMs : undefined
    const delay = asked === undefined ? backoff : Math.max(asked, backoff)
    notBefore = Date.now() + delay
    onState({ status: 'backoff', error, retryInMs: delay })
    schedule(delay)
  }

  function deliver(events: AuthEvent[], interval: number) {
    const toMerge = [...unmerged, ...events].reverse()
    const merge = mergeNewEvents(queryClient, client, filters, toMerge)
    // Lists in the middle of a fetch get the same events on the next poll (merging is idempotent).
    unmerged = merge.deferred ? toMerge.slice(0, MAX_NEW_IDS).reverse() : []
    if (events.length === 0) return maybeRefresh(interval)
    addEventsToCounts(queryClient, client, filters, events)
    addEventsToActivity(queryClient, client, filters, events)
    const expires = Date.now() + NEW_ID_TTL_MS
    for (const event of events.slice(-MAX_NEW_IDS)) newIds.set(event.id, expires)
    while (newIds.size > MAX_NEW_IDS) newIds.delete(newIds.keys().next().value as string)
    onState({ newIds: new Set(newIds.keys()) })
    scheduleExpiry()
    refreshDue = true
    // Only the oldest and newest matter (the span of days to correct): memory stays constant.
    const span = [...sinceRefresh, ...events].sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime())
    sinceRefresh = span.length > 2 ? [span[0]!, span.at(-1)!] : span
    maybeRefresh(interval)
    options.onEvents(events)
  }

  function maybeRefresh(interval: number) {
    if (!refreshDue || Date.now() - lastRefresh < Math.max(AGGREGATE_REFRESH_MS, interval)) return
    refreshDue = false
    lastRefresh = Date.now()
    // Counts are one small answer; activity is corrected for the changed days only, never the
    // whole window (a year) again (issue 12 point 4).
    void invalidateServerCounts(queryClient, client)
    void refreshActivityDays(queryClient, client, sinceRefresh)
    sinceRefresh = []
  }

  function scheduleExpiry() {
    clearTimeout(expiryTimer)
    const next = Math.min(...newIds.values())
    if (!Number.isFinite(next)) return
    expiryTimer = setTimeout(
      () => {
        const now = Date.now()
        for (const [id, expires] of newIds) if (expires <= now) newIds.delete(id)
        onState({ newIds: new Set(newIds.keys()) })
        scheduleExpiry()
      },
      Math.max(0, next - Date.now()),
    )
  }

  function pause() {
    paused = true
    clearTimeout(timer)
    timer = undefined
    inFlight?.abort()
    onState({ status: 'paused', retryInMs: undefined })
  }

  function onEnvironmentChange() {
    if (stopped) return
    if (isPaused()) return pause()
    if (paused) {
      paused = false
      return schedule(denied ? 0 : notBefore - Date.now())
    }
    // Back to the page after signing in elsewhere: check now instead of in up to 30 s.
    if (denied && !inFlight) schedule(0)
  }

  // A range that ended before the stream started holds everything it ever will (issue 13).
  if (rangeEnded(filters, 0)) {
    endOfRange()
    return () => {}
  }
  // A new selection starts over (a previous one may have ended or been refused).
  onState({ status: 'live', pastRange: false, accessDenied: false })
  document.addEventListener('visibilitychange', onEnvironmentChange)
  window.addEventListener('online', onEnvironmentChange)
  window.addEventListener('offline', onEnvironmentChange)
  window.addEventListener('focus', onEnvironmentChange)
  schedule(0)

  return () => {
    stopped = true
    clearTimeout(timer)
    clearTimeout(expiryTimer)
    inFlight?.abort()
    document.removeEventListener('visibilitychange', onEnvironmentChange)
    window.removeEventListener('online', onEnvironmentChange)
    window.removeEventListener('offline', onEnvironmentChange)
    window.removeEventListener('focus', onEnvironmentChange)
  }
}

/** How often a push stream delivers at most while events keep coming: the poll interval, within 100 ms–1 s. */
export function pushThrottleMs(interval: number): number {
  return Math.max(100, Math.min(interval, 1_000))
}

function isPaused(): boolean {
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return true
  return typeof navigator !== 'undefined' && navigator.onLine === false
}

/** Whether the filters' range ended more than `graceMs` ago (late rows may still appear within it). */
function rangeEnded(filters: EventFilters, graceMs: number): boolean {
  return filters.until !== undefined && filters.until.getTime() + graceMs <= Date.now()
}
