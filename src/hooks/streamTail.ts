/**
 * Where the last complete read of a live stream's lateness window ended (no React), so that the
 * next poll on an offset-paging backend (`capabilities.offset`, Studio's baseline) can ask only
 * past it instead of re-reading the whole window: at 10 events a second a 5 s window is about 50
 * events every poll, all of them already held.
 *
 * The poll starts at the offset of the last row it read and checks that this row is still there.
 * A row that became visible late, anywhere before it, moves it one place on, so the check fails
 * and the poll reads the whole window as before: nothing late is skipped. Where the check cannot
 * tell (several rows share the last timestamp, so the server may order them differently), the
 * whole window is read too.
 */
import type { AuthEvent } from '../api/types'

/** The rows a complete ascending read found from its `since` on. */
export type WindowTail = {
  /** The read's `since` (ms, server clock): the tail holds every row from there on. */
  since: number
  /** Their timestamps (ms), in the server's ascending order. */
  times: number[]
  /** Id of the last of them. */
  lastId: string
}

/** Where a poll from `since` can start after `tail`, or undefined to read the whole window. */
export function tailStart(
  tail: WindowTail | undefined,
  since: number,
): { offset: number; anchorId: string } | undefined {
  if (!tail || since < tail.since) return undefined
  const { times } = tail
  const last = times.at(-1)
  if (last === undefined || last < since) return undefined
  if (times.length > 1 && times.at(-2)! >= last) return undefined
  let before = 0
  while (before < times.length && times[before]! < since) before += 1
  return { offset: times.length - before - 1, anchorId: tail.lastId }
}

/**
 * The tail after a complete read from `since`: `rows` are what it returned in order (from the
 * anchor on when it started after `previous`, the whole window otherwise).
 */
export function nextTail(
  since: number,
  rows: readonly AuthEvent[],
  previous: WindowTail | undefined,
): WindowTail | undefined {
  const last = rows.at(-1)
  if (!last) return undefined
  const kept = previous ? previous.times.filter((time) => time >= since).slice(0, -1) : []
  return { since, times: [...kept, ...rows.map((row) => row.timestamp.getTime())], lastId: last.id }
}
