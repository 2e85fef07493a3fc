import { describe, expect, it } from 'vitest'
import type { ActivityDay } from '../../../src/api/types'
import {
  statTrends,
  trendChange,
  trendWindow,
  weeksCovering,
} from '../../../src/components/EventStats/statTrend'

function day(date: string, success: number, failed: number): ActivityDay {
  return { date, total: success + failed, success, failed, warning: 0, info: 0, categories: {} }
}

describe('stat card trends', () => {
  it('compares the period with as many days just before it', () => {
    expect(trendWindow('2026-03-08', '2026-03-14')).toEqual({
      since: '2026-03-08',
      until: '2026-03-14',
      previousSince: '2026-03-01',
      previousUntil: '2026-03-07',
      days: 7,
    })
  })

  it('sums each bucket per period and keeps the per-day line', () => {
    const days = [
      day('2026-03-02', 2, 1),
      day('2026-03-05', 2, 1),
      day('2026-03-09', 5, 0),
      day('2026-03-14', 1, 3),
    ]
    const trends = statTrends(days, trendWindow('2026-03-08', '2026-03-14'), '2026-01-01')
    expect(trends.total).toMatchObject({ current: 9, previous: 6, days: 7 })
    expect(trends.total.points).toEqual([0, 5, 0, 0, 0, 0, 4])
    expect(trendChange(trends.total)).toBeCloseTo(0.5)
    expect(trends.failed).toMatchObject({ current: 3, previous: 2 })
    expect(trendChange(trends.success)).toBeCloseTo(6 / 4 - 1)
  })

  it('does not invent a previous period the activity does not reach', () => {
    const trends = statTrends(
      [day('2026-03-09', 1, 0)],
      trendWindow('2026-03-08', '2026-03-14'),
      '2026-03-05',
    )
    expect(trends.total.previous).toBeNull()
    expect(trendChange(trends.total)).toBeNull()
  })

  it('says "new" when the previous period had none, and no change for zero against zero', () => {
    const trends = statTrends(
      [day('2026-03-09', 1, 0)],
      trendWindow('2026-03-08', '2026-03-14'),
      '2026-01-01',
    )
    expect(trendChange(trends.success)).toBe('new')
    expect(trendChange(trends.failed)).toBe(0)
  })

  it('asks for enough weeks to reach the previous period', () => {
    expect(weeksCovering('2026-02-08', '2026-03-09')).toBe(6)
    expect(weeksCovering('2024-01-01', '2026-03-09')).toBe(53)
  })
})
