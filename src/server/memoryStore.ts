/**
 * An {@link EventStore} in memory: for tests, stories and the demo. Answers every query by
 * scanning (fine up to a few hundred thousand events); the SQL stores answer the same
 * questions with indexes.
 */
import { aggregateActivity, addToBuckets, emptyBuckets } from '../api/aggregate'
import { addDays, dayStart } from '../api/dates'
import type { ActivityDay, AuthEvent, BucketCounts } from '../api/types'
import { prepareStoredEvent, toAuthEvent } from './convert'
import type { PreparedEvent } from './convert'
import { compareKeys, decodeCursor, encodeCursor, isAfterCursor } from './cursor'
import { createInsertListeners } from './insertListeners'
import { compileFilters } from './memoryFilter'
import { StoreQueryError } from './store'
import type {
  EventStore,
  StoreActivityQuery,
  StoreCountQuery,
  StoreListQuery,
  StoreListResult,
} from './store'
import type { StoredEvent } from './wire'

/** Options of {@link createMemoryStore}. */
export type MemoryStoreOptions = {
  /** Events to start with (any order). */
  events?: StoredEvent[]
  /**
   * Whether the events table "exists". `false`: not ready until `setReady(true)`.
   * `'after-initialize'`: not ready until `initialize()` is called, which the handler does on the
   * status route (what a real Studio does after a restart).
   * @default true
   */
  ready?: boolean | 'after-initialize'
}

/** The in-memory store, with a few helpers for tests and stories. */
export type MemoryEventStore = EventStore & {
  /** Switches the "table exists" state. */
  setReady(ready: boolean): void
  /** Number of events held. */
  size(): number
  /** Removes every event. */
  clear(): void
}

type Row = { event: PreparedEvent; time: number; normalized: AuthEvent; seq: number }

/** Creates an in-memory store. Ids are unique: inserting an existing id replaces the event. */
export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryEventStore {
  const byId = new Map<string, Row>()
  // Ascending by (timestamp, id); rebuilt lazily after writes.
  let sorted: Row[] = []
  let dirty = false
  let isReady = options.ready === undefined || options.ready === true
  const initializable = options.ready === 'after-initialize'
  // The `sequence` extension: one writer (this process), so insertion order is commit order.
  let lastSeq = 0
  const inserted = createInsertListeners()

  const rows = (): Row[] => {
    if (dirty) {
      sorted = [...byId.values()].sort((a, b) => compareKeys(a.time, a.event.id, b.time, b.event.id))
      dirty = false
    }
    return sorted
  }

  // All or nothing: every event is prepared before any is stored. Any timestamp order is
  // accepted: an older event written after newer ones is what a late-visible row looks like.
  const add = (events: StoredEvent[]) => {
    const prepared = events.map((input): Row => {
      const event = prepareStoredEvent(input)
      return { event, time: event.timestamp.getTime(), normalized: toAuthEvent(event), seq: 0 }
    })
    for (const row of prepared) {
      row.seq = ++lastSeq
      // Deleting first keeps the map in seq order (a replaced event is written again, later).
      byId.delete(row.event.id)
      byId.set(row.event.id, row)
    }
    if (prepared.length) dirty = true
  }

  const matching = (query: StoreCountQuery): Row[] => {
    const predicate = compileFilters(query.filters)
    return rows().filter((row) => predicate(row.normalized))
  }

  // The initial events get their seq in time order, as if they had been written as they happened.
  const listAfterSeq = (query: StoreListQuery): StoreListResult => {
    const after = Number(query.afterSeq)
    if (!Number.isSafeInteger(after) || after < 0)
      throw new StoreQueryError('afterSeq', 'afterSeq is not a seq')
    const predicate = compileFilters(query.filters)
    const limit = Math.max(1, query.limit)
    const page: Row[] = []
    let hasMore = false
    // The map iterates in seq order; rows at or below `after` are skipped without a sort.
    for (const row of byId.values()) {
      if (row.seq <= after || !predicate(row.normalized)) continue
      if (page.length === limit) {
        hasMore = true
        break
      }
      page.push(row)
    }
    return { events: page.map(cloneRow), hasMore, nextCursor: null, total: null }
  }

  add(
    [...(options.events ?? [])].sort((a, b) => {
      const aTime = new Date(a.timestamp).getTime()
      const bTime = new Date(b.timestamp).getTime()
      return compareKeys(aTime, a.id, bTime, b.id)
    }),
  )

  return {
    async insert(events) {
      add(events)
      if (events.length) inserted.notify()
    },

    onInsert: (listener) => inserted.add(listener),

    async list(query: StoreListQuery): Promise<StoreListResult> {
      if (query.afterSeq !== undefined) return listAfterSeq(query)
      const matches = matching(query)
      const ordered = query.sort === 'asc' ? matches : [...matches].reverse()
      const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor)
      if (query.cursor !== undefined && cursor === null)
        throw new StoreQueryError('cursor', 'cursor is not a cursor this server issued')
      const start = cursor
        ? firstAfter(ordered, (row) => isAfterCursor(row.time, row.event.id, cursor))
        : Math.max(0, query.offset ?? 0)
      const limit = Math.max(1, query.limit)
      const page = ordered.slice(start, start + limit)
      const hasMore = start + limit < ordered.length
      const last = page[page.length - 1]
      return {
        events: page.map(cloneRow),
        hasMore,
        nextCursor:
          hasMore && last
            ? encodeCursor({ timestamp: last.time, id: last.event.id, sort: query.sort })
            : null,
        total: query.withTotal === false ? null : matches.length,
      }
    },

    async count(query): Promise<BucketCounts> {
      const buckets = emptyBuckets()
      for (const row of matching(query)) addToBuckets(buckets, row.normalized.severity)
      return buckets
    },

    async activity(query: StoreActivityQuery): Promise<ActivityDay[]> {
      const from = dayStart(query.sinceDay, query.timeZone)
      const to = dayStart(addDays(query.untilDay, 1), query.timeZone)
      const since = query.filters.since && query.filters.since > from ? query.filters.since : from
      const until = query.filters.until && query.filters.until < to ? query.filters.until : to
      const events = matching({ filters: { ...query.filters, since, until } }).map((row) => row.normalized)
      return [...aggregateActivity(events, query.timeZone).values()]
    },

    async deleteOlderThan(date) {
      const limit = date.getTime()
      let deleted = 0
      for (const [id, row] of byId) {
        if (row.time < limit) {
          byId.delete(id)
          deleted += 1
        }
      }
      if (deleted) dirty = true
      return deleted
    },

    async ready() {
      return isReady
    },

    async headSeq() {
      return String(lastSeq)
    },

    async initialize() {
      if (initializable) isReady = true
    },

    setReady(ready) {
      isReady = ready
    },
    size: () => byId.size,
    clear() {
      byId.clear()
      dirty = true
    },
  }
}

/** Index of the first row satisfying `after` in rows ordered so that it flips from false to true once. */
function firstAfter(rows: Row[], after: (row: Row) => boolean): number {
  let low = 0
  let high = rows.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (after(rows[mid] as Row)) high = mid
    else low = mid + 1
  }
  return low
}

/** Callers get copies, so editing an answer cannot change the store. */
function cloneRow(row: Row): StoredEvent {
  const { event } = row
  return {
    ...event,
    timestamp: new Date(event.timestamp),
    metadata: structuredClone(event.metadata),
    seq: String(row.seq),
  }
}
