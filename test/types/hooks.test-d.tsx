import type { InfiniteData, QueryClient, UseQueryResult } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import type { EventsClient } from '../../src/api/clientTypes'
import type { EventsError } from '../../src/api/errors'
import type {
  ActivityDay,
  AuthEvent,
  CountsScope,
  EventFilters,
  EventsStatus,
  SkippedEvent,
} from '../../src/api/types'
import {
  eventKeys,
  eventListOptions,
  mergeNewEvents,
  useActivity,
  useControllableState,
  useEventCounts,
  useEventFilters,
  useEventFiltersContext,
  useEvents,
  useEventsClient,
  useEventsStatus,
  useEventStream,
  type ActivityResult,
  type EventCountsResult,
  type EventListPage,
  type EventListPageParam,
  type EventStreamStatus,
  type MergeResult,
  type UseEventCountsResult,
  type UseEventFiltersResult,
  type UseEventStreamOptions,
  type UseEventsOptions,
} from '../../src/hooks'

declare const client: EventsClient
declare const queryClient: QueryClient

describe('hook signatures', () => {
  it('useEventsClient', () => {
    expectTypeOf(useEventsClient).parameters.toEqualTypeOf<[]>()
    expectTypeOf(useEventsClient()).toEqualTypeOf<EventsClient>()
  })

  it('useEvents takes one optional options object and returns the list with typed errors', () => {
    expectTypeOf(useEvents).parameters.toEqualTypeOf<[options?: UseEventsOptions]>()
    expectTypeOf<UseEventsOptions>().toEqualTypeOf<{
      filters?: EventFilters
      pageSize?: number
      maxEvents?: number
      enabled?: boolean
    }>()
    const list = useEvents({ filters: { severities: ['failed'] } })
    expectTypeOf(list.events).toEqualTypeOf<AuthEvent[]>()
    expectTypeOf(list.error).toEqualTypeOf<EventsError | null>()
    expectTypeOf(list.status).toEqualTypeOf<'pending' | 'error' | 'success'>()
    expectTypeOf(list.skipped).toEqualTypeOf<SkippedEvent[]>()
    expectTypeOf(list.clientFiltered).toEqualTypeOf<(keyof EventFilters)[]>()
    expectTypeOf(list.isCapped).toBeBoolean()
    expectTypeOf(list.scanLimitReached).toBeBoolean()
    expectTypeOf(list.newerCount).toBeNumber()
    expectTypeOf(list.notReady).toBeBoolean()
    // @ts-expect-error positional arguments are not allowed
    useEvents({}, 50)
  })

  it('useEventCounts and useEventsStatus return the full query result with EventsError', () => {
    expectTypeOf(useEventCounts()).toEqualTypeOf<UseEventCountsResult>()
    expectTypeOf(useEventCounts()).toExtend<UseQueryResult<EventCountsResult, EventsError>>()
    expectTypeOf(useEventCounts().notReady).toBeBoolean()
    expectTypeOf(useEventCounts().data?.scope).toEqualTypeOf<CountsScope | undefined>()
    expectTypeOf(useEventCounts().data?.failed).toEqualTypeOf<number | null | undefined>()
    expectTypeOf(useEventsStatus()).toEqualTypeOf<UseQueryResult<EventsStatus, EventsError>>()
  })

  it('useEventStream', () => {
    expectTypeOf<NonNullable<UseEventStreamOptions['onEvents']>>().toEqualTypeOf<
      (batch: AuthEvent[]) => void
    >()
    const stream = useEventStream({ interval: 5000 })
    expectTypeOf(stream.status).toEqualTypeOf<EventStreamStatus>()
    expectTypeOf<EventStreamStatus>().toEqualTypeOf<
      'live' | 'paused' | 'backoff' | 'error' | 'idle' | 'not-ready'
    >()
    expectTypeOf(stream.newIds).toEqualTypeOf<ReadonlySet<string>>()
    expectTypeOf(stream.lastPollAt).toEqualTypeOf<Date | undefined>()
    expectTypeOf(stream.retryInMs).toEqualTypeOf<number | undefined>()
    expectTypeOf(stream.error).toEqualTypeOf<EventsError | null>()
    expectTypeOf(stream.transport).toEqualTypeOf<'push' | 'poll'>()
    expectTypeOf<NonNullable<UseEventStreamOptions['transport']>>().toEqualTypeOf<'auto' | 'poll' | 'push'>()
  })

  it('useActivity', () => {
    const activity = useActivity({ weeks: 26, timeZone: 'Europe/Paris' })
    expectTypeOf(activity.data).toEqualTypeOf<ActivityResult | undefined>()
    expectTypeOf(activity.byDate).toEqualTypeOf<ReadonlyMap<string, ActivityDay>>()
    expectTypeOf(activity.progress).toBeNumber()
    expectTypeOf(activity.approximate).toBeBoolean()
  })

  it('filter state', () => {
    expectTypeOf(useEventFilters().filters).toEqualTypeOf<EventFilters>()
    expectTypeOf(useEventFiltersContext()).toEqualTypeOf<UseEventFiltersResult | null>()
    const [value, setValue] = useControllableState({ prop: undefined as number | undefined, defaultProp: 1 })
    expectTypeOf(value).toEqualTypeOf<number>()
    expectTypeOf(setValue).parameter(0).toEqualTypeOf<number | ((previous: number) => number)>()
  })
})

describe('keys and options', () => {
  it('keys start with the namespace and the scope', () => {
    expectTypeOf(eventKeys.all('s')).toEqualTypeOf<readonly ['react-auth-events', string]>()
    expectTypeOf(eventKeys.status('s')).toEqualTypeOf<readonly ['react-auth-events', string, 'status']>()
  })

  it('the list options type the cache for getQueryData and setQueryData', () => {
    // TanStack tags infinite keys with the pages' type (the page param is not part of the tag).
    const data = queryClient.getQueryData(eventListOptions(client).queryKey)
    expectTypeOf(data).toEqualTypeOf<InfiniteData<EventListPage, unknown> | undefined>()
    expectTypeOf(eventListOptions(client).initialPageParam).toEqualTypeOf<EventListPageParam>()
  })

  it('mergeNewEvents', () => {
    expectTypeOf(mergeNewEvents).toEqualTypeOf<
      (
        queryClient: QueryClient,
        client: EventsClient,
        filters: EventFilters,
        events: AuthEvent[],
      ) => MergeResult
    >()
  })
})
