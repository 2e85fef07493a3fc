import { waitFor } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { addDays, toDayKey } from '../../../src/api/dates'
import { ACTIVITY_SCAN_LIMIT } from '../../../src/api/scan'
import { useActivity, type UseActivityOptions } from '../../../src/hooks/useActivity'
import { clockFromEachTest, testNow } from '../../helpers/clock'
import { server } from '../../mocks/server'
import { eventSeries, renderEventsHook, storedEvent, studioBackend } from './hookTestUtils'

const DAY = 86_400_000
// A fixed clock; the date matrix (vitest.dates.config.ts) moves it with AE_TEST_NOW.
clockFromEachTest(testNow('2026-11-20T12:00:00Z'))

/** 23:30 UTC three days ago: still that day in UTC and Los Angeles, already the next day in Tokyo. */
function lateEveningUtc() {
  const today = toDayKey(new Date(), 'UTC')
  const day = addDays(today, -3)
  return { day, next: addDays(day, 1), instant: Date.parse(`${day}T23:30:00.000Z`) }
}

function activityRequests() {
  const requests: URLSearchParams[] = []
  server.use(
    http.get('*/api/studio/api/events/activity', ({ request }) => {
      requests.push(new URL(request.url).searchParams)
      return undefined
    }),
  )
  return requests
}

function renderActivity(options: UseActivityOptions) {
  return renderEventsHook(() => useActivity(options))
}

describe('useActivity', () => {
  it.each([
    ['UTC', 'day'],
    ['America/Los_Angeles', 'day'],
    ['Asia/Tokyo', 'next'],
  ] as const)('buckets days in the given time zone on the baseline (%s)', async (timeZone, expected) => {
    const { day, next, instant } = lateEveningUtc()
    studioBackend({
      events: [storedEvent(instant, { status: 'failed', userId: null }), storedEvent(instant + 60_000)],
    })
    const { result } = renderActivity({ timeZone })
    await waitFor(() => expect(result.current.status).toBe('success'))
    const date = expected === 'day' ? day : next
    expect(result.current.data!.source).toBe('scan')
    expect(result.current.byDate.get(date)).toMatchObject({ date, total: 2, failed: 1 })
    expect(result.current.byDate.get(date)!.categories.user).toMatchObject({ total: 2, failed: 1 })
    expect(result.current.byDate.has(expected === 'day' ? next : day)).toBe(false)
    expect(result.current.approximate).toBe(false)
  })

  it('asks the extended backend once, with the time zone', async () => {
    const { next, instant } = lateEveningUtc()
    const { listRequests } = studioBackend({ events: [storedEvent(instant)], extended: true })
    const requests = activityRequests()
    const { result } = renderActivity({ timeZone: 'Asia/Tokyo' })
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(requests).toHaveLength(1)
    expect(requests[0]!.get('tz')).toBe('Asia/Tokyo')
    expect(listRequests).toHaveLength(0)
    expect(result.current.data!.source).toBe('server')
    expect(result.current.byDate.get(next)).toMatchObject({ total: 1 })
    expect(result.current.progress).toBe(0)
  })

  it('covers the grid: `weeks` columns starting on `weekStart`, ending today', async () => {
    studioBackend()
    const { result } = renderActivity({ weeks: 2, weekStart: 1, timeZone: 'UTC' })
    await waitFor(() => expect(result.current.status).toBe('success'))
    const { dayKeys, range } = result.current
    expect(dayKeys.at(-1)).toBe(toDayKey(new Date(), 'UTC'))
    expect(new Date(`${dayKeys[0]}T00:00:00Z`).getUTCDay()).toBe(1)
    expect(dayKeys.length).toBeGreaterThan(7)
    expect(dayKeys.length).toBeLessThanOrEqual(14)
    expect(range).toMatchObject({ since: dayKeys[0], until: dayKeys.at(-1), timeZone: 'UTC' })
  })

  it('reports progress while a client-side scan runs', async () => {
    const now = Date.now()
    studioBackend({ events: eventSeries(1500, now, 60_000) })
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.get('*/api/studio/api/events', async ({ request }) => {
        if (Number(new URL(request.url).searchParams.get('offset') ?? 0) > 0) await gate
        return undefined
      }),
    )
    const { result } = renderActivity({ timeZone: 'UTC' })
    await waitFor(() => expect(result.current.progress).toBe(500))
    expect(result.current.status).toBe('pending')
    release()
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.progress).toBe(1500)
    expect(result.current.approximate).toBe(false)
  })

  it('stops the client-side scan at 20,000 events, says it is approximate, and still has the recent days', async () => {
    const now = Date.now()
    studioBackend({ events: eventSeries(ACTIVITY_SCAN_LIMIT + 1500, now, 60_000) })
    const { result } = renderActivity({ timeZone: 'UTC', weeks: 53 })
    await waitFor(() => expect(result.current.status).toBe('success'), { timeout: 20_000 })
    expect(result.current.approximate).toBe(true)
    expect(result.current.progress).toBe(ACTIVITY_SCAN_LIMIT)
    expect(result.current.data!.coveredFrom!.getTime()).toBeGreaterThan(now - 20 * DAY)
    const today = result.current.byDate.get(toDayKey(new Date(now), 'UTC'))
    expect(today?.total).toBeGreaterThan(0)
  }, 30_000)
})
