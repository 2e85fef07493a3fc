/**
 * The storage contract of the reference server. One interface for the in-memory store (tests,
 * stories, demo) and the SQL stores (PGlite/PostgreSQL): every question is an aggregate a
 * database can answer with one query (filters in WHERE, counts and days in GROUP BY, a keyset
 * cursor on `(timestamp, id)`), so no implementation has to load the table to answer.
 */
import type { ActivityDay, BucketCounts, EventStatus, Severity, SortOrder } from '../api/types'
import type { StoredEvent } from './wire'

/**
 * The full server-side filter set. Every field is optional and they combine with AND.
 * A SQL store keeps a computed `severity` column (the shared classification) so `severities`
 * is a plain `IN`.
 */
export type StoreFilters = {
  /** Exact event types (any of). An empty list matches nothing. */
  types?: string[]
  /** Classification buckets (any of), computed with the shared rule (`classifyEvent`). */
  severities?: Severity[]
  /** The raw wire status. */
  status?: EventStatus
  /** Inclusive lower bound on `timestamp`. */
  since?: Date
  /** Exclusive upper bound on `timestamp`. */
  until?: Date
  /**
   * Case-insensitive substring search, plain text (never a pattern), over the same fields as the
   * shared `matchesFilters`: type, label, message, event/user/session/organization ids, IP address,
   * and email-like metadata values (never values under secret keys).
   */
  q?: string
  /** Only the events of this user. */
  userId?: string
  /** Only the events of this organization. */
  organizationId?: string
  /** Only the events of this session. */
  sessionId?: string
}

/** One page request. */
export type StoreListQuery = {
  /** Which events. */
  filters: StoreFilters
  /** `desc`: newest first. Ties on `timestamp` are broken by `id` in the same direction. */
  sort: SortOrder
  /** Events wanted (at least 1). The store returns at most this many. */
  limit: number
  /** Rows to skip (offset paging). Ignored when `cursor` is given. @default 0 */
  offset?: number
  /** A `nextCursor` from a previous page with the same filters and sort (keyset paging). */
  cursor?: string
  /** Whether to count every match for `total`; when false `total` is null. @default true */
  withTotal?: boolean
  /**
   * The `sequence` extension: only events with a `seq` above this one (a decimal integer as a
   * string; `'0'` = from the beginning), in ascending `seq` order. `sort`, `cursor` and `offset`
   * are ignored with it. Only for a store with {@link EventStore.headSeq}.
   */
  afterSeq?: string
}

/** One page answer. */
export type StoreListResult = {
  /** The page's events, in the requested order. */
  events: StoredEvent[]
  /** Whether more matching events follow this page. */
  hasMore: boolean
  /** Keyset cursor after the last event of this page; null when `hasMore` is false. */
  nextCursor: string | null
  /** Every event matching the filters (the cursor and offset aside); null when not asked for. */
  total: number | null
  /**
   * Set when the store stopped counting: more than this many events match, and `total` is null
   * (a SQL store counts a search's matches up to 10,000 rather than all of them). Absent: `total`
   * is exact (or null when not asked for).
   */
  totalMoreThan?: number
}

/** Counts request. */
export type StoreCountQuery = {
  /** Which events to count. */
  filters: StoreFilters
}

/** Activity request: days are calendar days in `timeZone`. */
export type StoreActivityQuery = {
  /** Inclusive first day, `YYYY-MM-DD`. */
  sinceDay: string
  /** Inclusive last day, `YYYY-MM-DD`. */
  untilDay: string
  /** IANA time zone, e.g. `Europe/Lisbon`. */
  timeZone: string
  /** `since`/`until` here narrow the window further. */
  filters: StoreFilters
}

/** A query value the store cannot use (a cursor from another server): the handler answers 400 naming `parameter`. */
export class StoreQueryError extends Error {
  override name = 'StoreQueryError' as const
  readonly parameter: string
  constructor(parameter: string, message: string) {
    super(message)
    this.parameter = parameter
  }
}

/** Where events are kept. Every method may reject; the handler turns a rejection into a 500. */
export type EventStore = {
  /**
   * Writes events. A writer normalises as Studio's table requires: the first address of an
   * `x-forwarded-for` list, the timestamp as an instant, the display message and the shared
   * classification computed when absent. An id that exists is replaced.
   */
  insert(events: StoredEvent[]): Promise<void>
  /** One page of matching events in the requested order. */
  list(query: StoreListQuery): Promise<StoreListResult>
  /** Counts per classification bucket of the matching events. */
  count(query: StoreCountQuery): Promise<BucketCounts>
  /** Per-day counts (with categories) of the matching events; days without events are left out, oldest first. */
  activity(query: StoreActivityQuery): Promise<ActivityDay[]>
  /** Deletes events strictly older than `date`; resolves with how many were deleted. */
  deleteOlderThan(date: Date): Promise<number>
  /** False while the events table does not exist yet (Studio answers `ready: false`). */
  ready(): Promise<boolean>
  /**
   * The `sequence` extension: the highest committed `seq` (`'0'` when empty), or null when this
   * store cannot keep a sequence (e.g. a table it may not migrate). A store without the method
   * has none. Every event such a store returns carries `seq`, assigned in commit order: an event
   * with a lower `seq` never becomes visible after one with a higher `seq`, whatever the number
   * of writers.
   */
  headSeq?(): Promise<string | null>
  /**
   * Calls `listener` after each write this process committed (in-process notification), so a
   * push stream wakes at once instead of at its next poll; rows from other processes still arrive
   * by that poll. Returns the function that removes the listener. Optional.
   */
  onInsert?(listener: () => void): () => void
  /**
   * Throws when the store cannot answer right now (its database unreachable). The status route
   * calls it so `/status` says so. Optional: a store that is always reachable omits it.
   */
  check?(): Promise<void>
  /**
   * Sets the store up (creates the table). Studio only initialises ingestion on its status
   * route, so the handler calls this there. Optional: a store that is always ready omits it.
   */
  initialize?(): Promise<void>
}
