/**
 * Bounded client-side scans: the fallbacks for questions a backend cannot answer itself
 * (CONTRACT sections 3 and 5). Every scan reads at most a stated number of raw events and says
 * whether it stopped because of that limit, so the UI can be honest about what it covers.
 * Framework-free: used by the hooks' query functions and by anyone without React.
 */
import type { EventsClient } from './clientTypes'
import { addToBuckets, aggregateActivity, emptyBuckets, mergeActivity } from './aggregate'
import type {
  ActivityDay,
  AdapterCapabilities,
  AuthEvent,
  BucketCounts,
  EventFilters,
  EventPage,
  SkippedEvent,
} from './types'

/** A client-side filter scan reads at most this many raw events (CONTRACT section 5). */
export const SCAN_LIMIT = 5_000
/** An activity fallback reads at most this many raw events (CONTRACT section 5). */
export const ACTIVITY_SCAN_LIMIT = 20_000
/** A list never holds more than this many events (CONTRACT section 5, "The 500 cap"). */
export const MAX_HELD_EVENTS = 500
/** Raw page size while scanning: pages are filtered in the client, so larger pages mean fewer requests. */
export const SCAN_PAGE_SIZE = 200
/** Raw page size of bulk scans (counts samples, activity). The client caps it at `maxPageSize`. */
export const BULK_PAGE_SIZE = 500
/**
 * First page of a date-range read on the baseline: small, because a range that holds nothing (or
 * little) is answered by it; later pages grow to {@link BULK_PAGE_SIZE}.
 */
export const RANGE_FIRST_PAGE_SIZE = 50

/** What one scan read and found. */
export type ScanChunk = {
  /** Matching events, in the requested order. */
  events: AuthEvent[]
  /** Malformed events left out, accumulated over every page read. */
  skipped: SkippedEvent[]
  /** Raw events read from the backend. */
  scanned: number
  /** Whether the backend has more after what was read. */
  hasMore: boolean
  /** Cursor to continue from, when `hasMore`. */
  nextCursor?: string
  /** False when the backend's store is not ready yet (Studio `ready: false`). */
  ready: boolean
  /** Filter fields applied in the client (union over the pages). */
  clientFiltered: (keyof EventFilters)[]
  /** Total matching events when the backend knows it. */
  total?: number
  /** The backend stopped counting: more than this many match. */
  totalMoreThan?: number
  /** The scan stopped because it read its limit of raw events while the backend had more. */
  scanLimitReached: boolean
  /** Matching events were left out to respect a cap (`keep`). */
  capped: boolean
  /** `sequence` backends: the first page's `headSeq` (a live stream starts after it). */
  headSeq?: string
  /**
   * Which end of the selection the raw events were read from: `newest` (newest first) or
   * `oldest` (ascending from the range start). A notice says "searched the newest/oldest N".
   */
  readFrom?: 'newest' | 'oldest'
}

/** Options of {@link scanPages}. */
export type ScanPagesOptions = {
  filters: EventFilters
  /** Continue after this cursor. */
  cursor?: string
  /** Stop once this many matching events were found. @default Infinity */
  want?: number
  /** Read at most this many raw events. */
  budget: number
  /** Raw page size of the first request. */
  pageSize: number
  /** Raw page size once the client reports that it filters in the client (or, given, after the first page). @default SCAN_PAGE_SIZE */
  scanPageSize?: number
  /** Grow to `scanPageSize` after the first page even when nothing is filtered in the client. @default false */
  growPages?: boolean
  /** Keep the matching events in the result (false: only `onPage` sees them). @default true */
  collect?: boolean
  /** Called after every page with the raw events read so far. */
  onPage?: (page: EventPage, scanned: number) => void
  signal?: AbortSignal
}

/**
 * Reads raw pages until `want` matching events were found, the backend is exhausted, or
 * `budget` raw events were read. The client filters each page in the client where the backend
 * cannot, so a narrow filter may need many pages for a few matches.
 */
export async function scanPages(client: EventsClient, options: ScanPagesOptions): Promise<ScanChunk> {
  const { filters, budget, signal, onPage, want = Number.POSITIVE_INFINITY, collect = true } = options
  const events: AuthEvent[] = []
  const skipped: SkippedEvent[] = []
  const clientFiltered = new Set<keyof EventFilters>()
  let cursor = options.cursor
  let limit = options.pageSize
  let scanned = 0
  let matched = 0
  let hasMore = true
  let ready = true
  let total: number | undefined
  let totalMoreThan: number | undefined
  let headSeq: string | undefined
  while (scanned < budget) {
    const page = await client.listEvents({
      filters,
      limit: Math.min(limit, budget - scanned),
      cursor,
      signal,
    })
    scanned += page.scanned
    matched += page.events.length
    if (collect) events.push(...page.events)
    skipped.push(...page.skipped)
    for (const field of page.clientFiltered) clientFiltered.add(field)
    total = page.total
    totalMoreThan = page.totalMoreThan
    ready = page.ready
    headSeq ??= page.headSeq
    onPage?.(page, scanned)
    // A page that read nothing cannot make progress, whatever `hasMore` says.
    hasMore = page.ready && page.hasMore && page.nextCursor !== undefined && page.scanned > 0
    cursor = page.nextCursor
    if (!hasMore || matched >= want) break
    if (page.clientFiltered.length > 0 || options.growPages) limit = options.scanPageSize ?? SCAN_PAGE_SIZE
  }
  return {
    events,
    skipped,
    scanned,
    hasMore,
    nextCursor: hasMore ? cursor : undefined,
    ready,
    clientFiltered: [...clientFiltered],
    total,
    ...(totalMoreThan === undefined ? {} : { totalMoreThan }),
    scanLimitReached: hasMore && scanned >= budget && matched < want,
    capped: false,
    readFrom: filters.sort === 'asc' ? 'oldest' : 'newest',
    ...(headSeq === undefined ? {} : { headSeq }),
  }
}

/**
 * Whether a newest-first list should be read ascending from `from` instead (CONTRACT section 3,
 * last paragraph): the backend cannot bound a range from above, but it can start at `from` and
 * sort ascending, and the range ends in the past. Reading newest-first would first wade through
 * every event newer than `until`; reading from `from` stops as soon as it passes `until`.
 */
export function readsRangeAscending(
  filters: EventFilters,
  capabilities: AdapterCapabilities,
  now: number = Date.now(),
): boolean {
  return (
    filters.sort !== 'asc' &&
    filters.from !== undefined &&
    filters.until !== undefined &&
    filters.until.getTime() <= now &&
    !capabilities.filters.until &&
    capabilities.filters.from &&
    capabilities.sortAsc
  )
}

/** Options of {@link scanRangeNewestFirst}. */
export type ScanRangeOptions = {
  /** Must have `from` and `until`. */
  filters: EventFilters
  /** Hold at most this many (the newest). */
  keep: number
  /** Read at most this many raw events. @default SCAN_LIMIT */
  budget?: number
  signal?: AbortSignal
}

/**
 * A date range on a baseline backend, newest first: reads ascending from `from` (the backend
 * stops once a page passes `until`), keeps the newest `keep` matches and returns them newest
 * first. When the range holds more than `budget` raw events, what was read is the oldest part
 * of it: `scanLimitReached` says so.
 */
export async function scanRangeNewestFirst(
  client: EventsClient,
  options: ScanRangeOptions,
): Promise<ScanChunk> {
  const { keep, signal } = options
  let held: AuthEvent[] = []
  let matched = 0
  const chunk = await scanPages(client, {
    filters: { ...options.filters, sort: 'asc' },
    budget: options.budget ?? SCAN_LIMIT,
    // A small first page answers a range with nothing (or little) in it; then larger pages.
    pageSize: Math.min(RANGE_FIRST_PAGE_SIZE, keep),
    scanPageSize: BULK_PAGE_SIZE,
    growPages: true,
    collect: false,
    signal,
    onPage: (page) => {
      matched += page.events.length
      held.push(...page.events)
      // Trim in batches so a long scan stays linear.
      if (held.length > keep * 2) held = held.slice(-keep)
    },
  })
  const newest = held.slice(-keep).reverse()
  return {
    ...chunk,
    events: newest,
    capped: matched > newest.length,
    total: chunk.hasMore ? undefined : matched,
  }
}

/** Counts of a scanned sample, with what the sample covers. */
export type SampleCounts = BucketCounts & {
  /** Matching events counted. */
  sampleSize: number
  /** Raw events read. */
  scanned: number
  /** The scan stopped at its limit: the counts cover only part of the matching events. */
  scanLimitReached: boolean
}

/**
 * Counts the events matching `filters` with the shared classification, reading at most
 * `budget` raw events. A range the backend cannot bound from above is read ascending, so the
 * scan stops past `until`.
 */
export async function countSample(
  client: EventsClient,
  filters: EventFilters,
  { budget = SCAN_LIMIT, signal }: { budget?: number; signal?: AbortSignal } = {},
): Promise<SampleCounts> {
  const capabilities = await client.getCapabilities({ signal })
  const ascending = filters.until !== undefined && !capabilities.filters.until && capabilities.sortAsc
  const counts = emptyBuckets()
  const chunk = await scanPages(client, {
    filters: ascending ? { ...filters, sort: 'asc' } : filters,
    budget,
    pageSize: BULK_PAGE_SIZE,
    scanPageSize: BULK_PAGE_SIZE,
    collect: false,
    signal,
    onPage: (page) => {
      for (const event of page.events) addToBuckets(counts, event.severity)
    },
  })
  return {
    ...counts,
    sampleSize: counts.total,
    scanned: chunk.scanned,
    scanLimitReached: chunk.scanLimitReached,
  }
}

/** Options of {@link scanActivity}. */
export type ScanActivityOptions = {
  /** First instant of the window (inclusive). */
  from: Date
  /** End of the window (exclusive). */
  until: Date
  /** IANA time zone the days are counted in. */
  timeZone: string
  filters?: EventFilters
  /** Read at most this many raw events. @default ACTIVITY_SCAN_LIMIT */
  budget?: number
  /** Called after every page with the raw events read so far. */
  onProgress?: (scanned: number) => void
  signal?: AbortSignal
}

/** Per-day activity aggregated in the client, with what it covers. */
export type ActivityScan = {
  /** Days with events, oldest first. */
  days: ActivityDay[]
  scanned: number
  /** The scan hit its limit: days before `coveredFrom` are incomplete. */
  approximate: boolean
  /** The oldest event the scan reached. */
  coveredFrom?: Date
}

/**
 * The activity fallback: reads the window newest first (so a scan that hits its limit still has
 * the recent days right) and aggregates per day and category in `timeZone`.
 */
export async function scanActivity(
  client: EventsClient,
  options: ScanActivityOptions,
): Promise<ActivityScan> {
  const { timeZone, filters = {}, onProgress, signal } = options
  const from = filters.from && filters.from > options.from ? filters.from : options.from
  const until = filters.until && filters.until < options.until ? filters.until : options.until
  let days = new Map<string, ActivityDay>()
  let oldest: Date | undefined
  const chunk = await scanPages(client, {
    filters: { ...filters, from, until, sort: 'desc' },
    budget: options.budget ?? ACTIVITY_SCAN_LIMIT,
    pageSize: BULK_PAGE_SIZE,
    scanPageSize: BULK_PAGE_SIZE,
    collect: false,
    signal,
    onPage: (page, scanned) => {
      days = mergeActivity(days.values(), aggregateActivity(page.events, timeZone).values())
      const last = page.events.at(-1)
      if (last && (!oldest || last.timestamp < oldest)) oldest = last.timestamp
      onProgress?.(scanned)
    },
  })
  return {
    days: [...days.values()],
    scanned: chunk.scanned,
    approximate: chunk.scanLimitReached,
    coveredFrom: chunk.scanLimitReached ? oldest : undefined,
  }
}
