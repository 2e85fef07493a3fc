/**
 * Date and number formatting shared by every component. Pure (no React), cached formatters.
 * An invalid `timeZone` or `locale` falls back to the runtime default instead of throwing, so a
 * typo in a prop cannot blank the page.
 */

/** Options of {@link formatTimestamp}. */
export type FormatTimestampOptions = {
  /** BCP 47 locale. @default the runtime's locale */
  locale?: string
  /** IANA time zone, e.g. `Europe/Paris`. @default the runtime's time zone */
  timeZone?: string
  /** Show milliseconds. @default false */
  withMs?: boolean
  /** Include the date part. @default true */
  withDate?: boolean
  /** Append the short time-zone name (e.g. `CET`). @default false */
  withZone?: boolean
}

const cache = new Map<string, Intl.DateTimeFormat>()
const CACHE_LIMIT = 64

function dateFormatter(options: FormatTimestampOptions): Intl.DateTimeFormat {
  const { locale, timeZone, withMs = false, withDate = true, withZone = false } = options
  const key = `${locale ?? ''}|${timeZone ?? ''}|${withMs}|${withDate}|${withZone}`
  const hit = cache.get(key)
  if (hit) return hit
  const parts: Intl.DateTimeFormatOptions = {
    ...(withDate ? { year: 'numeric', month: '2-digit', day: '2-digit' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    ...(withMs ? { fractionalSecondDigits: 3 } : {}),
    ...(withZone ? { timeZoneName: 'short' } : {}),
  }
  let formatter: Intl.DateTimeFormat
  try {
    formatter = new Intl.DateTimeFormat(locale, { ...parts, timeZone })
  } catch {
    try {
      formatter = new Intl.DateTimeFormat(locale, parts)
    } catch {
      formatter = new Intl.DateTimeFormat(undefined, parts)
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(key, formatter)
  return formatter
}

/**
 * A date and time in `locale` and `timeZone`, 24-hour clock, optionally with milliseconds.
 * Returns `''` for an invalid date.
 * @example formatTimestamp(new Date('2025-03-02T14:05:07.123Z'), { locale: 'en-GB', timeZone: 'UTC', withMs: true })
 * // '02/03/2025, 14:05:07.123'
 */
export function formatTimestamp(date: Date, options: FormatTimestampOptions = {}): string {
  if (Number.isNaN(date.getTime())) return ''
  return dateFormatter(options).format(date)
}

/**
 * The instant in UTC, ISO-like and locale-independent, with milliseconds.
 * @example formatUtc(new Date('2025-03-02T14:05:07.123Z')) // '2025-03-02 14:05:07.123 UTC'
 */
export function formatUtc(date: Date): string {
  if (Number.isNaN(date.getTime())) return ''
  return `${date.toISOString().replace('T', ' ').replace('Z', '')} UTC`
}

const numberCache = new Map<string, Intl.NumberFormat>()

/**
 * A count with the locale's grouping, e.g. `12,345` (en) or `12 345` (fr).
 * @example formatCount(12345, 'en-US') // '12,345'
 */
export function formatCount(value: number, locale?: string): string {
  const key = locale ?? ''
  let formatter = numberCache.get(key)
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale)
    } catch {
      formatter = new Intl.NumberFormat()
    }
    if (numberCache.size >= CACHE_LIMIT) numberCache.clear()
    numberCache.set(key, formatter)
  }
  return formatter.format(value)
}
