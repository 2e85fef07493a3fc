/**
 * `queryOptions` factories: each pairs a key from {@link eventKeys} with its fetch function, so
 * hosts can prefetch (also in a Server Component), invalidate and `setQueryData` with the same
 * key and types the hooks use.
 *
 * No 'use client': a Next.js Server Component prefetches with these. Keys carry the client's
 * `scope`, so the server's client and the browser's must have the same one (the same `baseUrl`,
 * or an explicit `scope` on both) for the prefetched data to be found after hydration.
 * @example
 * // app/page.tsx (Server Component)
 * const queryClient = new QueryClient()
 * await queryClient.prefetchInfiniteQuery(eventListOptions(client, { filters: {} }))
 * return <HydrationBoundary state={dehydrate(queryClient)}><Dashboard /></HydrationBoundary>
 */
import { infiniteQueryOptions, queryOptions, type InfiniteData } from '@tanstack/react-query'
import type { EventsClient } from '../api/clientTypes'
import type { EventsError } from '../api/errors'
import { isEmptyFilters } from '../api/filters'
import { countSample, MAX_HELD_EVENTS } from '../api/scan'
import type { EventCounts, EventFilters, EventsStatus } from '../api/types'
import { fetchActivity, type ActivityRange, type ActivityResult } from './activityData'
import {
  clampMaxEvents,
  fetchEventListPage,
  FIRST_LIST_PAGE,
  nextEventListPageParam,
  type EventListPage,
  type EventListPageParam,
} from './eventList'
import {
  eventKeys,
  type ActivityKey,
  type EventCountsKey,
  type EventListKey,
  type EventsStatusKey,
} from './keys'
import {
  getReadiness,
  holdsEvents,
  isFlaggedNotReady,
  looksReset,
  probeReadiness,
  reportReadiness,
} from './readiness'

/** Default page size of a list. */
export const DEFAULT_LIST_PAGE_SIZE = 50

/** Options of the backend's status query. */
export function eventsStatusOptions(client: EventsClient) {
  return queryOptions<EventsStatus, EventsError, EventsStatus, EventsStatusKey>({
    queryKey: eventKeys.status(client.scope),
    queryFn: async ({ signal, client: queryClient }) => {
      const status = await client.getStatus({ signal })
      if (status.state !== 'enabled' || !isFlaggedNotReady(getReadiness(queryClient, client))) return status
      // An answer said "not ready" (a restart): enabled only once a small probe is answered normally.
      const flags = await probeReadiness(queryClient, client, signal).catch(() =>
        getReadiness(queryClient, client),
      )
      if (!isFlaggedNotReady(flags)) return status
      return {
        ...status,
        state: 'not-ready' as const,
        notReadyReason: flags.list ? 'list' : 'counts',
      } satisfies EventsStatus
    },
    // Every part of a dashboard reads the status; one answer a minute is enough (and spares a
    // rate-limited plugin a request per mount).
    staleTime: 60_000,
  })
}

/** What a list is: its filters and paging. */
export type EventListParams = {
  /** Which events. @default {} */
  filters?: EventFilters
  /** Matching events per page. @default 50 */
  pageSize?: number
  /** Most events held; clamped to 500. @default 500 */
  maxEvents?: number
}

/** Options of an event list (an infinite query; see `eventList.ts` for the cache shape). */
export function eventListOptions(client: EventsClient, params: EventListParams = {}) {
  const filters = params.filters ?? {}
  const maxEvents = clampMaxEvents(params.maxEvents ?? MAX_HELD_EVENTS)
  const pageSize = Math.max(1, Math.min(Math.floor(params.pageSize ?? DEFAULT_LIST_PAGE_SIZE), maxEvents))
  return infiniteQueryOptions<
    EventListPage,
    EventsError,
    InfiniteData<EventListPage, EventListPageParam>,
    EventListKey,
    EventListPageParam
  >({
    queryKey: eventKeys.list(client.scope, filters, { pageSize, maxEvents }),
    queryFn: ({ pageParam, signal }) =>
      fetchEventListPage(client, filters, { pageSize, maxEvents }, pageParam, signal),
    initialPageParam: FIRST_LIST_PAGE,
    getNextPageParam: (lastPage, allPages) => nextEventListPageParam(lastPage, allPages, maxEvents),
  })
}

/** Counts, labelled with what they cover; a sample says how many events it counted. */
export type EventCountsResult = EventCounts & {
  /** Events counted, when `scope` is `sample`. */
  sampleSize?: number
  /** Raw events read for a sample. */
  scanned?: number
  /** A sample stopped at the scan limit: it covers only part of the matching events. */
  scanLimitReached: boolean
}

/**
 * Options of the counts for `filters`. The backend answers when it can (`window` counts for any
 * filter; `all-time` counts only for no filter); otherwise a bounded scan counts a sample with the
 * shared classification, so filtered counts always agree with the list.
 */
export function eventCountsOptions(client: EventsClient, filters: EventFilters = {}) {
  return queryOptions<EventCountsResult, EventsError, EventCountsResult, EventCountsKey>({
    queryKey: eventKeys.count(client.scope, filters),
    queryFn: async ({ signal, client: queryClient, queryKey }) => {
      const capabilities = await client.getCapabilities({ signal })
      const { userId: _userId, ...rest } = filters
      // No backend counts by IP (it is filtered in the client): a sample then.
      const serverCan = !filters.ipAddress
      if (
        serverCan &&
        (capabilities.counts === 'window' || (capabilities.counts === 'all-time' && isEmptyFilters(rest)))
      ) {
        const counts = await client.getCounts({ filters, signal })
        // Zeros over held events are a reset (Studio after a restart), not "no events".
        if (isEmptyFilters(filters)) {
          const previous = queryClient.getQueryData<EventCountsResult>(queryKey)
          const reset = looksReset(counts, previous, holdsEvents(queryClient, client))
          reportReadiness(queryClient, client, { counts: reset })
        }
        return { ...counts, scanLimitReached: false }
      }
      const sample = await countSample(client, filters, { signal })
      return {
        total: sample.total,
        success: sample.success,
        failed: sample.failed,
        warning: sample.warning,
        info: sample.info,
        scope: 'sample',
        sampleSize: sample.sampleSize,
        scanned: sample.scanned,
        scanLimitReached: sample.scanLimitReached,
      }
    },
  })
}

/** Options of the activity for a grid window. A client-side scan reports progress (see `useActivity`). */
export function activityOptions(client: EventsClient, range: ActivityRange, filters: EventFilters = {}) {
  return queryOptions<ActivityResult, EventsError, ActivityResult, ActivityKey>({
    queryKey: eventKeys.activity(client.scope, range, filters),
    queryFn: ({ signal, client: queryClient }) =>
      fetchActivity(client, range, filters, {
        signal,
        onProgress: (scanned) =>
          queryClient.setQueryData(eventKeys.activityProgress(client.scope, range, filters), scanned),
      }),
  })
}
