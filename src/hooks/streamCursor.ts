/**
 * Where a live stream stands, and how it starts (no React). Two kinds:
 *
 * - `window` (backends without `sequence`: Studio, audit-log, infra): rows may become visible
 *   after rows with newer timestamps (several writers, clock skew; Studio was measured 446 ms
 *   late), so each poll re-reads a lateness window anchored to the CLOCK, not to the newest event:
 *   `since = min(newest held, previous poll's start − window)`. Ids read at or after `since` are
 *   remembered, so re-reads are de-duplicated and never delivered twice. Idle, the newest held is
 *   older than the window and only the boundary is re-read; an event stamped in the future cannot
 *   hold the stream back, because the clock bounds `since`.
 * - `sequence` (the reference server): events carry a commit-ordered seq, so polling `afterSeq`
 *   misses nothing whatever the number of writers and needs no window.
 */
import type { AuthEvent, EventFilters } from '../api/types'
import type { WindowTail } from './streamTail'

/** Default lateness window of the live stream on backends without `sequence`. */
export const DEFAULT_LATENESS_WINDOW_MS = 5_000
/** Ids a `sequence` stream remembers to de-duplicate overlaps (the page it started from, re-reads). */
const SEQUENCE_SEEN_MAX = 2_000
/** Clock offsets below the `Date` header's one-second resolution are noise: treated as none. */
const MIN_CLOCK_OFFSET_MS = 1_000

type CursorBase = {
  /** Ids already held or delivered, with their timestamps (ms). */
  seen: Map<string, number>
  /** Filter fields the stream applies itself (learnt from `clientFiltered`), so it reads raw pages. */
  localFields: readonly (keyof EventFilters)[]
}

/** A stream over a backend without `sequence`: a clock-anchored lateness window. */
export type WindowCursor = CursorBase & {
  kind: 'window'
  /** Newest timestamp held (ms); undefined when nothing was ever seen. */
  mark?: number
  /** Start of the previous read (poll or list load), on the server's clock (ms). */
  previousStart?: number
  /** Never read below this (ms): older events are unknown to an incomplete list, not new. */
  floor?: number
  /** A poll stopped at its page limit: continue from here (ms) instead of re-reading the window. */
  resume?: number
  /** Server clock minus client clock (ms), from the `Date` header; 0 when unreadable. */
  offsetMs: number
  /** The last complete read, on offset-paging backends: the next poll asks only past it. */
  tail?: WindowTail
  /** Polls in a row that found the tail's last row moved (see `pollNewEvents.ts`). */
  tailMisses?: number
}

/** A stream over a `sequence` backend. */
export type SequenceCursor = CursorBase & {
  kind: 'sequence'
  /** The seq to send as `afterSeq` next. */
  afterSeq: string
}

/** Where the stream stands. */
export type StreamCursor = WindowCursor | SequenceCursor

/** What a stream starting after held events knows about them. */
export type HeldEvents = {
  events: readonly AuthEvent[]
  /** When they were read (client clock, ms). */
  loadedAt: number
  /** Nothing older exists than what is held (the list reached its end). */
  complete: boolean
  /** The list page's `headSeq`, on a `sequence` backend. */
  headSeq?: string
  localFields?: readonly (keyof EventFilters)[]
}

/** The cursor of a stream that starts after `held` (events already shown). */
export function cursorAfter(held: HeldEvents): StreamCursor {
  const seen = new Map(held.events.map((event) => [event.id, event.timestamp.getTime()]))
  const localFields = held.localFields ?? []
  if (held.headSeq !== undefined) return { kind: 'sequence', afterSeq: held.headSeq, seen, localFields }
  let mark: number | undefined
  let oldest: number | undefined
  for (const time of seen.values()) {
    mark = Math.max(mark ?? -Infinity, time)
    oldest = Math.min(oldest ?? Infinity, time)
  }
  return {
    kind: 'window',
    mark,
    seen,
    localFields,
    previousStart: held.loadedAt,
    // An incomplete list knows nothing below its oldest event; the oldest millisecond itself may
    // be split by the page boundary (a same-millisecond pair), so it is not re-read either.
    floor: held.complete || oldest === undefined ? undefined : oldest + 1,
    offsetMs: 0,
  }
}

/** The server's clock offset from one answer (`Date` header), or the previous estimate. */
export function clockOffset(
  serverDate: Date | undefined,
  sentAt: number,
  receivedAt: number,
  previous: number,
): number {
  if (!serverDate) return previous
  // The header is truncated to the second: its middle is the best guess.
  const raw = serverDate.getTime() + 500 - (sentAt + receivedAt) / 2
  return Math.abs(raw) < MIN_CLOCK_OFFSET_MS ? 0 : raw
}

/** Remembers `events` in a sequence cursor's bounded id set. */
export function rememberSequenceIds(seen: Map<string, number>, events: readonly AuthEvent[]): void {
  for (const event of events) {
    seen.delete(event.id)
    seen.set(event.id, event.timestamp.getTime())
  }
  while (seen.size > SEQUENCE_SEEN_MAX) seen.delete(seen.keys().next().value as string)
}
