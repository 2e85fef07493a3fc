/**
 * The time-window presets as date ranges of the filter model (`from`/`until`), so every part
 * under the same filters (cards, grid, chart, list) and the URL (`?from=…`) follow one choice.
 * Day presets start at midnight in the time zone (7 d = today and the 6 days before), so the
 * same choice gives the same `from` all day and is still recognised after a reload; 24 h starts
 * at the top of the hour, 23 hours back.
 */
import { addDays, dayStart, toDayKey } from '../../api/dates'
import type { EventFilters } from '../../api/types'

/** A preset, `all` (no date range) or `custom` (any other range). */
export type TimeWindow = '24h' | '7d' | '30d' | '90d' | 'all' | 'custom'

/** The presets in display order. */
export const TIME_WINDOWS: readonly TimeWindow[] = ['24h', '7d', '30d', '90d', 'all', 'custom']

const HOUR_MS = 3_600_000
const DAYS: Partial<Record<TimeWindow, number>> = { '7d': 7, '30d': 30, '90d': 90 }

/** The `from` of a preset at `now` (undefined for `all` and `custom`). */
export function windowStart(window: TimeWindow, timeZone: string, now: Date): Date | undefined {
  if (window === '24h') return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS - 23 * HOUR_MS)
  const days = DAYS[window]
  if (days === undefined) return undefined
  return dayStart(addDays(toDayKey(now, timeZone), -(days - 1)), timeZone)
}

/** Which preset the filters' range is: open-ended ranges starting where a preset starts, else `custom`. */
export function windowOfFilters(
  filters: Pick<EventFilters, 'from' | 'until'>,
  timeZone: string,
  now: Date,
): TimeWindow {
  if (!filters.from && !filters.until) return 'all'
  if (filters.until || !filters.from) return 'custom'
  const from = filters.from.getTime()
  for (const window of TIME_WINDOWS) {
    if (windowStart(window, timeZone, now)?.getTime() === from) return window
  }
  return 'custom'
}

/** The range of a preset: `from` at its start and no `until` (it runs to now, live). */
export function windowRange(
  window: TimeWindow,
  timeZone: string,
  now: Date,
): Pick<EventFilters, 'from' | 'until'> {
  return { from: windowStart(window, timeZone, now), until: undefined }
}
