'use client'
import {
  useInfiniteQuery,
  useQueryClient,
  type InfiniteData,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import type { EventsError } from '../api/errors'
import { isEmptyFilters } from '../api/filters'
import { MAX_HELD_EVENTS } from '../api/scan'
import type { EventFilters } from '../api/types'
import { devWarnOnce } from './dev'
import {
  toEventListSnapshot,
  type EventListPage,
  type EventListPageParam,
  type EventListSnapshot,
} from './eventList'
import { useEventsClient } from './EventsProvider'
import { reportReadiness } from './readiness'
import { transientErrorRetryMs } from './recovery'
import { eventListOptions } from './queryOptions'

/** While the backend's store is not ready (Studio `ready: false`), the list asks again this often. */
export const NOT_READY_RETRY_MS = 3_000

/** Options of {@link useEvents}. */
export type UseEventsOptions = {
  /** Which events. `sort: 'asc'` lists oldest first from the range start. @default {} */
  filters?: EventFilters
  /** Matching events per page (`fetchNextPage` loads the next page). @default 50 */
  pageSize?: number
  /** Most events held; larger values are clamped to 500 (with a development warning). @default 500 */
  maxEvents?: number
  /** Fetch at all. @default true */
  enabled?: boolean
}

/** What {@link useEvents} returns: the list as a user sees it, plus the query's state. */
export type UseEventsResult = EventListSnapshot & {
  /**
   * `pending` until the first page; `error` when the last fetch failed (loaded events are kept).
   * After a transient error (5xx, network, timeout, invalid answer, 429) the list asks again by
   * itself, 2 s then doubling to 60 s; `refetch` asks at once.
   */
  status: 'pending' | 'error' | 'success'
  /** The last error, typed. A failed `fetchNextPage` keeps every event already loaded. */
  error: EventsError | null
  /** No page yet (the first one is loading or failed). */
  isPending: boolean
  /** A request is in flight (first page, next page or refresh). */
  isFetching: boolean
  /** `fetchNextPage` is loading. */
  isFetchingNextPage: boolean
  /** The error is from `fetchNextPage` (the list itself is intact). */
  isFetchNextPageError: boolean
  /** More pages can be loaded (false when complete, capped or at the scan limit). */
  hasNextPage: boolean
  /** Loads the next page. */
  fetchNextPage: () => Promise<unknown>
  /** Reloads the list from the top. */
  refetch: () => Promise<unknown>
  /** The backend's store does not exist yet: not "no events"; it is asked again every few seconds. */
  notReady: boolean
  /**
   * The backend holds no events at all: the list has no filter (sort aside), is ready and came
   * back empty. A first run (nothing recorded yet, or Studio over a missing table, which answers
   * an empty page): show what to check rather than "no events match these filters".
   */
  firstRun: boolean
  /** The underlying infinite query, for anything not surfaced here. */
  query: UseInfiniteQueryResult<InfiniteData<EventListPage, EventListPageParam>, EventsError>
}

/**
 * A list of events, newest first by default, in pages, holding at most `maxEvents` (≤ 500).
 * Filters the backend cannot apply are applied in the client while scanning pages, up to 5,000
 * events read; `scanned`, `scanLimitReached` and `clientFiltered` say what that covered.
 * `useEventStream` merges live events at the top of the same cache.
 * @example
 * const { events, hasNextPage, fetchNextPage, isCapped } = useEvents({ filters: { severities: ['failed'] } })
 */
export function useEvents({
  filters = {},
  pageSize,
  maxEvents = MAX_HELD_EVENTS,
  enabled = true,
}: UseEventsOptions = {}): UseEventsResult {
  const client = useEventsClient()
  const options = eventListOptions(client, { filters, pageSize, maxEvents })
  const heldCap = options.queryKey[4].maxEvents

  useEffect(() => {
    // Development only. Bundlers replace `process.env.NODE_ENV`, so production drops this block,
    // message included; without `process` (files imported as they are) it throws: silent.
    try {
      if (process.env.NODE_ENV !== 'production' && maxEvents > MAX_HELD_EVENTS) {
        devWarnOnce(
          'max-events',
          `useEvents: maxEvents ${maxEvents} is above the cap of ${MAX_HELD_EVENTS} and was clamped. ` +
            'Narrow the filters to reach older events.',
        )
      }
    } catch {
      // No `process`: production.
    }
  }, [maxEvents])

  const query = useInfiniteQuery({
    ...options,
    enabled,
    // Asks again by itself while not ready, and after a transient error (backoff 2 s → 60 s) of a
    // list that holds nothing (a failed "load more" keeps the list; it is not re-read whole).
    refetchInterval: (q) =>
      (q.state.data === undefined && transientErrorRetryMs(q)) ||
      (q.state.data?.pages[0]?.ready === false ? NOT_READY_RETRY_MS : false),
  })
  const view = useMemo(() => toEventListSnapshot(query.data, heldCap), [query.data, heldCap])
  const queryClient = useQueryClient()
  const loaded = query.data !== undefined
  // A list that says "not ready" flags the backend (the status is asked again); a ready one clears it.
  useEffect(() => {
    if (loaded) reportReadiness(queryClient, client, { list: !view.ready })
  }, [loaded, view.ready, queryClient, client])

  return {
    ...view,
    status: query.status,
    error: query.error,
    isPending: query.isPending,
    isFetching: query.isFetching,
    isFetchingNextPage: query.isFetchingNextPage,
    isFetchNextPageError: query.isFetchNextPageError,
    hasNextPage: query.hasNextPage,
    fetchNextPage: query.fetchNextPage,
    refetch: query.refetch,
    notReady: query.data !== undefined && !view.ready,
    firstRun:
      query.status === 'success' &&
      view.ready &&
      view.events.length === 0 &&
      !query.hasNextPage &&
      isEmptyFilters(filters),
    query,
  }
}
