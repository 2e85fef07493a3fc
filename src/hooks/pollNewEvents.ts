/**
 * One live poll: "what became visible since the last one?" (CONTRACT section 3, polling, and
 * the round's `sequence` extension). No React and no 'use client'; `useEventStream` drives it in
 * a loop. See `streamCursor.ts` for the two kinds of cursor.
 *
 * Without `sequence`, where the backend can start at an instant and sort ascending, a poll asks
 * for `from = since` (inclusive) and pages on while the backend says it has more: a burst of any
 * size between two polls is read completely, even from a backend that silently caps its page
 * size. Elsewhere it reads newest first until it passes `since`. Everything read is de-duplicated
 * by id against what the stream already held or delivered.
 */
import type { EventsClient } from '../api/clientTypes'
import { matchesFilters } from '../api/filters'
import type { AuthEvent, EventFilters } from '../api/types'
import {
  DEFAULT_LATENESS_WINDOW_MS,
  clockOffset,
  cursorAfter,
  rememberSequenceIds,
  type SequenceCursor,
  type StreamCursor,
  type WindowCursor,
} from './streamCursor'
import { nextTail, tailStart } from './streamTail'

/**
 * Polls in a row that found the last row read moved: late rows do that now and then, a backend
 * that ignores `offset` every time, so after this many the stream reads whole windows again.
 */
const TAIL_MISSES_MAX = 3

/** Options of {@link pollNewEvents}. */
export type PollOptions = {
  filters: EventFilters
  cursor: StreamCursor
  /** Re-read window for late rows (ignored on `sequence` backends). @default 5000 */
  latenessWindowMs?: number
  /** Events per request (the client caps it at the backend's maximum). @default 200 */
  pageSize?: number
  /** Pages read per poll before handing over (the next poll continues at once). @default 25 */
  maxPages?: number
  signal?: AbortSignal
}

/** What one poll found. */
export type PollResult = {
  /** New matching events, oldest first, each delivered once. */
  events: AuthEvent[]
  cursor: StreamCursor
  /** More is waiting: poll again right away. */
  more: boolean
  /** False when an answer said the backend's store is not ready (Studio `ready: false`). */
  ready: boolean
}

/** Reads what became visible since `cursor`. */
export function pollNewEvents(client: EventsClient, options: PollOptions): Promise<PollResult> {
  return options.cursor.kind === 'sequence'
    ? pollSequence(client, options, options.cursor)
    : pollWindow(client, options, options.cursor)
}

/**
 * A starting cursor without a loaded list: the newest event (and `headSeq`), then, without a
 * sequence, a silent read of the whole boundary (everything from `since`), so that events already
 * there (a same-millisecond pair) are marked seen instead of delivered as new. Events newer than
 * that newest event were stored after the first read (under load the two reads can be seconds
 * apart): they stay unseen, so the first poll delivers them.
 */
export async function probeCursor(
  client: EventsClient,
  { signal, latenessWindowMs }: { signal?: AbortSignal; latenessWindowMs?: number } = {},
): Promise<{ cursor: StreamCursor; ready: boolean }> {
  const sentAt = Date.now()
  const page = await client.listEvents({ filters: {}, limit: 1, signal })
  const offsetMs = clockOffset(page.serverDate, sentAt, Date.now(), 0)
  const start = cursorAfter({ events: page.events, loadedAt: sentAt, complete: true, headSeq: page.headSeq })
  if (start.kind === 'sequence' || !page.ready) return { cursor: start, ready: page.ready }
  const from = { ...start, offsetMs, previousStart: sentAt + offsetMs }
  const boundary = await pollWindow(client, { filters: {}, cursor: from, latenessWindowMs, signal }, from)
  if (boundary.cursor.kind !== 'window') return { cursor: boundary.cursor, ready: boundary.ready }
  const newest = start.mark ?? -Infinity
  // What the first poll re-reads must be seen, unless it is newer than the newest event (the
  // boundary read's pruning assumed its own, newer mark, so the old ids are put back).
  const seen = new Map([...start.seen, ...boundary.cursor.seen])
  for (const event of boundary.events) {
    const time = event.timestamp.getTime()
    if (time > newest) seen.delete(event.id)
    else seen.set(event.id, time)
  }
  // The first poll re-reads from where the boundary read started, so it finds those again.
  return {
    cursor: { ...boundary.cursor, seen, mark: start.mark, previousStart: from.previousStart },
    ready: boundary.ready,
  }
}

function wireFilters(filters: EventFilters, localFields: readonly (keyof EventFilters)[]): EventFilters {
  const sent: EventFilters = { ...filters }
  for (const field of localFields) delete sent[field]
  return sent
}

function onlyMatching(raw: AuthEvent[], filters: EventFilters, localFields: (keyof EventFilters)[]) {
  return localFields.length ? raw.filter((event) => matchesFilters(event, filters, localFields)) : raw
}

async function pollWindow(
  client: EventsClient,
  options: PollOptions,
  cursor: WindowCursor,
): Promise<PollResult> {
  const { filters, signal } = options
  const windowMs = Math.max(0, options.latenessWindowMs ?? DEFAULT_LATENESS_WINDOW_MS)
  const capabilities = await client.getCapabilities({ signal })
  const ascending = capabilities.sortAsc && capabilities.filters.from
  const sentAt = Date.now()
  const start = sentAt + cursor.offsetMs
  let since = (cursor.previousStart ?? start) - windowMs
  if (cursor.mark !== undefined) since = Math.min(since, cursor.mark)
  if (cursor.floor !== undefined) since = Math.max(since, cursor.floor)
  if (cursor.resume !== undefined) since = Math.max(since, cursor.resume)

  const sent = wireFilters(filters, cursor.localFields)
  const sinceDate = new Date(since)
  if (capabilities.filters.from && (!sent.from || sent.from < sinceDate)) sent.from = sinceDate
  sent.sort = ascending ? 'asc' : 'desc'

  // After a complete read, an offset-paging backend is asked only past what it answered then.
  const misses = cursor.tailMisses ?? 0
  const after =
    ascending &&
    capabilities.offset &&
    !capabilities.cursor &&
    cursor.resume === undefined &&
    misses < TAIL_MISSES_MAX
      ? tailStart(cursor.tail, since)
      : undefined
  const pages = { client, sent, since, ascending, options }
  let found = after ? await readPages({ ...pages, offset: after.offset }) : undefined
  const missed = after !== undefined && found?.rows[0]?.id !== after.anchorId
  // A late row before the last one read moved it on (or it is gone): read the whole window.
  if (!found || missed) found = await readPages(pages)

  const raw = found.rows
    .filter((event) => !cursor.seen.has(event.id))
    .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime())
  const seen = new Map(cursor.seen)
  let mark = cursor.mark
  for (const event of raw) {
    seen.set(event.id, event.timestamp.getTime())
    mark = Math.max(mark ?? -Infinity, event.timestamp.getTime())
  }
  // Every later `since` is at least this: older ids can never be read again.
  const prune = Math.min(mark ?? Infinity, start - windowMs)
  for (const [id, time] of seen) if (time < prune) seen.delete(id)
  const localFields = [...found.learnt]
  // A tail describes exactly what the server answered: not after a partial read, a row the client
  // dropped (malformed or filtered here) or a change of what is sent.
  const exact = ascending && found.exact && !found.more && localFields.length === cursor.localFields.length
  return {
    events: onlyMatching(raw, filters, cursor.localFields.length ? [...cursor.localFields] : []),
    cursor: {
      kind: 'window',
      mark,
      seen,
      localFields,
      previousStart: start,
      floor: cursor.floor,
      resume: found.more ? raw.at(-1)?.timestamp.getTime() : undefined,
      offsetMs: clockOffset(found.serverDate, sentAt, Date.now(), cursor.offsetMs),
      tail: exact
        ? nextTail(since, found.rows, found.offset === undefined ? undefined : cursor.tail)
        : undefined,
      tailMisses: missed ? misses + 1 : after ? 0 : misses,
    },
    more: found.more,
    ready: found.ready,
  }
}

/** What the pages of one window read answered. */
type WindowRead = {
  /** Every row at or after `since`, in the server's order, once each. */
  rows: AuthEvent[]
  more: boolean
  ready: boolean
  serverDate?: Date
  learnt: Set<keyof EventFilters>
  /** Every page's events were all its raw rows (none skipped as malformed, none filtered here). */
  exact: boolean
  /** The offset the read started at. */
  offset?: number
}

/** Reads the pages of one poll's window, from `since` (ascending) or newest first down to it. */
async function readPages({
  client,
  sent,
  since,
  ascending,
  options,
  offset,
}: {
  client: EventsClient
  sent: EventFilters
  since: number
  ascending: boolean
  options: PollOptions
  offset?: number
}): Promise<WindowRead> {
  const { signal, pageSize = 200, maxPages = 25 } = options
  const rows = new Map<string, AuthEvent>()
  const learnt = new Set(options.cursor.localFields)
  let pageCursor: string | undefined
  let more = false
  let ready = true
  let exact = true
  let serverDate: Date | undefined
  for (let pages = 1; ; pages++) {
    const page = await client.listEvents({
      filters: sent,
      limit: pageSize,
      cursor: pageCursor,
      offset: pageCursor === undefined ? offset : undefined,
      signal,
    })
    serverDate ??= page.serverDate
    ready &&= page.ready
    exact &&= page.events.length === page.scanned
    for (const field of page.clientFiltered) learnt.add(field)
    let passedSince = false
    for (const event of page.events) {
      if (event.timestamp.getTime() < since) passedSince = true
      else if (!rows.has(event.id)) rows.set(event.id, event)
    }
    const hasMore = page.ready && page.hasMore && page.nextCursor !== undefined && page.scanned > 0
    if (!hasMore || (!ascending && passedSince)) break
    // Ascending, the next poll continues from where this one stopped. Newest first it cannot, so
    // it reads on, up to a hard stop against a backend that never says it is done.
    if (ascending && pages >= maxPages) {
      more = true
      break
    }
    if (pages >= maxPages * 4) break
    pageCursor = page.nextCursor
  }
  return { rows: [...rows.values()], more, ready, serverDate, learnt, exact, offset }
}

async function pollSequence(
  client: EventsClient,
  options: PollOptions,
  cursor: SequenceCursor,
): Promise<PollResult> {
  const { filters, signal, pageSize = 200, maxPages = 25 } = options
  const sent = wireFilters(filters, cursor.localFields)
  const learnt = new Set(cursor.localFields)
  const raw: AuthEvent[] = []
  const seen = new Map(cursor.seen)
  let afterSeq = cursor.afterSeq
  let more = false
  let ready = true
  for (let pages = 1; ; pages++) {
    const page = await client.listEvents({ filters: sent, limit: pageSize, afterSeq, signal })
    ready &&= page.ready
    for (const field of page.clientFiltered) learnt.add(field)
    for (const event of page.events) if (!seen.has(event.id)) raw.push(event)
    rememberSequenceIds(seen, page.events)
    // Without a `lastSeq` the position cannot advance: stop and ask again next time.
    if (page.lastSeq === undefined) break
    afterSeq = page.lastSeq
    if (!page.ready || !page.hasMore || page.scanned === 0) break
    if (pages >= maxPages) {
      more = true
      break
    }
  }
  return {
    events: onlyMatching(raw, filters, cursor.localFields.length ? [...cursor.localFields] : []),
    cursor: { kind: 'sequence', afterSeq, seen, localFields: [...learnt] },
    more,
    ready,
  }
}
