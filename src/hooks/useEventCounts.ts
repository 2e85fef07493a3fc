'use client'
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { EventsError } from '../api/errors'
import type { EventFilters } from '../api/types'
import { useEventsClient } from './EventsProvider'
import { NOT_READY_STATUS_RETRY_MS } from './useEventsStatus'
import { eventCountsOptions, type EventCountsResult } from './queryOptions'
import { transientErrorRetryMs } from './recovery'
import { useReadiness } from './useReadiness'

/** What {@link useEventCounts} returns: TanStack's query result, plus what the counts mean. */
export type UseEventCountsResult = UseQueryResult<EventCountsResult, EventsError> & {
  /**
   * The counts dropped to zero while events were held (Studio after a restart): not "no events".
   * The status is asked again; show the not-ready state instead of the zeros. Clears by itself.
   */
  notReady: boolean
}

/** Options of {@link useEventCounts}. */
export type UseEventCountsOptions = {
  /** Which events to count. @default {} */
  filters?: EventFilters
  /** Fetch at all. @default true */
  enabled?: boolean
  /** While new filters load, keep showing the previous counts (`isPlaceholderData` is true) instead of nothing. @default true */
  keepPrevious?: boolean
}

/**
 * Counts per bucket (`success`, `failed`, `warning`, `info`, `total`) labelled with what they
 * cover: `all-time` (the backend's all-time counts; only without filters), `window` (the backend
 * counted exactly this filter and range) or `sample` (counted in the client over a bounded scan;
 * `sampleSize` events, `scanLimitReached` when it could not read them all). Filtered counts use
 * the same classification as the list, so they agree with it. Live events update them at once.
 * @example
 * const { data } = useEventCounts({ filters: { from: lastWeek } })
 * data?.scope === 'sample' && `${data.sampleSize} events counted`
 */
export function useEventCounts({
  filters = {},
  enabled = true,
  keepPrevious = true,
}: UseEventCountsOptions = {}): UseEventCountsResult {
  const client = useEventsClient()
  const readiness = useReadiness(client)
  const query = useQuery({
    ...eventCountsOptions(client, filters),
    enabled,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    // While a reset is flagged, ask again every few seconds (Studio recovers with traffic).
    // And after a transient error, with backoff (2 s → 60 s).
    refetchInterval: (query) =>
      transientErrorRetryMs(query) || (readiness.counts ? NOT_READY_STATUS_RETRY_MS : false),
  })
  return Object.assign(query, { notReady: readiness.counts })
}
