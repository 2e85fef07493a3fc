import { describe, expect, it } from 'vitest'
import { activityLevel, activityThresholds } from '../../../src/components/ActivityGrid/activityLevels'
import { buildActivityGrid } from '../../../src/components/ActivityGrid/activityGridModel'
import { gridMove } from '../../../src/components/ActivityGrid/gridKeyboard'
import { chartWindow } from '../../../src/components/EventStats/chartWindow'

const day = (date: string, total: number) => ({
  date,
  total,
  success: total,
  failed: 0,
  warning: 0,
  info: 0,
  categories: {},
})

describe('activity levels', () => {
  it('splits active days by quartiles and keeps idle days at 0', () => {
    const thresholds = activityThresholds([0, 0, 1, 2, 3, 4, 5, 6, 7, 100])
    expect(thresholds).toEqual([2, 4, 6])
    expect([0, 1, 2, 3, 4, 6, 7, 100].map((total) => activityLevel(total, thresholds))).toEqual([
      0, 1, 1, 2, 2, 3, 4, 4,
    ])
  })

  it('gives every day the same level when every active day has the same total', () => {
    const thresholds = activityThresholds([5, 5, 5, 0])
    expect(activityLevel(5, thresholds)).toBe(1)
    expect(activityLevel(0, thresholds)).toBe(0)
  })
})

describe('buildActivityGrid', () => {
  it('places days in weekday rows from weekStart, with month labels where a month begins', () => {
    // 2026-01-28 is a Wednesday; weeks start on Monday.
    const model = buildActivityGrid({
      since: '2026-01-28',
      until: '2026-02-10',
      days: [day('2026-02-02', 3)],
      weekStart: 1,
    })
    expect(model.offset).toBe(2)
    expect(model.weekdays).toEqual([1, 2, 3, 4, 5, 6, 0])
    expect(model.columns).toBe(3)
    expect(model.cells.find((cell) => cell.date === '2026-02-02')).toMatchObject({
      row: 0,
      column: 1,
      level: 1,
    })
    expect(model.rows[0]!.map((cell) => cell.date)).toEqual(['2026-02-02', '2026-02-09'])
    expect(model.months).toEqual([{ column: 0, date: '2026-02-01' }])
    expect(model.total).toBe(3)
    expect(model.activeDays).toBe(1)
  })

  it('leaves the days outside the counted window out of the totals and the levels', () => {
    const model = buildActivityGrid({
      since: '2026-02-01',
      until: '2026-02-07',
      days: [day('2026-02-01', 100), day('2026-02-03', 2), day('2026-02-05', 4), day('2026-02-07', 50)],
      weekStart: 0,
      counted: { since: '2026-02-02', until: '2026-02-06' },
    })
    expect(model.total).toBe(6)
    expect(model.activeDays).toBe(2)
    const cell = (date: string) => model.cells.find((c) => c.date === date)!
    expect(cell('2026-02-01').outside).toBe(true)
    expect(cell('2026-02-07').outside).toBe(true)
    expect(cell('2026-02-03').outside).toBe(false)
    // The levels rank the counted days only (2 and 4): the busy days outside would push 4 down to 2.
    expect(cell('2026-02-03').level).toBe(1)
    expect(cell('2026-02-05').level).toBe(3)
  })
})

describe('gridMove', () => {
  // 17 days from a Wednesday, weeks from Sunday: rows start at offset 3.
  const dates = Array.from({ length: 17 }, (_, i) => `2026-01-${String(7 + i).padStart(2, '0')}`)
  const shape = { count: 17, offset: 3, dateAt: (index: number) => dates[index] }

  it('moves by day, by week, and stops at the edges', () => {
    expect(gridMove('ArrowDown', 0, shape)).toBe(1)
    expect(gridMove('ArrowUp', 0, shape)).toBe(0)
    expect(gridMove('ArrowRight', 2, shape)).toBe(9)
    expect(gridMove('ArrowLeft', 2, shape)).toBe(2)
    expect(gridMove('ArrowRight', 12, shape)).toBe(12)
    expect(gridMove('ArrowLeft', 9, shape, { rtl: true })).toBe(16)
  })

  it('goes to the ends of the row with Home and End, and of the grid with Ctrl', () => {
    // Index 5 is a Monday (row 1); the first Monday is index 5 - 7 < 0, so 5 itself; the last is 12.
    expect(gridMove('Home', 12, shape)).toBe(5)
    expect(gridMove('End', 5, shape)).toBe(12)
    expect(gridMove('Home', 16, shape, { ctrlKey: true })).toBe(0)
    expect(gridMove('End', 0, shape, { metaKey: true })).toBe(16)
  })

  it('moves by calendar month with PageUp and PageDown, clamped to the grid', () => {
    expect(gridMove('PageDown', 0, shape)).toBe(16)
    expect(gridMove('PageUp', 16, shape)).toBe(0)
    expect(gridMove('Tab', 3, shape)).toBeUndefined()
  })
})

describe('chartWindow', () => {
  const now = new Date('2026-03-10T12:00:00Z')

  it('draws the last N days without a date range', () => {
    expect(chartWindow({}, 'UTC', 30, now)).toEqual({ since: '2026-02-09', until: '2026-03-10', weeks: 6 })
  })

  it('draws the filters’ range in the time zone, with an exclusive end', () => {
    const filters = { from: new Date('2026-03-02T23:00:00Z'), until: new Date('2026-03-04T23:00:00Z') }
    expect(chartWindow(filters, 'Europe/Paris', 30, now)).toMatchObject({
      since: '2026-03-03',
      until: '2026-03-04',
    })
  })

  it('clamps a range to the last 53 weeks and to today', () => {
    const filters = { from: new Date('2020-01-01T00:00:00Z'), until: new Date('2030-01-01T00:00:00Z') }
    expect(chartWindow(filters, 'UTC', 30, now)).toEqual({
      since: '2025-03-11',
      until: '2026-03-10',
      weeks: 53,
    })
  })
})
