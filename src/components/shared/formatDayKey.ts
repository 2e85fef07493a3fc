/**
 * Locale-aware names of calendar days given as `YYYY-MM-DD` keys. A day key is already "a day in
 * the configured time zone", so it is formatted as a UTC calendar date: formatting it in another
 * zone could move it across midnight.
 */

/** How much of the date to spell out. */
export type DayKeyStyle = 'full' | 'medium' | 'short' | 'month' | 'weekday-long' | 'weekday-short'

const OPTIONS = {
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  'weekday-long': { weekday: 'long' },
  'weekday-short': { weekday: 'short' },
} satisfies Record<DayKeyStyle, Intl.DateTimeFormatOptions>

const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(style: DayKeyStyle, locale: string | undefined): Intl.DateTimeFormat {
  const key = `${style}|${locale ?? ''}`
  let hit = cache.get(key)
  if (!hit) {
    try {
      hit = new Intl.DateTimeFormat(locale, { ...OPTIONS[style], timeZone: 'UTC' })
    } catch {
      hit = new Intl.DateTimeFormat(undefined, { ...OPTIONS[style], timeZone: 'UTC' })
    }
    if (cache.size > 64) cache.clear()
    cache.set(key, hit)
  }
  return hit
}

/** The UTC midnight of a `YYYY-MM-DD` key (the calendar date, not an instant in any zone). */
export function dayKeyToUtcDate(dayKey: string): Date {
  const [year = 1970, month = 1, day = 1] = dayKey.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day))
}

/**
 * A day key spelled out in `locale`.
 * @example formatDayKey('2026-03-03', 'full', 'en-GB') // 'Tuesday, 3 March 2026'
 */
export function formatDayKey(dayKey: string, style: DayKeyStyle, locale?: string): string {
  return formatter(style, locale).format(dayKeyToUtcDate(dayKey))
}

/**
 * The name of a weekday (0 = Sunday … 6 = Saturday) in `locale`.
 * @example formatWeekday(1, 'weekday-short', 'en') // 'Mon'
 */
export function formatWeekday(
  weekday: number,
  style: 'weekday-long' | 'weekday-short',
  locale?: string,
): string {
  // 2023-01-01 was a Sunday.
  return formatter(style, locale).format(new Date(Date.UTC(2023, 0, 1 + weekday)))
}
