/**
 * Issue 12 point 4 (hook side): while live, server-computed activity is corrected for the days
 * that changed, never by re-downloading the whole year every 10 s; the counts still refresh.
 */
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { toDayKey } from '../../../src/api/dates'
import { useActivity } from '../../../src/hooks/useActivity'
import { useEventCounts } from '../../../src/hooks/useEventCounts'
import { useEvents } from '../../../src/hooks/useEvents'
import { useEventStream } from '../../../src/hooks/useEventStream'
import { server } from '../../mocks/server'
import { eventSeries, renderEventsHook, storedEvent, studioBackend } from './hookTestUtils'
import { advance, fakeStreamClockFrom, until } from './streamTestUtils'

const NOW = Date.parse('2026-03-02T12:00:00.000Z')
fakeStreamClockFrom(NOW)

describe('aggregates while live, on a backend that computes activity', () => {
  it('refetches only the changed day of the activity, and the counts, at most every 10 s', async () => {
    const { store } = studioBackend({ events: eventSeries(50, NOW - 60_000, 3_600_000), extended: true })
    const activityRequests: URLSearchParams[] = []
    server.use(
      http.get('*/api/studio/api/events/activity', ({ request }) => {
        activityRequests.push(new URL(request.url).searchParams)
        return undefined
      }),
    )
    const { result } = renderEventsHook(() => ({
      list: useEvents(),
      counts: useEventCounts(),
      activity: useActivity({ timeZone: 'UTC' }),
      stream: useEventStream({ interval: 2000 }),
    }))
    await until(() => {
      expect(result.current.activity.status).toBe('success')
      expect(result.current.counts.status).toBe('success')
      expect(result.current.stream.lastPollAt).toBeDefined()
    })
    const yearRequest = activityRequests.at(-1)!
    expect(yearRequest.get('since')).not.toBe(yearRequest.get('until'))
    const before = activityRequests.length
    const today = toDayKey(new Date(NOW), 'UTC')
    const todayBefore = result.current.activity.byDate.get(today)?.total ?? 0

    for (let second = 0; second < 30; second += 2) {
      await store.insert([storedEvent(Date.now() - 50)])
      await advance(2000)
    }
    await advance(2000)
    expect(result.current.stream.received).toBe(15)
    const live = activityRequests.slice(before)
    expect(live.length).toBeGreaterThanOrEqual(2)
    expect(live.length).toBeLessThanOrEqual(3)
    for (const params of live) {
      expect(params.get('since')).toBe(today)
      expect(params.get('until')).toBe(today)
    }
    expect(result.current.activity.byDate.get(today)!.total).toBe(todayBefore + 15)
    expect(result.current.counts.data!.total).toBe(50 + 15)
  })

  it('counts stay exact when an event commits while a counts refresh reads (sequence backends)', async () => {
    // The event is in the refreshed counts AND the next poll brings it: counting it again would
    // leave the cards one above the table until the refresh after.
    const { store } = studioBackend({ events: eventSeries(20, NOW - 60_000), extended: true })
    let countRequests = 0
    let inserted = 0
    server.use(
      http.get('*/api/studio/api/events/count', async () => {
        countRequests += 1
        if (countRequests > 1) {
          await store.insert([storedEvent(Date.now() - 10)])
          inserted += 1
        }
        return undefined
      }),
    )
    const { result } = renderEventsHook(() => ({
      list: useEvents(),
      counts: useEventCounts(),
      stream: useEventStream({ interval: 2000 }),
    }))
    await until(() => {
      expect(result.current.counts.status).toBe('success')
      expect(result.current.stream.lastPollAt).toBeDefined()
    })
    for (let round = 0; round < 3; round++) {
      await store.insert([storedEvent(Date.now() - 10)])
      inserted += 1
      // A poll brings the event, the 10 s refresh reads the counts, the next polls bring what
      // committed during that read.
      await advance(12_000)
      await until(() => expect(result.current.counts.isFetching).toBe(false))
      await advance(4_000)
      expect(countRequests).toBeGreaterThan(round + 1)
      expect(result.current.counts.data!.total).toBe(20 + inserted)
    }
  })
})
