/**
 * Putting live events into the cache the hooks read, so the list, the counts and the grid move
 * together the moment events arrive. Framework-free apart from TanStack's QueryClient: a host
 * that receives events by other means (a websocket, a server push) can call these too.
 *
 * A cache entry takes the events only when the events' source saw everything it selects: when
 * the source's filters are the same as the entry's (sort aside), or when the source had no
 * filters at all (each event is then tested against the entry's own filters).
 */
import type { Query, QueryClient } from '@tanstack/react-query'
import type { EventsClient } from '../api/clientTypes'
import { addToBuckets, emptyActivityDay, emptyBuckets } from '../api/aggregate'
import { toDayKey } from '../api/dates'
import { isEmptyFilters, matchesFilters } from '../api/filters'
import type { ActivityDay, AuthEvent, EventFilters } from '../api/types'
import type { ActivityResult } from './activityData'
import type { EventListData, EventListPage } from './eventList'
import { eventKeys, fromFiltersKey, sameSelection, type FiltersKey, type ListKeyOptions } from './keys'
import type { EventCountsResult } from './queryOptions'

/** What {@link mergeNewEvents} did. */
export type MergeResult = {
  /** Lists that took at least one event. */
  updated: number
  /** Lists that were fetching and were left alone: merge the same events again later. */
  deferred: number
}

/** The events from `source` that belong in an entry with `target` filters, or null when it cannot take them. */
function eventsFor(source: EventFilters, target: EventFilters, events: AuthEvent[]): AuthEvent[] | null {
  if (sameSelection(source, target)) return events
  if (!isEmptyFilters(source)) return null
  return events.filter((event) => matchesFilters(event, target))
}

const newestFirst = (a: AuthEvent, b: AuthEvent) => b.timestamp.getTime() - a.timestamp.getTime()

/**
 * Merges new events into every cached event list of `client` that they belong to: at the top of
 * newest-first lists (de-duplicated by id; the oldest are dropped beyond `maxEvents`), and as
 * `newerCount` on oldest-first lists. Lists in the middle of a fetch are left alone (`deferred`):
 * their fetch would overwrite the merge. Merging the same events twice is harmless for
 * newest-first lists.
 * @param filters the filters the events were fetched with.
 */
export function mergeNewEvents(
  queryClient: QueryClient,
  client: EventsClient,
  filters: EventFilters,
  events: AuthEvent[],
): MergeResult {
  const result: MergeResult = { updated: 0, deferred: 0 }
  if (events.length === 0) return result
  for (const query of queryClient.getQueryCache().findAll({ queryKey: eventKeys.lists(client.scope) })) {
    const [, , , filtersKey, options] = query.queryKey as ReturnType<typeof eventKeys.list>
    const target = fromFiltersKey(filtersKey)
    const data = query.state.data as EventListData | undefined
    const belonging = eventsFor(filters, target, events)
    if (!belonging?.length) continue
    const ascending = target.sort === 'asc'
    if (!ascending && query.state.fetchStatus === 'fetching') {
      result.deferred += 1
      continue
    }
    if (!data) continue
    const next = ascending ? countNewer(data, belonging) : prependEvents(data, belonging, options)
    if (next !== data) {
      queryClient.setQueryData<EventListData>(query.queryKey, next)
      result.updated += 1
    }
  }
  return result
}

function heldIds(data: EventListData): Set<string> {
  return new Set(data.pages.flatMap((page) => page.events.map((event) => event.id)))
}

function countNewer(data: EventListData, events: AuthEvent[]): EventListData {
  const held = heldIds(data)
  const fresh = new Set(events.filter((event) => !held.has(event.id)).map((event) => event.id)).size
  const [first, ...rest] = data.pages
  if (!first || fresh === 0) return data
  return { ...data, pages: [{ ...first, newerCount: first.newerCount + fresh }, ...rest] }
}

function prependEvents(
  data: EventListData,
  events: AuthEvent[],
  { maxEvents }: ListKeyOptions,
): EventListData {
  const held = heldIds(data)
  const fresh = new Map<string, AuthEvent>()
  for (const event of events) if (!held.has(event.id)) fresh.set(event.id, event)
  const [first] = data.pages
  if (!first || fresh.size === 0) return data
  const pages: EventListPage[] = [
    { ...first, events: [...fresh.values(), ...first.events].sort(newestFirst) },
    ...data.pages.slice(1),
  ]
  const pageParams = [...data.pageParams]
  // Drop the oldest beyond the cap, from the last page backwards.
  let excess = pages.reduce((sum, page) => sum + page.events.length, 0) - maxEvents
  while (excess > 0) {
    const last = pages.at(-1)!
    if (pages.length > 1 && last.events.length <= excess) {
      excess -= last.events.length
      pages.pop()
      pageParams.pop()
      continue
    }
    pages[pages.length - 1] = { ...last, events: last.events.slice(0, last.events.length - excess) }
    excess = 0
  }
  if (pages.length < data.pages.length || held.size + fresh.size > maxEvents) {
    pages[pages.length - 1] = { ...pages.at(-1)!, capped: true }
  }
  return { pages, pageParams }
}

function forEachEntry<T>(
  queryClient: QueryClient,
  queryKey: readonly unknown[],
  visit: (query: Query, data: T) => void,
): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey })) {
    const data = query.state.data as T | undefined
    if (data !== undefined) visit(query, data)
  }
}

/**
 * Whether counts taken at `asOfSeq` include `event` already: a live poll can bring an event that
 * was committed before a counts refresh read the table, and adding it again would count it twice.
 */
function countedAlready(event: AuthEvent, asOfSeq: string | undefined): boolean {
  return asOfSeq !== undefined && event.seq !== undefined && BigInt(event.seq) <= BigInt(asOfSeq)
}

/**
 * Adds new events to every cached count of `client` they belong to (the shared classification).
 * On a `sequence` backend, events the counts were taken after (`asOfSeq`) are not added again.
 */
export function addEventsToCounts(
  queryClient: QueryClient,
  client: EventsClient,
  filters: EventFilters,
  events: AuthEvent[],
): void {
  if (events.length === 0) return
  forEachEntry<EventCountsResult>(queryClient, eventKeys.counts(client.scope), (query, counts) => {
    const filtersKey = query.queryKey[3] as FiltersKey
    const belonging = eventsFor(filters, fromFiltersKey(filtersKey), events)?.filter(
      (event) => !countedAlready(event, counts.asOfSeq),
    )
    if (!belonging?.length) return
    const next: EventCountsResult = { ...counts, total: counts.total + belonging.length }
    for (const event of belonging) {
      const bucket = next[event.severity]
      if (bucket !== null) next[event.severity] = bucket + 1
    }
    if (next.sampleSize !== undefined) next.sampleSize += belonging.length
    queryClient.setQueryData(query.queryKey, next)
  })
}

/** Adds new events to the days of every cached activity window of `client` they belong to. */
export function addEventsToActivity(
  queryClient: QueryClient,
  client: EventsClient,
  filters: EventFilters,
  events: AuthEvent[],
): void {
  if (events.length === 0) return
  forEachEntry<ActivityResult>(queryClient, eventKeys.activities(client.scope), (query, activity) => {
    const { filters: filtersKey } = query.queryKey[3] as { filters: FiltersKey }
    const belonging = eventsFor(filters, fromFiltersKey(filtersKey), events)
    if (!belonging?.length) return
    const { since, until, timeZone } = activity.range
    const days = new Map(activity.days.map((day) => [day.date, day]))
    let changed = false
    for (const event of belonging) {
      const date = toDayKey(event.timestamp, timeZone)
      if (date < since || date > until) continue
      const old = days.get(date) ?? emptyActivityDay(date)
      const day: ActivityDay = { ...old, categories: { ...old.categories } }
      addToBuckets(day, event.severity)
      day.categories[event.category] = addToBuckets(
        { ...(old.categories[event.category] ?? emptyBuckets()) },
        event.severity,
      )
      days.set(date, day)
      changed = true
    }
    if (!changed) return
    const sorted = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    queryClient.setQueryData<ActivityResult>(query.queryKey, { ...activity, days: sorted })
  })
}

/**
 * Marks the counts and activity the backend computed as stale, so they are fetched again and
 * correct what the live increments approximated. Client-side samples and scans are left alone:
 * re-reading thousands of events every few seconds is what this library must not do.
 */
export function invalidateServerAggregates(queryClient: QueryClient, client: EventsClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({
      queryKey: eventKeys.counts(client.scope),
      predicate: (query) => (query.state.data as EventCountsResult | undefined)?.scope !== 'sample',
    }),
    queryClient.invalidateQueries({
      queryKey: eventKeys.activities(client.scope),
      predicate: (query) => (query.state.data as ActivityResult | undefined)?.source === 'server',
    }),
  ]).then(() => undefined)
}

/** Marks the counts the backend computed as stale (they are small: refetched whole). */
export function invalidateServerCounts(queryClient: QueryClient, client: EventsClient): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: eventKeys.counts(client.scope),
    predicate: (query) => (query.state.data as EventCountsResult | undefined)?.scope !== 'sample',
  })
}

/**
 * Corrects the days of every server-computed activity window that `events` fell on, by asking the
 * backend for those days only and replacing them in the cache: never the whole window (a year)
 * again. Client-side scans keep their live increments. Failures are left for the next refresh.
 */
export async function refreshActivityDays(
  queryClient: QueryClient,
  client: EventsClient,
  events: readonly AuthEvent[],
): Promise<void> {
  if (events.length === 0) return
  let oldest = Infinity
  let newest = -Infinity
  for (const event of events) {
    oldest = Math.min(oldest, event.timestamp.getTime())
    newest = Math.max(newest, event.timestamp.getTime())
  }
  const entries = queryClient.getQueryCache().findAll({ queryKey: eventKeys.activities(client.scope) })
  await Promise.all(
    entries.map(async (query) => {
      const activity = query.state.data as ActivityResult | undefined
      if (activity?.source !== 'server') return
      const { filters: filtersKey } = query.queryKey[3] as { filters: FiltersKey }
      const { since, until, timeZone } = activity.range
      const first = maxDay(toDayKey(new Date(oldest), timeZone), since)
      const last = minDay(toDayKey(new Date(newest), timeZone), until)
      if (first > last) return
      try {
        const fresh = await client.getActivity({
          since: first,
          until: last,
          timeZone,
          filters: fromFiltersKey(filtersKey),
        })
        const current = queryClient.getQueryData<ActivityResult>(query.queryKey)
        if (!current) return
        const days = new Map(
          current.days.filter((day) => day.date < first || day.date > last).map((day) => [day.date, day]),
        )
        for (const day of fresh) days.set(day.date, { ...day, categories: day.categories ?? {} })
        const sorted = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        queryClient.setQueryData<ActivityResult>(query.queryKey, { ...current, days: sorted })
      } catch {
        // The live increments stay; the next refresh tries again.
      }
    }),
  )
}

const maxDay = (a: string, b: string) => (a > b ? a : b)
const minDay = (a: string, b: string) => (a < b ? a : b)
