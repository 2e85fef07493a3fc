/**
 * The ONE query-key factory of the library. Every key starts with `['react-auth-events', scope]`,
 * so the library never collides with the host's own queries in a shared QueryClient, and two
 * dashboards pointed at two backends never share a cache entry. Filters are stored in a
 * JSON-safe canonical form (dates as ISO strings), so a key built on the server during a
 * prefetch is the same key in the browser after hydration.
 *
 * No 'use client': Server Components prefetch with these keys.
 */
import { normalizeFilters } from '../api/filters'
import type { Category, EventFilters, Severity, SortOrder } from '../api/types'

/** The library's namespace, first element of every key. */
export const QUERY_KEY_NAMESPACE = 'react-auth-events'

/** Filters in their canonical, JSON-safe form: what a query key holds. */
export type FiltersKey = {
  /** Free-text search, trimmed. */
  q?: string
  /** Categories, sorted. */
  categories?: Category[]
  /** Exact event types, sorted. */
  types?: string[]
  /** Classification buckets, sorted. */
  severities?: Severity[]
  /** ISO instant. */
  from?: string
  /** ISO instant (exclusive). */
  until?: string
  /** User id. */
  userId?: string
  /** Organization id. */
  organizationId?: string
  /** Session id. */
  sessionId?: string
  /** Only `asc` is kept; `desc` is the default. */
  sort?: SortOrder
}

/** Canonical, JSON-safe form of `filters` (equal selections give equal keys). */
export function toFiltersKey(filters: EventFilters): FiltersKey {
  const { from, until, ...rest } = normalizeFilters(filters)
  const key: FiltersKey = { ...rest }
  if (from) key.from = from.toISOString()
  if (until) key.until = until.toISOString()
  return key
}

/** The filters a key describes (the inverse of {@link toFiltersKey}). */
export function fromFiltersKey(key: FiltersKey): EventFilters {
  const { from, until, ...rest } = key
  const filters: EventFilters = { ...rest }
  if (from) filters.from = new Date(from)
  if (until) filters.until = new Date(until)
  return filters
}

/** Paging settings of a list; part of its key because they change what the list holds. */
export type ListKeyOptions = {
  /** Matching events per page. */
  pageSize: number
  /** Most events held. */
  maxEvents: number
}

/** The grid window of an activity query: inclusive `YYYY-MM-DD` days in `timeZone`. */
export type ActivityKeyRange = {
  /** Inclusive first day, `YYYY-MM-DD` in `timeZone`. */
  since: string
  /** Inclusive last day, `YYYY-MM-DD` in `timeZone`. */
  until: string
  /** IANA time zone the days are counted in. */
  timeZone: string
}

/**
 * Query keys, from general to specific. Invalidate with the general ones
 * (`eventKeys.all(scope)` = everything of one backend).
 * @example
 * queryClient.invalidateQueries({ queryKey: eventKeys.counts(client.scope) })
 */
export const eventKeys = {
  /** Everything of one backend. */
  all: (scope: string) => [QUERY_KEY_NAMESPACE, scope] as const,
  /** The backend's event-tracking status. */
  status: (scope: string) => [...eventKeys.all(scope), 'status'] as const,
  /** Every event list of one backend. */
  lists: (scope: string) => [...eventKeys.all(scope), 'list'] as const,
  /** Every list with these filters (any page size). */
  listsFor: (scope: string, filters: EventFilters) =>
    [...eventKeys.lists(scope), toFiltersKey(filters)] as const,
  /** One list. */
  list: (scope: string, filters: EventFilters, options: ListKeyOptions) =>
    [...eventKeys.listsFor(scope, filters), options] as const,
  /** Every count of one backend. */
  counts: (scope: string) => [...eventKeys.all(scope), 'counts'] as const,
  /** The counts for one set of filters. */
  count: (scope: string, filters: EventFilters) =>
    [...eventKeys.counts(scope), toFiltersKey(filters)] as const,
  /** Every activity aggregation of one backend. */
  activities: (scope: string) => [...eventKeys.all(scope), 'activity'] as const,
  /** One activity aggregation. */
  activity: (scope: string, range: ActivityKeyRange, filters: EventFilters) =>
    [...eventKeys.activities(scope), { ...range, filters: toFiltersKey(filters) }] as const,
  /** One geo look-up (`useGeoResolve`). */
  geo: (scope: string, ip: string) => [...eventKeys.all(scope), 'geo', ip] as const,
  /** How far a client-side activity scan has got (events read), beside its activity query. */
  activityProgress: (scope: string, range: ActivityKeyRange, filters: EventFilters) =>
    [...eventKeys.all(scope), 'activity-progress', { ...range, filters: toFiltersKey(filters) }] as const,
}

/** Key of one list. */
export type EventListKey = ReturnType<typeof eventKeys.list>
/** Key of one set of counts. */
export type EventCountsKey = ReturnType<typeof eventKeys.count>
/** Key of one activity aggregation. */
export type ActivityKey = ReturnType<typeof eventKeys.activity>
/** Key of the status. */
export type EventsStatusKey = ReturnType<typeof eventKeys.status>

/** Whether two filters select the same events (the sort order aside). */
export function sameSelection(a: EventFilters, b: EventFilters): boolean {
  const { sort: _a, ...left } = toFiltersKey(a)
  const { sort: _b, ...right } = toFiltersKey(b)
  return JSON.stringify(left) === JSON.stringify(right)
}
