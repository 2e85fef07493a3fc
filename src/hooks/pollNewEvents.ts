/**
 * One live poll: "what is new since the newest event held?" (CONTRACT section 3, polling on the
 * baseline). No React and no 'use client'; `useEventStream` drives it in a loop.
 *
 * Where the backend can start at an instant and sort ascending, a poll asks for `from` = the
 * newest timestamp held (inclusive, so events sharing that millisecond are not lost; they are
 * de-duplicated by id) and pages on while the backend says it has more: a burst of any size
 * between two polls is read completely, even from a backend that silently caps its page size.
 * Elsewhere it reads newest first until it reaches what it already held.
 */
import type { EventsClient } from '../api/clientTypes'
import { matchesFilters } from '../api/filters'
import type { AuthEvent, EventFilters } from '../api/types'

/** Where the stream stands: the newest instant held and the ids held at exactly that instant. */
export type StreamCursor = {
  /** Newest timestamp held (ms); undefined when nothing was ever seen. */
  mark?: number
  /** Ids of the events at `mark` already delivered. */
  seenAtMark: ReadonlySet<string>
  /** Filter fields the stream applies itself (learnt from `clientFiltered`), so it reads raw pages. */
  localFields: readonly (keyof EventFilters)[]
}

/** Options of {@link pollNewEvents}. */
export type PollOptions = {
  filters: EventFilters
  cursor: StreamCursor
  /** Events per request (the client caps it at the backend's maximum). @default 200 */
  pageSize?: number
  /** Pages read per poll before handing over (the next poll continues at once). @default 25 */
  maxPages?: number
  signal?: AbortSignal
}

/** What one poll found. */
export type PollResult = {
  /** New matching events, oldest first. */
  events: AuthEvent[]
  cursor: StreamCursor
  /** More is waiting: poll again right away. */
  more: boolean
}

/** The cursor of a stream that starts after `held` (events already shown). */
export function cursorAfter(
  held: readonly AuthEvent[],
  localFields: readonly (keyof EventFilters)[] = [],
): StreamCursor {
  let mark: number | undefined
  for (const event of held) mark = Math.max(mark ?? -Infinity, event.timestamp.getTime())
  const seenAtMark = new Set(
    held.filter((event) => event.timestamp.getTime() === mark).map((event) => event.id),
  )
  return { mark, seenAtMark, localFields }
}

/** A starting cursor from the backend's newest event (any event: anything newer is new). */
export async function probeCursor(client: EventsClient, signal?: AbortSignal): Promise<StreamCursor> {
  const page = await client.listEvents({ filters: {}, limit: 1, signal })
  return cursorAfter(page.events)
}

/** Reads what arrived after `cursor`. */
export async function pollNewEvents(client: EventsClient, options: PollOptions): Promise<PollResult> {
  const { filters, cursor, signal, pageSize = 200, maxPages = 25 } = options
  const capabilities = await client.getCapabilities({ signal })
  const ascending = capabilities.sortAsc && capabilities.filters.from
  const sent: EventFilters = { ...filters }
  for (const field of cursor.localFields) delete sent[field]
  const markDate = cursor.mark === undefined ? undefined : new Date(cursor.mark)
  if (markDate && capabilities.filters.from && (!sent.from || sent.from < markDate)) sent.from = markDate
  sent.sort = ascending ? 'asc' : 'desc'

  const read = new Map<string, AuthEvent>()
  const learnt = new Set(cursor.localFields)
  let pageCursor: string | undefined
  let more = false
  for (let pages = 1; ; pages++) {
    const page = await client.listEvents({ filters: sent, limit: pageSize, cursor: pageCursor, signal })
    for (const field of page.clientFiltered) learnt.add(field)
    let reachedHeld = false
    for (const event of page.events) {
      const time = event.timestamp.getTime()
      if (cursor.mark !== undefined && time < cursor.mark) reachedHeld = true
      else if (time === cursor.mark && cursor.seenAtMark.has(event.id)) reachedHeld = !ascending
      else read.set(event.id, event)
    }
    const hasMore = page.ready && page.hasMore && page.nextCursor !== undefined && page.scanned > 0
    if (!hasMore || (!ascending && reachedHeld)) break
    // Ascending, the next poll continues from the new mark. Newest first it cannot, so it reads
    // on, up to a hard stop against a backend that never says it is done.
    if (ascending && pages >= maxPages) {
      more = true
      break
    }
    if (pages >= maxPages * 4) break
    pageCursor = page.nextCursor
  }

  const raw = [...read.values()].sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime())
  const events = cursor.localFields.length
    ? raw.filter((e) => matchesFilters(e, filters, [...cursor.localFields]))
    : raw
  return { events, cursor: advance(cursor, raw, [...learnt]), more }
}

function advance(cursor: StreamCursor, raw: AuthEvent[], localFields: (keyof EventFilters)[]): StreamCursor {
  const newest = raw.at(-1)
  if (!newest) return { ...cursor, localFields }
  const mark = Math.max(cursor.mark ?? -Infinity, newest.timestamp.getTime())
  const seenAtMark = new Set(mark === cursor.mark ? cursor.seenAtMark : [])
  for (const event of raw) if (event.timestamp.getTime() === mark) seenAtMark.add(event.id)
  return { mark, seenAtMark, localFields }
}
