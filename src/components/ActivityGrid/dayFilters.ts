/** How the grid's selected day maps onto the filter model, and back. */
import { dayRange, toDayKey } from '../../api/dates'
import type { EventFilters } from '../../api/types'
import { patchEventFilters } from '../../hooks/useEventFilters'

/**
 * The day the filters are narrowed to, when `from`/`until` are exactly one day of `timeZone`
 * (what clicking a day writes); otherwise null.
 */
export function filteredDay(filters: EventFilters, timeZone: string): string | null {
  const { from, until } = filters
  if (!from || !until) return null
  const day = toDayKey(from, timeZone)
  const range = dayRange(day, timeZone)
  return range.from.getTime() === from.getTime() && range.until.getTime() === until.getTime() ? day : null
}

/** The filters narrowed to `day` in `timeZone`, or with the date range removed for null. */
export function withDay(filters: EventFilters, day: string | null, timeZone: string): EventFilters {
  return patchEventFilters(filters, day ? dayRange(day, timeZone) : { from: undefined, until: undefined })
}

/**
 * The filters the grid counts with: every filter the cards and the list follow (types and
 * categories, status, search, ids), without the date range: the grid draws its own 53 weeks and
 * dims the days outside the range instead (see {@link countedDays}).
 */
export function gridFilters(filters: EventFilters): EventFilters {
  const { from: _from, until: _until, ...rest } = filters
  return rest
}

/**
 * The days of `timeZone` the filters' range touches, inclusive (`until` is exclusive, so its
 * day is the one of the instant before it); undefined without a range.
 */
export function countedDays(
  filters: Pick<EventFilters, 'from' | 'until'>,
  timeZone: string,
): { since?: string; until?: string } | undefined {
  const { from, until } = filters
  if (!from && !until) return undefined
  return {
    since: from ? toDayKey(from, timeZone) : undefined,
    until: until ? toDayKey(new Date(until.getTime() - 1), timeZone) : undefined,
  }
}
