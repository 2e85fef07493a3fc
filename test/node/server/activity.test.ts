/** The `activity` and `counts-window` extensions: days in a time zone, counts that agree with the list. */
import { describe, expect, it } from 'vitest'
import { addDays, dayStart } from '../../../src/api/dates'
import { fromWireEvent } from '../../../src/server/convert'
import { generateEvents } from '../../../src/server/generator'
import { call, makeHandler } from './helpers'

const handler = makeHandler({ extensions: ['activity', 'counts-window', 'filters'] })
type Day = {
  date: string
  total: number
  success: number
  failed: number
  warning: number
  info: number
  categories: Record<string, unknown>
}
const days = async (query: string) => {
  const answer = await call(handler, `/api/events/activity?${query}`)
  expect(answer.status).toBe(200)
  return answer.body.days as Day[]
}

describe('activity extension', () => {
  it('counts calendar days in the requested time zone (UTC+14 moves events across midnight)', async () => {
    const result = await days('since=2026-11-18&until=2026-11-21&tz=Pacific/Kiritimati')
    expect(result.map((day) => [day.date, day.total])).toEqual([
      ['2026-11-18', 2],
      ['2026-11-19', 1],
      ['2026-11-20', 9],
      ['2026-11-21', 1],
    ])
    const busy = result[2] as Day
    expect(busy).toMatchObject({ success: 4, failed: 1, warning: 2, info: 2 })
    expect(busy.categories.user).toEqual({ total: 3, success: 1, failed: 1, warning: 1, info: 0 })
    expect(busy.categories.other).toEqual({ total: 1, success: 0, failed: 0, warning: 0, info: 1 })
    expect(result[1]?.categories).toEqual({ user: { total: 1, success: 0, failed: 1, warning: 0, info: 0 } })
  })

  it('gives the same events different days in UTC', async () => {
    const result = await days('since=2026-11-18&until=2026-11-20')
    expect(result.map((day) => [day.date, day.total])).toEqual([
      ['2026-11-18', 3],
      ['2026-11-19', 5],
      ['2026-11-20', 5],
    ])
  })

  it('includes both end days and nothing outside them', async () => {
    const result = await days('since=2026-11-19&until=2026-11-20&tz=Pacific/Kiritimati')
    expect(result.map((day) => day.date)).toEqual(['2026-11-19', '2026-11-20'])
  })

  it('applies the filters', async () => {
    const result = await days('since=2026-11-18&until=2026-11-21&tz=Pacific/Kiritimati&severity=failed')
    expect(result.map((day) => [day.date, day.failed, day.total])).toEqual([
      ['2026-11-19', 1, 1],
      ['2026-11-20', 1, 1],
    ])
    const org = await days('since=2026-11-18&until=2026-11-21&organizationId=org_acme')
    expect(org.reduce((sum, day) => sum + day.total, 0)).toBe(4)
  })

  it.each([
    ['until=2026-11-20', 'since'],
    ['since=2026-02-30&until=2026-03-02', 'since'],
    ['since=2026-11-20&until=2026-11-19', 'until'],
    ['since=2020-01-01&until=2026-01-01', 'until'],
    ['since=2026-11-18&until=2026-11-20&tz=Mars/Olympus_Mons', 'tz'],
    ['since=2026-11-18&until=2026-11-20&severity=bad', 'severity'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const answer = await call(handler, `/api/events/activity?${query}`)
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ error: 'Invalid parameter', parameter })
  })
})

describe('counts-window extension', () => {
  it('counts a window and filters', async () => {
    const window = await call(
      handler,
      '/api/events/count?since=2026-11-19T00:00:00Z&until=2026-11-20T00:00:00Z',
    )
    expect(window.body).toEqual({ total: 5, success: 2, failed: 1, warning: 2, info: 0 })
    const filtered = await call(handler, '/api/events/count?organizationId=org_acme&q=chen')
    expect(filtered.body).toEqual({ total: 2, success: 2, failed: 0, warning: 0, info: 0 })
  })

  it('agrees with the list and with the activity days on a generated year', async () => {
    const events = generateEvents({
      seed: 'window',
      now: new Date('2026-11-20T12:00:00Z'),
      days: 120,
      eventsPerDay: 60,
    })
    const big = makeHandler({
      events: events.map(fromWireEvent),
      extensions: ['activity', 'counts-window', 'filters'],
    })
    const timeZone = 'America/Sao_Paulo'
    const since = dayStart('2026-09-01', timeZone).toISOString()
    const until = dayStart(addDays('2026-10-31', 1), timeZone).toISOString()
    for (const filter of [
      '',
      '&severity=failed',
      '&types=user.logged_in,session.created',
      '&q=example.com&status=success',
    ]) {
      const window = `since=${since}&until=${until}${filter}`
      const counts = (await call(big, `/api/events/count?${window}`)).body as Record<string, number>
      const list = await call(big, `/api/events?${window}&limit=1`)
      expect(counts.total, filter).toBeGreaterThan(0)
      expect(list.body.total).toBe(counts.total)
      const activity = (
        await call(big, `/api/events/activity?since=2026-09-01&until=2026-10-31&tz=${timeZone}${filter}`)
      ).body.days as Day[]
      for (const bucket of ['total', 'success', 'failed', 'warning', 'info'] as const) {
        expect(activity.reduce((sum, day) => sum + day[bucket], 0)).toBe(counts[bucket])
      }
      const bySeverity = await Promise.all(
        (['success', 'failed', 'warning', 'info'] as const).map(async (severity) => {
          const answer = await call(big, `/api/events?${window}&severity=${severity}&limit=1`)
          return [severity, answer.body.total] as const
        }),
      )
      // Each bucket's count is exactly what its quick filter lists, unless the filter already fixes the bucket.
      if (!filter.includes('severity')) {
        for (const [severity, total] of bySeverity) expect(total).toBe(counts[severity])
      }
    }
  })
})
