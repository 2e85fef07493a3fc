'use client'
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { EventsError } from '../api/errors'
import type { EventFilters } from '../api/types'
import { useEventsClient } from './EventsProvider'
import { eventCountsOptions, type EventCountsResult } from './queryOptions'

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
}: UseEventCountsOptions = {}): UseQueryResult<EventCountsResult, EventsError> {
  const client = useEventsClient()
  return useQuery({
    ...eventCountsOptions(client, filters),
    enabled,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  })
}
