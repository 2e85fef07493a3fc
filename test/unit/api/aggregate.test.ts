import { describe, expect, it } from 'vitest'
import {
  addToBuckets,
  aggregateActivity,
  countBySeverity,
  emptyActivityDay,
  emptyBuckets,
  mergeActivity,
} from '../../../src/api/aggregate'
import type { ActivityDay, AuthEvent, Category, Severity } from '../../../src/api/types'

type Sample = Pick<AuthEvent, 'timestamp' | 'severity' | 'category'>

function sample(iso: string, severity: Severity, category: Category): Sample {
  return { timestamp: new Date(iso), severity, category }
}

describe('buckets', () => {
  it('starts empty and adds in place', () => {
    const buckets = emptyBuckets()
    expect(buckets).toEqual({ total: 0, success: 0, failed: 0, warning: 0, info: 0 })
    expect(addToBuckets(buckets, 'failed')).toBe(buckets)
    addToBuckets(buckets, 'info', 3)
    expect(buckets).toEqual({ total: 4, success: 0, failed: 1, warning: 0, info: 3 })
  })

  it('gives a new object each time', () => {
    expect(emptyBuckets()).not.toBe(emptyBuckets())
  })

  it('counts events by severity', () => {
    const events = [
      sample('2026-11-20T10:00:00Z', 'success', 'user'),
      sample('2026-11-20T10:00:00Z', 'success', 'user'),
      sample('2026-11-20T10:00:00Z', 'failed', 'session'),
      sample('2026-11-20T10:00:00Z', 'warning', 'password'),
    ]
    expect(countBySeverity(events)).toEqual({ total: 4, success: 2, failed: 1, warning: 1, info: 0 })
    expect(countBySeverity([])).toEqual(emptyBuckets())
  })
})

describe('aggregateActivity', () => {
  const events = [
    sample('2026-11-20T23:30:00Z', 'success', 'user'),
    sample('2026-11-20T10:00:00Z', 'failed', 'session'),
    sample('2026-11-20T11:00:00Z', 'success', 'session'),
    sample('2026-11-19T09:00:00Z', 'info', 'other'),
  ]

  it('counts per day, per bucket and per category, in date order', () => {
    const days = aggregateActivity(events, 'UTC')
    expect([...days.keys()]).toEqual(['2026-11-19', '2026-11-20'])
    expect(days.get('2026-11-20')).toEqual({
      date: '2026-11-20',
      total: 3,
      success: 2,
      failed: 1,
      warning: 0,
      info: 0,
      categories: {
        user: { total: 1, success: 1, failed: 0, warning: 0, info: 0 },
        session: { total: 2, success: 1, failed: 1, warning: 0, info: 0 },
      },
    })
    expect(days.get('2026-11-19')?.categories).toEqual({
      other: { total: 1, success: 0, failed: 0, warning: 0, info: 1 },
    })
  })

  it('puts events on the day of the time zone', () => {
    const edges = [
      sample('2026-11-20T05:00:00Z', 'success', 'user'), // LA: Nov 19, 21:00 / Kiritimati: Nov 20, 19:00
      sample('2026-11-20T10:00:00Z', 'failed', 'session'), // LA: Nov 20, 02:00 / Kiritimati: Nov 21, 00:00
    ]
    const kiritimati = aggregateActivity(edges, 'Pacific/Kiritimati')
    expect([...kiritimati.keys()]).toEqual(['2026-11-20', '2026-11-21'])
    expect(kiritimati.get('2026-11-21')?.categories).toEqual({
      session: { total: 1, success: 0, failed: 1, warning: 0, info: 0 },
    })
    const losAngeles = aggregateActivity(edges, 'America/Los_Angeles')
    expect([...losAngeles.keys()]).toEqual(['2026-11-19', '2026-11-20'])
    expect(losAngeles.get('2026-11-19')?.categories.user?.success).toBe(1)
    const utc = aggregateActivity(edges, 'UTC')
    expect([...utc.keys()]).toEqual(['2026-11-20'])
    expect(utc.get('2026-11-20')?.total).toBe(2)
  })

  it('accepts any iterable and returns an empty map for no events', () => {
    function* generate() {
      yield sample('2026-01-01T00:00:00Z', 'warning', 'security')
    }
    expect(aggregateActivity(generate(), 'UTC').get('2026-01-01')?.warning).toBe(1)
    expect(aggregateActivity([], 'UTC').size).toBe(0)
  })
})

describe('mergeActivity', () => {
  it('sums days present in several sources without modifying them', () => {
    const server: ActivityDay[] = [
      {
        date: '2026-11-20',
        total: 5,
        success: 3,
        failed: 2,
        warning: 0,
        info: 0,
        categories: { session: { total: 5, success: 3, failed: 2, warning: 0, info: 0 } },
      },
    ]
    const live = aggregateActivity(
      [sample('2026-11-20T12:00:00Z', 'failed', 'session'), sample('2026-11-21T12:00:00Z', 'info', 'team')],
      'UTC',
    )
    const merged = mergeActivity(server, live.values())
    expect([...merged.keys()]).toEqual(['2026-11-20', '2026-11-21'])
    expect(merged.get('2026-11-20')).toMatchObject({ total: 6, success: 3, failed: 3 })
    expect(merged.get('2026-11-20')?.categories.session).toEqual({
      total: 6,
      success: 3,
      failed: 3,
      warning: 0,
      info: 0,
    })
    expect(merged.get('2026-11-21')?.categories.team?.info).toBe(1)
    expect(server[0]?.total).toBe(5)
    expect(server[0]?.categories.session?.total).toBe(5)
  })

  it('keeps day totals that no category covers', () => {
    const merged = mergeActivity([{ ...emptyActivityDay('2026-01-01'), total: 2, info: 2 }])
    expect(merged.get('2026-01-01')).toEqual({ ...emptyActivityDay('2026-01-01'), total: 2, info: 2 })
  })
})
