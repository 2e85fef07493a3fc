/**
 * The keyset cursor: the `(timestamp, id)` of the last event of a page, plus the sort it was
 * made for. Opaque to clients (base64url text); stores decode it to continue strictly after
 * that key, so events inserted between pages cause neither duplicates nor gaps.
 */
import type { SortOrder } from '../api/types'

/** A decoded cursor. */
export type EventCursor = {
  /** Epoch milliseconds of the last event of the previous page. */
  timestamp: number
  /** Id of that event (the tie-breaker). */
  id: string
  /** The order the cursor continues. */
  sort: SortOrder
}

const VERSION = 'v1'

/** Encodes a cursor as URL-safe text. */
export function encodeCursor(cursor: EventCursor): string {
  const text = `${VERSION}:${cursor.sort === 'asc' ? 'a' : 'd'}:${cursor.timestamp}:${cursor.id}`
  return toBase64Url(text)
}

/** Decodes a cursor; returns null when the text is not one this server made. */
export function decodeCursor(text: string): EventCursor | null {
  const decoded = fromBase64Url(text)
  if (decoded === null) return null
  const match = /^v1:([ad]):(-?\d{1,16}):(.{1,200})$/s.exec(decoded)
  if (!match) return null
  const timestamp = Number(match[2])
  // Beyond ±8.64e15 ms there is no Date; a store would fail on it rather than refuse it.
  if (!Number.isSafeInteger(timestamp) || Math.abs(timestamp) > 8.64e15) return null
  return { sort: match[1] === 'a' ? 'asc' : 'desc', timestamp, id: match[3] ?? '' }
}

/**
 * Whether an event with key `(timestamp, id)` comes strictly after the cursor in its order.
 * The SQL equivalent is a row comparison: `(timestamp, id) < ($1, $2)` for `desc`.
 */
export function isAfterCursor(timestamp: number, id: string, cursor: EventCursor): boolean {
  const order = compareKeys(timestamp, id, cursor.timestamp, cursor.id)
  return cursor.sort === 'asc' ? order > 0 : order < 0
}

/** Ascending order of `(timestamp, id)` keys; ids compare as plain strings, like lower-case UUIDs in SQL. */
export function compareKeys(aTime: number, aId: string, bTime: number, bId: string): number {
  if (aTime !== bTime) return aTime < bTime ? -1 : 1
  if (aId === bId) return 0
  return aId < bId ? -1 : 1
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}
