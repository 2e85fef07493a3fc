// The activity grid on whatever day the clock says: AE_TEST_NOW in the date matrix
// (vitest.dates.config.ts: month ends, DST changes, a leap day, several TZ), else the day the
// issue reported (the 53-week grid starts on Sunday 30 Nov 2025, the year of data on 1 Dec 2025).
// A year of data, two events per local day, at its first and its last millisecond: every day of
// the data must count exactly its own two events, whatever DST, month ends and leap days do.
import { waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { emptyActivityDay } from '../../../src/api/aggregate'
import { addDays, browserTimeZone, dayOfWeek, dayStart, toDayKey } from '../../../src/api/dates'
import { buildActivityGrid } from '../../../src/components/ActivityGrid/activityGridModel'
import { useActivity } from '../../../src/hooks/useActivity'
import type { StoredEvent } from '../../../src/server/wire'
import { clockFromEachTest, testNow } from '../../helpers/clock'
import { renderEventsHook, storedEvent, studioBackend } from '../hooks/hookTestUtils'

const NOW = testNow('2026-12-01T12:00:00Z')
clockFromEachTest(NOW)
// Shorter than the grid's 365–371 days, so the grid starts on or before the data's first day.
const DATA_DAYS = 365

type YearOfData = { today: string; firstDay: string; events: StoredEvent[]; perDay: Map<string, number> }

function yearOfData(timeZone: string): YearOfData {
  const today = toDayKey(new Date(NOW), timeZone)
  const firstDay = addDays(today, -(DATA_DAYS - 1))
  const events: StoredEvent[] = []
  const perDay = new Map<string, number>()
  for (let day = firstDay; day <= today; day = addDays(day, 1)) {
    const edges = [dayStart(day, timeZone).getTime(), dayStart(addDays(day, 1), timeZone).getTime() - 1]
    for (const at of edges.filter((instant) => instant <= NOW)) {
      events.push(storedEvent(at, { status: at % 2 === 0 ? 'success' : 'failed' }))
      perDay.set(day, (perDay.get(day) ?? 0) + 1)
    }
  }
  return { today, firstDay, events, perDay }
}

const zones = [
  ['the machine’s zone', browserTimeZone()],
  ['America/New_York', 'America/New_York'],
  ['Europe/Berlin', 'Europe/Berlin'],
] as const

describe(`the activity of a year, on ${new Date(NOW).toISOString()} (TZ ${browserTimeZone()})`, () => {
  describe.each(zones)('in %s', (_, timeZone) => {
    it.each([
      ['counted by the client (Studio baseline)', false],
      ['counted by the server (activity extension)', true],
    ] as const)(
      '%s: every day of the data holds its own events, none before it',
      async (_label, extended) => {
        const data = yearOfData(timeZone)
        studioBackend({ events: data.events, extended })
        const { result } = renderEventsHook(() => useActivity({ timeZone }))
        await waitFor(() => expect(result.current.status).toBe('success'), { timeout: 20_000 })
        const { dayKeys, byDate } = result.current

        expect(dayKeys.at(-1)).toBe(data.today)
        expect(dayOfWeek(dayKeys[0]!)).toBe(0)
        expect(dayKeys.length).toBeGreaterThanOrEqual(DATA_DAYS)
        expect(dayKeys.length).toBeLessThanOrEqual(DATA_DAYS + 6)
        dayKeys.slice(1).forEach((day, i) => expect(day).toBe(addDays(dayKeys[i]!, 1)))
        expect(dayKeys[0]! <= data.firstDay).toBe(true)

        const counted = new Map(
          dayKeys.filter((day) => byDate.has(day)).map((day) => [day, byDate.get(day)!.total]),
        )
        expect(counted).toEqual(data.perDay)
        expect(result.current.approximate).toBe(false)
      },
    )
  })

  it.each([0, 1])('draws 53 week columns starting on weekday %i, the data coloured', (weekStart) => {
    const timeZone = browserTimeZone()
    const data = yearOfData(timeZone)
    const days = [...data.perDay].map(([date, total]) => ({
      ...emptyActivityDay(date),
      total,
      success: total,
    }))
    const columnOf = (day: string) => (dayOfWeek(day) - weekStart + 7) % 7
    const since = addDays(data.today, -columnOf(data.today) - 52 * 7)
    const grid = buildActivityGrid({ since, until: data.today, days, weekStart })

    expect(grid.columns).toBe(53)
    expect(grid.offset).toBe(0)
    expect(grid.cells.at(-1)!.date).toBe(data.today)
    const before = grid.cells.filter((cell) => cell.date < data.firstDay)
    const within = grid.cells.filter((cell) => cell.date >= data.firstDay)
    expect(before.length).toBeLessThanOrEqual(6)
    expect(before.every((cell) => cell.level === 0)).toBe(true)
    expect(within.every((cell) => cell.level > 0)).toBe(true)
    expect(grid.activeDays).toBe(data.perDay.size)
  })
})
