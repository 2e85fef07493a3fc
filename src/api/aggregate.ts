/**
 * Counting events into the four buckets, per day and per category: the client-side fallback of
 * the `activity` and `counts-window` extensions, and the day panel's breakdown.
 */
import { toDayKey } from './dates'
import type { ActivityDay, AuthEvent, BucketCounts, Category, Severity } from './types'

/** Counts with every bucket at zero. */
export function emptyBuckets(): BucketCounts {
  return { total: 0, success: 0, failed: 0, warning: 0, info: 0 }
}

/** Adds `n` events of `severity` to `buckets` (in place) and returns it. */
export function addToBuckets(buckets: BucketCounts, severity: Severity, n = 1): BucketCounts {
  buckets.total += n
  buckets[severity] += n
  return buckets
}

/** Counts per bucket of `events` (their already classified `severity`). */
export function countBySeverity(events: Iterable<Pick<AuthEvent, 'severity'>>): BucketCounts {
  const buckets = emptyBuckets()
  for (const event of events) addToBuckets(buckets, event.severity)
  return buckets
}

/** An activity day with nothing in it. */
export function emptyActivityDay(date: string): ActivityDay {
  return { date, ...emptyBuckets(), categories: {} }
}

const BUCKET_KEYS = ['total', 'success', 'failed', 'warning', 'info'] as const

function addCounts(target: BucketCounts, counts: BucketCounts): void {
  for (const key of BUCKET_KEYS) target[key] += counts[key]
}

function sortedByDate(days: Map<string, ActivityDay>): Map<string, ActivityDay> {
  return new Map([...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/**
 * Per-day activity of `events` in `timeZone`: totals, counts per bucket and per category, keyed
 * by `YYYY-MM-DD`, in date order. Days without events are absent (the grid fills them in).
 */
export function aggregateActivity(
  events: Iterable<Pick<AuthEvent, 'timestamp' | 'severity' | 'category'>>,
  timeZone: string,
): Map<string, ActivityDay> {
  const days = new Map<string, ActivityDay>()
  for (const event of events) {
    const date = toDayKey(event.timestamp, timeZone)
    let day = days.get(date)
    if (!day) {
      day = emptyActivityDay(date)
      days.set(date, day)
    }
    addToBuckets(day, event.severity)
    addToBuckets((day.categories[event.category] ??= emptyBuckets()), event.severity)
  }
  return sortedByDate(days)
}

/**
 * Sums several activity sources (server pages, live arrivals) into one map keyed by date, in
 * date order. Days present in several sources are added together; inputs are not modified.
 * Day-level counts not covered by any category are kept in the day totals only.
 */
export function mergeActivity(...sources: Iterable<ActivityDay>[]): Map<string, ActivityDay> {
  const days = new Map<string, ActivityDay>()
  for (const source of sources) {
    for (const input of source) {
      let day = days.get(input.date)
      if (!day) {
        day = emptyActivityDay(input.date)
        days.set(input.date, day)
      }
      addCounts(day, input)
      for (const [category, counts] of Object.entries(input.categories) as [
        Category,
        BucketCounts | undefined,
      ][]) {
        if (counts) addCounts((day.categories[category] ??= emptyBuckets()), counts)
      }
    }
  }
  return sortedByDate(days)
}
