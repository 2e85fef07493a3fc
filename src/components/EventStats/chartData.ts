/** The chart's data: one point per day of the range (zero-filled) and a text summary of it. */
import { addDays } from '../../api/dates'
import type { ActivityDay, BucketCounts } from '../../api/types'

/** One bar of the chart. */
export type ChartPoint = BucketCounts & { date: string }

// A year and a bit: the widest range one chart draws.
const MAX_POINTS = 7 * 53

/** Every day from `since` to `until` (inclusive), with the counts of `days` or zeros. */
export function chartPoints(days: readonly ActivityDay[], since: string, until: string): ChartPoint[] {
  const byDate = new Map(days.map((day) => [day.date, day]))
  const points: ChartPoint[] = []
  for (let date = since; date <= until && points.length < MAX_POINTS; date = addDays(date, 1)) {
    const day = byDate.get(date)
    points.push({
      date,
      total: day?.total ?? 0,
      success: day?.success ?? 0,
      failed: day?.failed ?? 0,
      warning: day?.warning ?? 0,
      info: day?.info ?? 0,
    })
  }
  return points
}

/** Total and busiest day of a set of points (no busiest day when all are zero). */
export function summarizePoints(points: readonly ChartPoint[]): { total: number; busiest?: ChartPoint } {
  let total = 0
  let busiest: ChartPoint | undefined
  for (const point of points) {
    total += point.total
    if (point.total > 0 && (!busiest || point.total > busiest.total)) busiest = point
  }
  return { total, busiest }
}
