/**
 * Calendar days in an IANA time zone, with `Intl.DateTimeFormat` only (no dependency). A "day
 * key" is `YYYY-MM-DD`. Days are not always 24 hours: across DST changes they are 23 or 25, and
 * in a few zones midnight itself does not exist on the day clocks spring forward, so a day's
 * start is found from the zone's real offsets, never by adding hours.
 *
 * Invalid time zones and invalid dates throw a `RangeError` (from `Intl`), as do malformed day keys.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number }

function wallTime(instant: number, timeZone: string): WallTime {
  const values: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(instant)) values[part.type] = part.value
  return {
    year: Number(values.year),
    month: Number(values.month),
    day: Number(values.day),
    hour: Number(values.hour) % 24, // some engines still print 24 for midnight
    minute: Number(values.minute),
    second: Number(values.second),
  }
}

/** Offset of `timeZone` from UTC at `instant`, in ms (whole seconds). */
export function offsetAt(instant: number, timeZone: string): number {
  const wall = wallTime(instant, timeZone)
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  return asUtc - Math.floor(instant / 1000) * 1000
}

function formatDayKey(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function parseDayKey(dayKey: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dayKey)
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])]
  const check = new Date(Date.UTC(year, month - 1, day))
  if (!match || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Invalid day key "${dayKey}" (expected YYYY-MM-DD)`)
  }
  return { year, month, day }
}

function exactDayKey(ms: number, timeZone: string): string {
  const wall = wallTime(ms, timeZone)
  return formatDayKey(wall.year, wall.month, wall.day)
}

// Bucketing a year of events calls this per event; Intl is slow. Within one UTC hour the day only
// changes if a day boundary falls inside it, so each hour is resolved once: when its first and
// last millisecond fall on the same day, every instant in it does too.
const HOUR_CACHE_LIMIT = 100_000
const hourDays = new Map<string, string | null>()

/** The calendar day (`YYYY-MM-DD`) of `date` in `timeZone`. */
export function toDayKey(date: Date, timeZone: string): string {
  const ms = date.getTime()
  if (!Number.isFinite(ms)) throw new RangeError('Invalid date')
  const hourStart = Math.floor(ms / 3_600_000) * 3_600_000
  const cacheKey = `${timeZone}|${hourStart}`
  let day = hourDays.get(cacheKey)
  if (day === undefined) {
    const first = exactDayKey(hourStart, timeZone)
    day = first === exactDayKey(hourStart + 3_599_999, timeZone) ? first : null
    if (hourDays.size >= HOUR_CACHE_LIMIT) hourDays.clear()
    hourDays.set(cacheKey, day)
  }
  return day ?? exactDayKey(ms, timeZone)
}

const HOUR = 3_600_000

/**
 * The first instant of `dayKey` in `timeZone`. Usually local midnight; when midnight repeats (a
 * fall-back at midnight) the first one; when midnight does not exist (a spring-forward at
 * midnight, e.g. America/Santiago) the instant the clocks jump to, which is the day's first moment.
 */
export function dayStart(dayKey: string, timeZone: string): Date {
  const { year, month, day } = parseDayKey(dayKey)
  const midnightAsUtc = Date.UTC(year, month - 1, day)
  // Every offset the zone uses within a day either side; local midnight is `midnightAsUtc - offset`
  // for one of them, checked against the offset actually in force at that instant.
  const offsets = new Set<number>()
  for (let hours = -30; hours <= 30; hours += 3) offsets.add(offsetAt(midnightAsUtc + hours * HOUR, timeZone))
  const midnights = [...offsets]
    .map((offset) => midnightAsUtc - offset)
    .filter((instant) => offsetAt(instant, timeZone) === midnightAsUtc - instant)
  if (midnights.length > 0) return new Date(Math.min(...midnights))
  // No local midnight: search for the first instant whose day is `dayKey` (or later).
  let before = midnightAsUtc - 30 * HOUR
  let after = midnightAsUtc + 30 * HOUR
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2)
    if (toDayKey(new Date(middle), timeZone) >= dayKey) after = middle
    else before = middle
  }
  return new Date(after)
}

/** The day `n` days after `dayKey` (before, when negative). Pure calendar arithmetic. */
export function addDays(dayKey: string, n: number): string {
  const { year, month, day } = parseDayKey(dayKey)
  const date = new Date(Date.UTC(year, month - 1, day + n))
  return formatDayKey(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** Day of the week of `dayKey`: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(dayKey: string): number {
  const { year, month, day } = parseDayKey(dayKey)
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** Options of {@link gridRange}. */
export type GridRangeOptions = {
  /** Number of week columns. @default 53 */
  weeks?: number
  /** First day of a week column: 0 = Sunday … 6 = Saturday. @default 0 */
  weekStart?: number
  /** IANA time zone the days are counted in. */
  timeZone: string
  /** "Now"; the grid ends on its day. @default new Date() */
  now?: Date
}

/** The days of a contribution grid. */
export type GridRange = {
  /** First day: the `weekStart` day of the first column. */
  firstDay: string
  /** Last day: today in the zone (the last column may be partial). */
  lastDay: string
  /** Every day from `firstDay` to `lastDay`, inclusive, in order. */
  days: string[]
}

/**
 * The window of a contribution grid ending today in `timeZone`: the column holding today, plus
 * `weeks - 1` full columns before it, each starting on `weekStart`.
 */
export function gridRange({
  weeks = 53,
  weekStart = 0,
  timeZone,
  now = new Date(),
}: GridRangeOptions): GridRange {
  const columns = Math.max(1, Math.floor(Number.isFinite(weeks) ? weeks : 53))
  const start = ((Math.floor(weekStart) % 7) + 7) % 7
  const lastDay = toDayKey(now, timeZone)
  const intoWeek = (dayOfWeek(lastDay) - start + 7) % 7
  const firstDay = addDays(lastDay, -intoWeek - (columns - 1) * 7)
  const days: string[] = []
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) days.push(day)
  return { firstDay, lastDay, days }
}

/** The instants of `dayKey` in `timeZone`: `from` inclusive, `until` (the next day's start) exclusive. */
export function dayRange(dayKey: string, timeZone: string): { from: Date; until: Date } {
  return { from: dayStart(dayKey, timeZone), until: dayStart(addDays(dayKey, 1), timeZone) }
}

/** The runtime's IANA time zone (the browser's; the server's during SSR, so pass `timeZone` there). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
