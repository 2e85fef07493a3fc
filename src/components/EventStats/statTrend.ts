/**
 * The stat cards' trend: for the period the user chose (the filters' date range in whole days,
 * or the last `days` days when there is none), the per-day counts of each bucket for a small
 * line, and the change of the period's sum against the same number of days just before it.
 * Pure: fed with `useActivity` days, so it shares the activity request of the grid and chart.
 */
import { addDays } from '../../api/dates'
import { SEVERITIES } from '../../api/types'
import type { ActivityDay, Severity } from '../../api/types'
import { dayKeyToUtcDate } from '../shared/formatDayKey'

/** Inclusive `YYYY-MM-DD` days of the chosen period and of the one before it. */
export type TrendWindow = {
  since: string
  until: string
  previousSince: string
  previousUntil: string
  /** Days in each period. */
  days: number
}

/** One card's trend. */
export type StatTrend = {
  /** Per-day counts over the period, oldest first (the line). */
  points: number[]
  /** Sum over the period. */
  current: number
  /** Sum over the previous period; null when the activity does not reach back that far. */
  previous: number | null
  /** Days in each period (named in the "vs previous N days" text). */
  days: number
  /** The period is the default "last N days", not a range the user chose: the text says so. */
  rolling?: boolean
}

/** A bucket, or `total`. */
export type StatTrendKey = Severity | 'total'

const DAY_MS = 86_400_000

/** The previous period of `since`…`until` (inclusive days): as many days, ending the day before. */
export function trendWindow(since: string, until: string): TrendWindow {
  const days = Math.round((dayKeyToUtcDate(until).getTime() - dayKeyToUtcDate(since).getTime()) / DAY_MS) + 1
  return {
    since,
    until,
    previousSince: addDays(since, -days),
    previousUntil: addDays(since, -1),
    days,
  }
}

/**
 * Each card's trend over `window`, from the activity `days` (absent days count as zero) covering
 * `firstDay` onwards: a previous period starting before `firstDay` is unknown, not zero.
 */
export function statTrends(
  days: readonly ActivityDay[],
  window: TrendWindow,
  firstDay: string,
  rolling = false,
): Record<StatTrendKey, StatTrend> {
  const byDate = new Map(days.map((day) => [day.date, day]))
  const keys: StatTrendKey[] = [...SEVERITIES, 'total']
  const sum = (key: StatTrendKey, from: string, to: string) => {
    let total = 0
    for (let date = from; date <= to; date = addDays(date, 1)) total += byDate.get(date)?.[key] ?? 0
    return total
  }
  const known = window.previousSince >= firstDay
  const result = {} as Record<StatTrendKey, StatTrend>
  for (const key of keys) {
    const points: number[] = []
    for (let date = window.since; date <= window.until; date = addDays(date, 1)) {
      points.push(byDate.get(date)?.[key] ?? 0)
    }
    result[key] = {
      points,
      current: points.reduce((a, b) => a + b, 0),
      previous: known ? sum(key, window.previousSince, window.previousUntil) : null,
      days: window.days,
      rolling,
    }
  }
  return result
}

/** Week columns of activity (ending today) that reach back to `day`, at most 53. */
export function weeksCovering(day: string, today: string): number {
  const days = Math.round((dayKeyToUtcDate(today).getTime() - dayKeyToUtcDate(day).getTime()) / DAY_MS) + 1
  return Math.min(53, Math.max(1, Math.ceil(days / 7) + 1))
}

/**
 * The change as a fraction (0.12 = +12 %), or `new` when the previous period had none and this
 * one has some, or null when it cannot be said (unknown previous period, or both zero).
 */
export function trendChange(trend: StatTrend): number | 'new' | null {
  if (trend.previous === null) return null
  if (trend.previous === 0) return trend.current === 0 ? 0 : 'new'
  return (trend.current - trend.previous) / trend.previous
}
