/**
 * Reads each route's query into a store query. The good backend validates every value and
 * throws {@link ParamError}; the Studio-quirks readers copy Studio's lenient parsing instead.
 */
import { decodeCursor } from '../cursor'
import type { StoreActivityQuery, StoreFilters, StoreListQuery } from '../store'
import {
  ParamError,
  readDay,
  readInstant,
  readInteger,
  readList,
  readQuery,
  readSeverities,
  readSort,
  readStatus,
  readText,
  readTimeZone,
} from './paramValues'

/** Studio's page size when `limit` is absent. */
export const DEFAULT_PAGE_SIZE = 20
/** Longest activity window, in days (a bit over two years). */
export const MAX_ACTIVITY_DAYS = 800

/** Thrown by the quirks readers where Studio fails with a 500 (an invalid `since`). */
export class QuirkServerError extends Error {
  override name = 'QuirkServerError' as const
}

/**
 * The filter parameters. Without `extended` only Studio's own (`type`, `userId`, `since`);
 * with it also `types`, `status`, `severity`, `until`, `q`, `organizationId`, `sessionId`.
 */
export function readFilters(params: URLSearchParams, extended: boolean): StoreFilters {
  const filters: StoreFilters = {}
  const type = readText(params, 'type')
  if (type !== undefined) filters.types = [type]
  const userId = readText(params, 'userId')
  if (userId !== undefined) filters.userId = userId
  const since = readInstant(params, 'since')
  if (since !== undefined) filters.since = since
  if (!extended) return filters

  const types = readList(params, 'types')
  // `type` and `types` together narrow each other, like every other pair of filters.
  if (types !== undefined) filters.types = type === undefined ? types : types.filter((t) => t === type)
  const status = readStatus(params)
  if (status !== undefined) filters.status = status
  const severities = readSeverities(params)
  if (severities !== undefined) filters.severities = severities
  const until = readInstant(params, 'until')
  if (until !== undefined) filters.until = until
  const q = readQuery(params)
  if (q !== undefined) filters.q = q
  for (const name of ['organizationId', 'sessionId'] as const) {
    const value = readText(params, name)
    if (value !== undefined) filters[name] = value
  }
  return filters
}

/** What the good backend's list route needs to know. */
export type ListReadOptions = { filters: boolean; cursor: boolean; maxPageSize: number; sequence?: boolean }

/** `afterSeq` of the `sequence` extension: a decimal integer of at most 18 digits, or undefined. */
export function readAfterSeq(params: URLSearchParams): string | undefined {
  const text = readText(params, 'afterSeq')
  if (text === undefined) return undefined
  if (!/^\d{1,18}$/.test(text)) {
    throw new ParamError(
      'afterSeq',
      `afterSeq must be a seq this server sent (digits), got "${text.slice(0, 40)}"`,
    )
  }
  return String(BigInt(text))
}

/** `GET /api/events` on the good backend: every value validated, `limit` capped. */
export function readListQuery(params: URLSearchParams, options: ListReadOptions): StoreListQuery {
  const filters = readFilters(params, options.filters)
  const sort = readSort(params) ?? 'desc'
  const limit = Math.min(readInteger(params, 'limit', 1) ?? DEFAULT_PAGE_SIZE, options.maxPageSize)
  const offset = readInteger(params, 'offset', 0) ?? 0
  const afterSeq = options.sequence ? readAfterSeq(params) : undefined
  // With afterSeq the order is the sequence: sort, cursor and offset are ignored.
  if (afterSeq !== undefined) return { filters, sort: 'asc', limit, withTotal: false, afterSeq }
  const cursorText = options.cursor ? readText(params, 'cursor') : undefined
  // Counting every match is the costly part of a page: it is done for the first page of a
  // keyset walk (and offset pages, which Studio clients expect it on), not for each next page.
  const query: StoreListQuery = { filters, sort, limit, offset, withTotal: cursorText === undefined }
  if (cursorText === undefined) return query

  const cursor = decodeCursor(cursorText)
  if (!cursor) throw new ParamError('cursor', 'cursor is not a cursor this server issued')
  if (cursor.sort !== sort) {
    throw new ParamError('cursor', `cursor continues sort=${cursor.sort}; send the same sort with it`)
  }
  if (offset > 0) throw new ParamError('offset', 'use either cursor or offset, not both')
  return { ...query, offset: 0, cursor: cursorText }
}

/** `GET /api/events` as Studio parses it: lenient numbers, any sort but `desc` is ascending, no cap. */
export function readStudioListQuery(params: URLSearchParams): StoreListQuery {
  const filters: StoreFilters = {}
  const type = params.get('type')
  if (type) filters.types = [type]
  const userId = params.get('userId')
  if (userId) filters.userId = userId
  const sinceText = params.get('since')
  if (sinceText) {
    const since = new Date(sinceText)
    // Studio calls toISOString() on it, which throws this RangeError and ends in a 500.
    if (Number.isNaN(since.getTime())) throw new QuirkServerError('Invalid time value')
    filters.since = since
  }
  const limit = looseInteger(params.get('limit'))
  const offset = looseInteger(params.get('offset'))
  const sortText = params.get('sort')
  return {
    filters,
    sort: sortText === null || sortText === 'desc' ? 'desc' : 'asc',
    limit: limit !== undefined && limit > 0 ? limit : DEFAULT_PAGE_SIZE,
    offset: offset !== undefined && offset > 0 ? offset : 0,
    // Studio only knows a total when a type or user narrows the query.
    withTotal: filters.types !== undefined || filters.userId !== undefined,
  }
}

/** `GET /api/events/count`: `userId` only, unless the window extension is on. */
export function readCountFilters(params: URLSearchParams, window: boolean): StoreFilters {
  if (window) {
    const filters = readFilters(params, true)
    return filters
  }
  const userId = readText(params, 'userId')
  return userId === undefined ? {} : { userId }
}

/** `GET /api/events/activity?since&until&tz&…filters`. */
export function readActivityQuery(params: URLSearchParams): StoreActivityQuery {
  const sinceDay = readDay(params, 'since', true) as string
  const untilDay = readDay(params, 'until', true) as string
  const timeZone = readTimeZone(params, 'tz', 'UTC')
  if (untilDay < sinceDay) throw new ParamError('until', 'until must not be before since')
  const span = (Date.parse(untilDay) - Date.parse(sinceDay)) / 86_400_000 + 1
  if (span > MAX_ACTIVITY_DAYS)
    throw new ParamError('until', `the window may span at most ${MAX_ACTIVITY_DAYS} days`)
  // since/until name days here, so the instant filters are not read from them.
  const rest = new URLSearchParams(params)
  rest.delete('since')
  rest.delete('until')
  return { sinceDay, untilDay, timeZone, filters: readFilters(rest, true) }
}

function looseInteger(text: string | null): number | undefined {
  if (text === null) return undefined
  const value = Number.parseInt(text, 10)
  return Number.isNaN(value) ? undefined : value
}
