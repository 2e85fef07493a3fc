/**
 * Native date inputs speak `YYYY-MM-DD`; the filters speak instants. A day is taken in the
 * component's time zone (the runtime's when none is given).
 */
import { addDays, dayStart, toDayKey } from '../../api/dates'
import { browserTimeZone } from '../../api/dates'

/** The day (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export function instantToDayInput(date: Date, timeZone: string | undefined): string {
  return toDayKey(date, timeZone ?? browserTimeZone())
}

/** The inclusive last day of a range whose exclusive end is `until`. */
export function lastDayOf(until: Date, timeZone: string | undefined): string {
  return instantToDayInput(new Date(until.getTime() - 1), timeZone)
}

/** The calendar day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  return addDays(day, 1)
}

/** The instant `day` starts in `timeZone`. */
export function dayInputToInstant(day: string, timeZone: string | undefined): Date {
  return dayStart(day, timeZone ?? browserTimeZone())
}

const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** The day an instant falls on in `timeZone`, spelled in `locale` (e.g. "2 Mar 2025"). */
export function formatDay(date: Date, locale: string | undefined, timeZone: string | undefined): string {
  const key = `${locale ?? ''}|${timeZone ?? ''}`
  let format = dayFormats.get(key)
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone })
    } catch {
      format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
    }
    if (dayFormats.size > 32) dayFormats.clear()
    dayFormats.set(key, format)
  }
  return format.format(date)
}
