/** Which days the stats chart draws, and how many grid weeks `useActivity` must fetch for them. */
import { addDays, toDayKey } from '../../api/dates'
import type { EventFilters } from '../../api/types'
import { dayKeyToUtcDate } from '../shared/formatDayKey'

/** Inclusive days drawn, and the week columns of activity that cover them. */
export type ChartWindow = { since: string; until: string; weeks: number }

const DAY_MS = 86_400_000
// The activity window ends today and reaches back at most this far.
const MAX_WEEKS = 53

function daysBetween(from: string, to: string): number {
  return Math.round((dayKeyToUtcDate(to).getTime() - dayKeyToUtcDate(from).getTime()) / DAY_MS)
}

/**
 * The filters' date range when they have one (days in `timeZone`, clamped to the last 53 weeks
 * and to today), otherwise the last `days` days.
 */
export function chartWindow(
  filters: EventFilters,
  timeZone: string,
  days: number,
  now: Date = new Date(),
): ChartWindow {
  const today = toDayKey(now, timeZone)
  const oldest = addDays(today, -(MAX_WEEKS - 1) * 7)
  const clamp = (day: string) => (day < oldest ? oldest : day > today ? today : day)
  let since: string
  let until: string
  if (filters.from || filters.until) {
    // `until` is exclusive: the last day drawn is the one holding the instant just before it.
    until = clamp(filters.until ? toDayKey(new Date(filters.until.getTime() - 1), timeZone) : today)
    since = clamp(filters.from ? toDayKey(filters.from, timeZone) : addDays(until, -(Math.max(1, days) - 1)))
    if (since > until) since = until
  } else {
    until = today
    since = clamp(addDays(today, -(Math.max(1, Math.floor(days)) - 1)))
  }
  const weeks = Math.min(MAX_WEEKS, Math.ceil((daysBetween(since, today) + 1) / 7) + 1)
  return { since, until, weeks }
}
