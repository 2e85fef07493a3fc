/**
 * When things happen: a working-hours curve (UTC), quiet weekends, day-to-day noise, and where
 * the credential-stuffing bursts fall.
 */
import type { Random } from './random'

const DAY_MS = 86_400_000

/** Relative activity per UTC hour: quiet nights, busy office hours. */
export const HOUR_WEIGHTS: readonly number[] = [
  0.15, 0.1, 0.08, 0.07, 0.08, 0.12, 0.3, 0.6, 0.9, 1, 1, 1, 0.95, 1, 1, 1, 0.95, 0.85, 0.7, 0.55, 0.45, 0.35,
  0.25, 0.2,
]

/** Relative activity per UTC weekday (0 = Sunday). */
export const WEEKDAY_WEIGHTS: readonly number[] = [0.3, 1, 1, 1, 1, 1, 0.35]

const MEAN_WEEKDAY = WEEKDAY_WEIGHTS.reduce((sum, weight) => sum + weight, 0) / 7
const MEAN_HOUR = HOUR_WEIGHTS.reduce((sum, weight) => sum + weight, 0) / 24

/** Events to aim for on the UTC day starting at `dayStart`, averaging `eventsPerDay` over a week. */
export function dailyTarget(random: Random, dayStart: number, eventsPerDay: number): number {
  const weekday = WEEKDAY_WEIGHTS[new Date(dayStart).getUTCDay()] ?? 1
  const noise = 0.8 + random.next() * 0.4
  return Math.max(0, Math.round((eventsPerDay * weekday * noise) / MEAN_WEEKDAY))
}

/** A random instant in the day starting at `dayStart`, following the hour curve. */
export function timeInDay(random: Random, dayStart: number): number {
  const hour = random.weighted(HOUR_WEIGHTS.map((weight, index) => [index, weight] as const))
  return dayStart + hour * 3_600_000 + Math.floor(random.next() * 3_600_000)
}

/** Expected events per millisecond at `time`, for a stream averaging `eventsPerDay`. */
export function rateAt(time: number, eventsPerDay: number): number {
  const date = new Date(time)
  const weekday = (WEEKDAY_WEIGHTS[date.getUTCDay()] ?? 1) / MEAN_WEEKDAY
  const hour = (HOUR_WEIGHTS[date.getUTCHours()] ?? 1) / MEAN_HOUR
  return (eventsPerDay * weekday * hour) / DAY_MS
}

/**
 * Start times of the credential-stuffing bursts in `[start, end)`: one per ~40 days (at least
 * one when the window spans three days or more), at night or on a weekend more often than not.
 */
export function burstTimes(random: Random, start: number, end: number): number[] {
  const days = (end - start) / DAY_MS
  if (days < 3) return []
  const count = Math.max(1, Math.round(days / 40))
  const times: number[] = []
  for (let i = 0; i < count; i += 1) {
    const slotStart = start + ((end - start) * i) / count
    const slotDay = slotStart + Math.floor(random.next() * ((end - start) / count / DAY_MS)) * DAY_MS
    const dayStart = slotDay - (slotDay % DAY_MS)
    const hour = random.chance(0.7) ? random.int(0, 5) : random.int(6, 23)
    const time = dayStart + hour * 3_600_000 + random.int(0, 3_599_999)
    times.push(Math.min(Math.max(time, start), end - 3_600_000))
  }
  return times
}
