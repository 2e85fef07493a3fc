import { afterEach, describe, expect, it, vi } from 'vitest'
import { addDays, dayOfWeek, dayRange, dayStart, gridRange, toDayKey } from '../../../src/api/dates'

const HOUR = 3_600_000

function hoursIn(dayKey: string, timeZone: string): number {
  const { from, until } = dayRange(dayKey, timeZone)
  return (until.getTime() - from.getTime()) / HOUR
}

describe('toDayKey', () => {
  it('gives the calendar day in the zone, at the midnight edges', () => {
    expect(toDayKey(new Date('2024-01-01T07:59:59.999Z'), 'America/Los_Angeles')).toBe('2023-12-31')
    expect(toDayKey(new Date('2024-01-01T08:00:00.000Z'), 'America/Los_Angeles')).toBe('2024-01-01')
    expect(toDayKey(new Date('2024-01-01T09:59:59.999Z'), 'Pacific/Kiritimati')).toBe('2024-01-01')
    expect(toDayKey(new Date('2024-01-01T10:00:00.000Z'), 'Pacific/Kiritimati')).toBe('2024-01-02')
    expect(toDayKey(new Date('2024-01-01T00:00:00.000Z'), 'UTC')).toBe('2024-01-01')
    expect(toDayKey(new Date('2023-12-31T23:59:59.999Z'), 'UTC')).toBe('2023-12-31')
  })

  it('throws a RangeError for an unknown time zone', () => {
    expect(() => toDayKey(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError)
  })
})

describe('dayStart and dayRange', () => {
  it('finds local midnight on ordinary days', () => {
    expect(dayStart('2026-11-20', 'UTC').toISOString()).toBe('2026-11-20T00:00:00.000Z')
    expect(dayStart('2026-11-20', 'America/Los_Angeles').toISOString()).toBe('2026-11-20T08:00:00.000Z')
    expect(dayStart('2026-11-20', 'Pacific/Kiritimati').toISOString()).toBe('2026-11-19T10:00:00.000Z')
    expect(dayStart('2026-07-01', 'Asia/Kolkata').toISOString()).toBe('2026-06-30T18:30:00.000Z')
    expect(hoursIn('2026-11-20', 'Europe/Lisbon')).toBe(24)
  })

  it('handles America/New_York DST: 23 and 25 hour days', () => {
    expect(dayStart('2024-03-10', 'America/New_York').toISOString()).toBe('2024-03-10T05:00:00.000Z')
    expect(hoursIn('2024-03-10', 'America/New_York')).toBe(23)
    expect(dayStart('2024-11-03', 'America/New_York').toISOString()).toBe('2024-11-03T04:00:00.000Z')
    expect(hoursIn('2024-11-03', 'America/New_York')).toBe(25)
    expect(toDayKey(new Date('2024-03-10T04:59:59.999Z'), 'America/New_York')).toBe('2024-03-09')
  })

  it('handles Europe/London DST', () => {
    expect(dayStart('2024-03-31', 'Europe/London').toISOString()).toBe('2024-03-31T00:00:00.000Z')
    expect(hoursIn('2024-03-31', 'Europe/London')).toBe(23)
    expect(dayStart('2024-10-27', 'Europe/London').toISOString()).toBe('2024-10-26T23:00:00.000Z')
    expect(hoursIn('2024-10-27', 'Europe/London')).toBe(25)
  })

  it("handles Lord Howe's half-hour DST", () => {
    expect(dayStart('2024-10-06', 'Australia/Lord_Howe').toISOString()).toBe('2024-10-05T13:30:00.000Z')
    expect(hoursIn('2024-10-06', 'Australia/Lord_Howe')).toBe(23.5)
    expect(dayStart('2024-04-07', 'Australia/Lord_Howe').toISOString()).toBe('2024-04-06T13:00:00.000Z')
    expect(hoursIn('2024-04-07', 'Australia/Lord_Howe')).toBe(24.5)
  })

  it('starts a day whose midnight does not exist when the clocks jump (America/Santiago)', () => {
    // 2024-09-08 00:00 -04 became 01:00 -03: the day starts at 04:00Z.
    const start = dayStart('2024-09-08', 'America/Santiago')
    expect(start.toISOString()).toBe('2024-09-08T04:00:00.000Z')
    expect(toDayKey(start, 'America/Santiago')).toBe('2024-09-08')
    expect(toDayKey(new Date(start.getTime() - 1), 'America/Santiago')).toBe('2024-09-07')
    expect(hoursIn('2024-09-08', 'America/Santiago')).toBe(23)
    // 2024-04-07 00:00 -03 became 2024-04-06 23:00 -04: April 6 has 25 hours.
    expect(hoursIn('2024-04-06', 'America/Santiago')).toBe(25)
    expect(dayStart('2024-04-07', 'America/Santiago').toISOString()).toBe('2024-04-07T04:00:00.000Z')
  })

  it('gives an empty range for a day a zone skipped (Samoa, 2011-12-30)', () => {
    const { from, until } = dayRange('2011-12-30', 'Pacific/Apia')
    expect(from.getTime()).toBe(until.getTime())
    expect(toDayKey(from, 'Pacific/Apia')).toBe('2011-12-31')
  })

  it('has the day key for every instant in its range and not outside', () => {
    for (const [day, zone] of [
      ['2024-03-10', 'America/New_York'],
      ['2024-10-27', 'Europe/London'],
      ['2024-10-06', 'Australia/Lord_Howe'],
      ['2024-01-02', 'Pacific/Kiritimati'],
    ] as const) {
      const { from, until } = dayRange(day, zone)
      expect(toDayKey(from, zone)).toBe(day)
      expect(toDayKey(new Date(until.getTime() - 1), zone)).toBe(day)
      expect(toDayKey(new Date(from.getTime() - 1), zone)).toBe(addDays(day, -1))
      expect(toDayKey(until, zone)).toBe(addDays(day, 1))
    }
  })

  it('refuses malformed day keys', () => {
    expect(() => dayStart('2024-02-30', 'UTC')).toThrow(RangeError)
    expect(() => dayStart('20240101', 'UTC')).toThrow(RangeError)
  })
})

describe('addDays and dayOfWeek', () => {
  it('does calendar arithmetic across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01')
    expect(addDays('2026-11-20', -364)).toBe('2025-11-21')
    expect(addDays('2026-11-20', 0)).toBe('2026-11-20')
  })

  it('gives the weekday with 0 = Sunday', () => {
    expect(dayOfWeek('2026-11-20')).toBe(5)
    expect(dayOfWeek('2026-11-15')).toBe(0)
    expect(dayOfWeek('2024-02-29')).toBe(4)
    expect(() => dayOfWeek('yesterday')).toThrow(RangeError)
  })
})

describe('gridRange', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('ends today and starts on the week start 52 weeks before the current column', () => {
    const range = gridRange({ timeZone: 'UTC', now: new Date('2026-11-20T12:00:00Z') })
    expect(range.lastDay).toBe('2026-11-20')
    expect(range.firstDay).toBe('2025-11-16')
    expect(dayOfWeek(range.firstDay)).toBe(0)
    expect(range.days).toHaveLength(52 * 7 + 6)
    expect(range.days[0]).toBe('2025-11-16')
    expect(range.days.at(-1)).toBe('2026-11-20')
    expect(new Set(range.days).size).toBe(range.days.length)
  })

  it('aligns columns to a Monday week start', () => {
    const range = gridRange({ timeZone: 'UTC', weekStart: 1, now: new Date('2026-11-20T12:00:00Z') })
    expect(range.firstDay).toBe('2025-11-17')
    expect(dayOfWeek(range.firstDay)).toBe(1)
    expect(range.days).toHaveLength(52 * 7 + 5)
  })

  it('counts today in the zone', () => {
    const now = new Date('2026-11-21T07:30:00Z')
    expect(gridRange({ timeZone: 'America/Los_Angeles', now }).lastDay).toBe('2026-11-20')
    expect(gridRange({ timeZone: 'Pacific/Kiritimati', now }).lastDay).toBe('2026-11-21')
    expect(gridRange({ timeZone: 'UTC', now }).lastDay).toBe('2026-11-21')
  })

  it('honours the number of weeks, with at least one', () => {
    const now = new Date('2026-11-15T12:00:00Z')
    expect(gridRange({ timeZone: 'UTC', weeks: 1, now }).days).toEqual(['2026-11-15'])
    expect(gridRange({ timeZone: 'UTC', weeks: 0, now }).days).toEqual(['2026-11-15'])
    expect(gridRange({ timeZone: 'UTC', weeks: 2, now }).firstDay).toBe('2026-11-08')
  })

  it('defaults to now', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-03-04T23:30:00Z'))
    expect(gridRange({ timeZone: 'UTC' }).lastDay).toBe('2026-03-04')
    expect(gridRange({ timeZone: 'Europe/Berlin' }).lastDay).toBe('2026-03-05')
  })
})
