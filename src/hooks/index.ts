/**
 * The `./hooks` entry: headless hooks, providers, query keys and `queryOptions` factories, no
 * components and no CSS. No 'use client' here: every module that needs it carries its own, and
 * the keys and `queryOptions` factories stay usable from Server Components.
 */

// Providers
export { EventsProvider, useEventsClient, useOptionalEventsClient } from './EventsProvider'
export type { EventsProviderProps } from './EventsProvider'
export { EventFiltersProvider, useEventFiltersContext } from './EventFiltersProvider'
export type { EventFiltersProviderProps } from './EventFiltersProvider'

// Data hooks
export { useEventsStatus, NOT_READY_STATUS_RETRY_MS } from './useEventsStatus'
export type { UseEventsStatusOptions } from './useEventsStatus'
export { useEvents, NOT_READY_RETRY_MS } from './useEvents'
export type { UseEventsOptions, UseEventsResult } from './useEvents'
export { useEventCounts } from './useEventCounts'
export type { UseEventCountsOptions, UseEventCountsResult } from './useEventCounts'
export { useEventStream } from './useEventStream'
export type { UseEventStreamOptions, UseEventStreamResult } from './useEventStream'
export { AGGREGATE_REFRESH_MS, BACKOFF_MAX_MS, BACKOFF_MIN_MS, NEW_ID_TTL_MS } from './streamController'
export type { EventStreamStatus, EventStreamTransport } from './streamController'
export { readinessKey } from './readiness'
export type { Readiness } from './readiness'
export { DEFAULT_LATENESS_WINDOW_MS } from './streamCursor'
export { useActivity } from './useActivity'
export { browserTimeZone } from '../api/dates'
export { useCachedEvent } from './useCachedEvent'
export type { UseActivityOptions, UseActivityResult } from './useActivity'
export { useGeoResolve, geoQueryKey, geoQueryOptions } from './useGeoResolve'
export type {
  GeoResolveStatus,
  UseGeoResolveManyOptions,
  UseGeoResolveOptions,
  UseGeoResolveResult,
} from './useGeoResolve'
export { countryFlag } from '../api/ip'

// Filter state
export { useEventFilters, patchEventFilters } from './useEventFilters'
export type { UseEventFiltersOptions, UseEventFiltersResult } from './useEventFilters'
export { useFiltersUrlSync, urlWithFilters, FILTER_SEARCH_PARAMS } from './useFiltersUrlSync'
export type { UseFiltersUrlSyncOptions } from './useFiltersUrlSync'
export { useControllableState } from './useControllableState'
export type { SetStateAction, UseControllableStateOptions } from './useControllableState'

// Query keys and options (usable on the server)
export { eventKeys, fromFiltersKey, toFiltersKey, QUERY_KEY_NAMESPACE } from './keys'
export type {
  ActivityKey,
  ActivityKeyRange,
  EventCountsKey,
  EventListKey,
  EventsStatusKey,
  FiltersKey,
  ListKeyOptions,
} from './keys'
export {
  activityOptions,
  eventCountsOptions,
  eventListOptions,
  eventsStatusOptions,
  DEFAULT_LIST_PAGE_SIZE,
} from './queryOptions'
export type { EventCountsResult, EventListParams } from './queryOptions'
export type { ActivityRange, ActivityResult } from './activityData'
export type { EventListData, EventListPage, EventListPageParam, EventListSnapshot } from './eventList'

// The cache, for hosts that receive events by other means
export {
  addEventsToActivity,
  addEventsToCounts,
  invalidateServerAggregates,
  mergeNewEvents,
} from './cacheUpdates'
export type { MergeResult } from './cacheUpdates'
