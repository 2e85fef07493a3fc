'use client'
import { useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query'
import type { EventsError } from '../api/errors'
import type { EventsStatus } from '../api/types'
import { useEventsClient } from './EventsProvider'
import type { EventsStatusKey } from './keys'
import { eventsStatusOptions } from './queryOptions'
import { transientErrorRetryMs } from './recovery'

/** While tracking is configured but not ready, the status is asked again this often. */
export const NOT_READY_STATUS_RETRY_MS = 5_000

/** Options of {@link useEventsStatus}: TanStack's query options, without the key and the fetch. */
export type UseEventsStatusOptions = Omit<
  UseQueryOptions<EventsStatus, EventsError, EventsStatus, EventsStatusKey>,
  'queryKey' | 'queryFn'
>

/**
 * The backend's event-tracking status: `data.state` is `enabled`, `not-ready` (configured but not
 * working yet; asked again every 5 s) or `disabled`; `data.capabilities` says what it can do;
 * `error` is typed (`HttpError` with `kind: 'unauthorized'`, `NetworkError`, …).
 * @example
 * const { data, error } = useEventsStatus()
 * if (data?.state === 'disabled') return <SetupHint />
 */
export function useEventsStatus(
  options: UseEventsStatusOptions = {},
): UseQueryResult<EventsStatus, EventsError> {
  const client = useEventsClient()
  return useQuery({
    // Asks again while not ready, and after a transient error (backoff 2 s → 60 s).
    refetchInterval: (query) =>
      transientErrorRetryMs(query) ||
      (query.state.data?.state === 'not-ready' ? NOT_READY_STATUS_RETRY_MS : false),
    ...options,
    ...eventsStatusOptions(client),
  })
}
