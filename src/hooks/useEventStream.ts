'use client'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { EventsError } from '../api/errors'
import type { AuthEvent, EventFilters } from '../api/types'
import { useEventsClient } from './EventsProvider'
import { fromFiltersKey, toFiltersKey } from './keys'
import {
  startEventStream,
  type EventStreamStatus,
  type EventStreamTransport,
  type StreamState,
} from './streamController'

/** Options of {@link useEventStream}. */
export type UseEventStreamOptions = {
  /** Milliseconds between polls. @default the backend's `capabilities.defaultPollIntervalMs` */
  interval?: number
  /** Poll at all. @default true */
  enabled?: boolean
  /** Only events matching these filters are new events. @default {} */
  filters?: EventFilters
  /**
   * On backends without the `sequence` capability (Studio, audit-log, infra): how late a row may
   * become visible after its own timestamp and still be delivered (several writers, clock skew).
   * Each poll re-reads this much of the recent past, anchored to the clock, de-duplicated by id,
   * so an idle stream still re-reads only the boundary. Ignored on `sequence` backends, which
   * miss nothing. @default 5000
   */
  latenessWindowMs?: number
  /**
   * How new events are found. `auto`: pushed over one Server-Sent Events connection when the
   * backend advertises `push` (the reference server does), polled otherwise, and polled from
   * then on when push fails three times in a row (refused, cut, or held back by a buffering
   * proxy). `poll`: always poll. `push`: push only; the stream is in `error` when the backend
   * does not push, and backs off and reconnects when the connection fails. The guarantees are
   * the same either way: each event once, nothing missed (push resumes after the last seq it
   * received), at most 500 held, paused while hidden or offline. @default 'auto'
   */
  transport?: EventStreamTransport
  /**
   * Receives EVERY new event, oldest first, one batch per poll that found any, even events the
   * list's 500 cap later drops.
   */
  onEvents?: (batch: AuthEvent[]) => void
}

/** What {@link useEventStream} returns. */
export type UseEventStreamResult = {
  /**
   * `live` polling; `paused` (tab hidden or offline); `backoff` after an error; `error` (stopped:
   * see `error`); `not-ready` (the backend answered `ready: false`, e.g. Studio after a restart:
   * still polling, live again by itself); `idle` (disabled, or a range that ended: `pastRange`).
   */
  status: EventStreamStatus
  /** When the last successful poll finished (with push: when the last events arrived). */
  lastPollAt?: Date
  /** Which transport brings new events now: `push` (an open Server-Sent Events connection) or `poll`. */
  transport: 'push' | 'poll'
  /** New events received since the stream started. */
  received: number
  /** Ids that just arrived (each for about 3 s), to highlight their rows. */
  newIds: ReadonlySet<string>
  /** During `backoff`, how long until the next attempt. */
  retryInMs?: number
  /** The last error (cleared by the next successful poll). */
  error: EventsError | null
  /** Restarts a stream that stopped on an error (or retries a backoff now). */
  retry: () => void
  /** The filters' date range ended in the past: nothing new can arrive, so the stream does not poll (`status` is `idle`). */
  pastRange: boolean
  /**
   * The backend refused the stream (401 not signed in, 403 not allowed): `status` is `error`, not
   * a connection problem. It asks again every 30 s and when the window regains focus, and is live
   * again by itself once a request succeeds (e.g. after signing in); `retry()` asks at once.
   */
  accessDenied: boolean
}

const NO_IDS: ReadonlySet<string> = new Set()
const INITIAL: StreamState = { status: 'live', newIds: NO_IDS, error: null }

/**
 * Live updates: finds what is new (pushed by the backend when it offers it, else polled), merges it at the top of the matching `useEvents` lists
 * (same cache), updates counts and the day's activity at once, and hands every new event to
 * `onEvents`. Never two polls in flight; pauses while the tab is hidden or offline and catches
 * up on return; backs off on errors; stops and aborts on unmount.
 * @example
 * const stream = useEventStream({ onEvents: (batch) => toast(`${batch.length} new events`) })
 * <span data-state={stream.status}>{stream.status === 'live' ? 'Live' : 'Paused'}</span>
 */
export function useEventStream({
  interval,
  enabled = true,
  filters,
  onEvents,
  latenessWindowMs,
  transport = 'auto',
}: UseEventStreamOptions = {}): UseEventStreamResult {
  const client = useEventsClient()
  const queryClient = useQueryClient()
  const [state, setState] = useState<StreamState>(INITIAL)
  const [received, setReceived] = useState(0)
  const [restarts, setRestarts] = useState(0)
  const onEventsRef = useRef(onEvents)
  useEffect(() => {
    onEventsRef.current = onEvents
  })

  // A new filters object with the same content must not restart the stream.
  const filtersHash = JSON.stringify(toFiltersKey(filters ?? {}))
  const stableFilters = useMemo(() => fromFiltersKey(JSON.parse(filtersHash)), [filtersHash])

  useEffect(() => {
    if (!enabled) return
    return startEventStream({
      client,
      queryClient,
      filters: stableFilters,
      interval,
      latenessWindowMs,
      transport,
      onEvents: (batch) => {
        setReceived((count) => count + batch.length)
        onEventsRef.current?.(batch)
      },
      onState: (patch) => setState((previous) => ({ ...previous, ...patch })),
    })
  }, [client, queryClient, stableFilters, interval, latenessWindowMs, transport, enabled, restarts])

  return {
    status: enabled ? state.status : 'idle',
    lastPollAt: state.lastPollAt,
    transport: enabled && state.transport === 'push' ? 'push' : 'poll',
    received,
    newIds: state.newIds,
    retryInMs: enabled && state.status === 'backoff' ? state.retryInMs : undefined,
    error: state.error,
    retry: () => setRestarts((count) => count + 1),
    pastRange: enabled && state.pastRange === true,
    accessDenied: enabled && state.accessDenied === true,
  }
}
