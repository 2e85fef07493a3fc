/**
 * The event list's cache: what one infinite-query page holds, how the next page is found, and
 * how pages are flattened into the list a user sees. No React and no 'use client': the
 * `queryOptions` factories use it on the server too.
 *
 * ## Cache shape
 * A list is a TanStack infinite query (`InfiniteData<EventListPage, EventListPageParam>`) under
 * `eventKeys.list(scope, filters, { pageSize, maxEvents })`. Each page is one SCAN: raw pages
 * read until it found `pageSize` matches, the backend ran out, or the scan limit was read.
 * `pages[0]` is the newest (or, ascending, the oldest) part; live events are merged into
 * `pages[0].events` at the top by {@link mergeNewEvents} (newest first) and the tail is trimmed
 * so that no more than `maxEvents` are held. Ascending lists do not take live events: their
 * `pages[0].newerCount` counts them instead.
 */
import type { InfiniteData } from '@tanstack/react-query'
import type { EventsClient } from '../api/clientTypes'
import {
  MAX_HELD_EVENTS,
  SCAN_LIMIT,
  readsRangeAscending,
  scanPages,
  scanRangeNewestFirst,
} from '../api/scan'
import type { ScanChunk } from '../api/scan'
import type { AuthEvent, EventFilters, SkippedEvent } from '../api/types'

/** One page of a list in the cache: one scan, plus the live counter of ascending lists. */
export type EventListPage = ScanChunk & {
  /** Live events that arrived after an ascending list was loaded (kept on `pages[0]`). */
  newerCount: number
}

/** Where the next page of a list starts. */
export type EventListPageParam = {
  /** The backend cursor after the previous page (none for the first page). */
  cursor?: string
  /** Raw events read by the previous pages (they count against the scan limit). */
  scanned: number
}

/** The list's cache data. */
export type EventListData = InfiniteData<EventListPage, EventListPageParam>

/** The first page starts at the top with nothing read yet. */
export const FIRST_LIST_PAGE: EventListPageParam = { scanned: 0 }

/** Clamps `maxEvents` to the cap of 500 (CONTRACT section 5: it may be lowered, never raised). */
export function clampMaxEvents(maxEvents: number): number {
  if (!Number.isFinite(maxEvents)) return MAX_HELD_EVENTS
  return Math.max(1, Math.min(Math.floor(maxEvents), MAX_HELD_EVENTS))
}

/** Reads one page of a list (one scan). */
export async function fetchEventListPage(
  client: EventsClient,
  filters: EventFilters,
  { pageSize, maxEvents }: { pageSize: number; maxEvents: number },
  pageParam: EventListPageParam,
  signal?: AbortSignal,
): Promise<EventListPage> {
  const capabilities = await client.getCapabilities({ signal })
  if (pageParam.cursor === undefined && readsRangeAscending(filters, capabilities)) {
    const chunk = await scanRangeNewestFirst(client, { filters, keep: maxEvents, signal })
    return { ...chunk, newerCount: 0 }
  }
  const chunk = await scanPages(client, {
    filters,
    cursor: pageParam.cursor,
    want: pageSize,
    budget: Math.max(0, SCAN_LIMIT - pageParam.scanned),
    pageSize,
    signal,
  })
  return { ...chunk, newerCount: 0 }
}

/** The next page's start, or undefined when the list is complete, capped or at its scan limit. */
export function nextEventListPageParam(
  lastPage: EventListPage,
  allPages: EventListPage[],
  maxEvents: number,
): EventListPageParam | undefined {
  if (!lastPage.ready || !lastPage.hasMore || lastPage.nextCursor === undefined) return undefined
  if (lastPage.scanLimitReached || lastPage.capped) return undefined
  if (countDistinct(allPages) >= maxEvents) return undefined
  return { cursor: lastPage.nextCursor, scanned: allPages.reduce((sum, page) => sum + page.scanned, 0) }
}

function countDistinct(pages: EventListPage[]): number {
  const ids = new Set<string>()
  for (const page of pages) for (const event of page.events) ids.add(event.id)
  return ids.size
}

/** The list as a user sees it, derived from the cache. */
export type EventListSnapshot = {
  /** Distinct events, in order, at most `maxEvents`. */
  events: AuthEvent[]
  /** More matching events exist than are held (narrow the filters to reach them). */
  isCapped: boolean
  /** Live events not inserted into an ascending list. */
  newerCount: number
  /** Raw events read for this list. */
  scanned: number
  /** A scan stopped at its limit (5,000 raw events): the list may be missing matches. */
  scanLimitReached: boolean
  /** Filter fields applied in the client. */
  clientFiltered: (keyof EventFilters)[]
  /** Malformed events left out. */
  skipped: SkippedEvent[]
  /** False while the backend's store is not ready (Studio `ready: false`). */
  ready: boolean
  /** Total matching events when the backend knows it. */
  total?: number
  /** The backend stopped counting: more than this many match (`total` is then absent). */
  totalMoreThan?: number
  /**
   * Which end the raw events were read from: `newest` (newest first) or `oldest` (a date range
   * on a baseline backend, read ascending from its start; or an oldest-first list). With
   * `scanned`, what a "searched the newest/oldest N events" notice says.
   */
  readFrom: 'newest' | 'oldest'
}

/** Flattens a list's pages: distinct by id, at most `maxEvents`. */
export function toEventListSnapshot(data: EventListData | undefined, maxEvents: number): EventListSnapshot {
  const pages = data?.pages ?? []
  const seen = new Set<string>()
  const events: AuthEvent[] = []
  const clientFiltered = new Set<keyof EventFilters>()
  let overflow = false
  for (const page of pages) {
    for (const event of page.events) {
      if (seen.has(event.id)) continue
      seen.add(event.id)
      if (events.length < maxEvents) events.push(event)
      else overflow = true
    }
    for (const field of page.clientFiltered) clientFiltered.add(field)
  }
  const last = pages.at(-1)
  const moreExist = overflow || pages.some((page) => page.capped) || (last?.hasMore ?? false)
  return {
    events,
    isCapped: events.length >= maxEvents && moreExist,
    newerCount: pages[0]?.newerCount ?? 0,
    scanned: pages.reduce((sum, page) => sum + page.scanned, 0),
    scanLimitReached: pages.some((page) => page.scanLimitReached),
    clientFiltered: [...clientFiltered],
    skipped: pages.flatMap((page) => page.skipped),
    ready: pages[0]?.ready ?? true,
    total: pages[0]?.total,
    ...(pages[0]?.totalMoreThan === undefined ? {} : { totalMoreThan: pages[0].totalMoreThan }),
    readFrom: pages[0]?.readFrom ?? 'newest',
  }
}
