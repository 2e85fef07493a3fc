import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import type { AuthEvent, EventFilters } from '../../../src/api/types'
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

function countRequests() {
  const requests: number[] = []
  server.use(
    http.get('*/api/studio/api/events/count', () => {
      requests.push(Date.now())
      return undefined
    }),
  )
  return requests
}

function renderDashboard(filters: EventFilters = {}, listFilters: EventFilters = filters) {
  const received: AuthEvent[] = []
  const rendered = renderEventsHook(() => ({
    list: useEvents({ filters: listFilters }),
    counts: useEventCounts({ filters }),
    activity: useActivity({ timeZone: 'UTC', filters }),
    stream: useEventStream({ interval: 2000, filters, onEvents: (batch) => received.push(...batch) }),
  }))
  return { ...rendered, received }
}

type Dashboard = ReturnType<typeof renderDashboard>['result']

async function untilLoaded(result: Dashboard) {
  await until(() => {
    expect(result.current.list.status).toBe('success')
    expect(result.current.counts.status).toBe('success')
    expect(result.current.activity.status).toBe('success')
    expect(result.current.stream.lastPollAt).toBeDefined()
  })
}

describe('live updates', () => {
  it('new arrivals update the counts and today’s activity at once, and highlight for about 3 s', async () => {
    const { store } = studioBackend({ events: eventSeries(8, NOW - 60_000) })
    const counts = countRequests()
    const { result } = renderDashboard()
    await untilLoaded(result)
    const before = { counts: result.current.counts.data!, requests: counts.length }
    const today = toDayKey(new Date(NOW), 'UTC')
    const todayBefore = result.current.activity.byDate.get(today)!.total

    const arrivals = [storedEvent(NOW + 1), storedEvent(NOW + 2, { status: 'failed', userId: null })]
    await store.insert(arrivals)
    await advance(2000)
    await until(() => expect(result.current.stream.received).toBe(2))

    expect(counts.length).toBe(before.requests) // no refetch needed to show them
    expect(result.current.counts.data).toMatchObject({
      total: before.counts.total + 2,
      failed: before.counts.failed! + 1,
      scope: 'all-time',
    })
    expect(result.current.activity.byDate.get(today)!.total).toBe(todayBefore + 2)
    expect(result.current.list.events.slice(0, 2).map((event) => event.id)).toEqual(
      arrivals.map((event) => event.id).reverse(),
    )
    expect([...result.current.stream.newIds].sort()).toEqual(arrivals.map((event) => event.id).sort())
    await advance(3100)
    expect(result.current.stream.newIds.size).toBe(0)
  })

  it('refetches server counts at most every 10 s while live, and never re-scans a client-side aggregate', async () => {
    const { store, listRequests } = studioBackend({ events: eventSeries(8, NOW - 60_000) })
    const counts = countRequests()
    const { result } = renderDashboard()
    await untilLoaded(result)
    const scansBefore = listRequests.filter((params) => params.get('limit') === '500').length
    const requestsBefore = counts.length

    for (let second = 0; second < 30; second += 2) {
      await store.insert([storedEvent(NOW + second * 1000 + 500)])
      await advance(2000)
    }
    await advance(0)
    expect(result.current.stream.received).toBe(15)
    const refetches = counts.slice(requestsBefore)
    expect(refetches.length).toBeGreaterThanOrEqual(2)
    expect(refetches.length).toBeLessThanOrEqual(3)
    for (let i = 1; i < refetches.length; i += 1) {
      expect(refetches[i]! - refetches[i - 1]!).toBeGreaterThanOrEqual(10_000)
    }
    expect(listRequests.filter((params) => params.get('limit') === '500').length).toBe(scansBefore)
  })

  it('announces arrivals to an oldest-first list as newer events instead of inserting them', async () => {
    const initial = eventSeries(5, NOW - 60_000)
    const { store } = studioBackend({ events: initial })
    const { result } = renderDashboard({}, { sort: 'asc' })
    await untilLoaded(result)
    await store.insert([storedEvent(NOW + 1), storedEvent(NOW + 2), storedEvent(NOW + 3)])
    await advance(2000)
    await until(() => expect(result.current.list.newerCount).toBe(3))
    expect(result.current.list.events.map((event) => event.id)).toEqual(initial.map((event) => event.id))
  })

  it('streams only what matches a filter the baseline cannot apply, and still sees every match', async () => {
    const { store } = studioBackend({ events: eventSeries(8, NOW - 60_000) })
    const filters: EventFilters = { severities: ['failed'] }
    const { result, received } = renderDashboard(filters)
    await untilLoaded(result)
    for (let round = 0; round < 3; round += 1) {
      await store.insert(eventSeries(8, NOW + (round + 1) * 10_000, 10))
      await advance(2000)
    }
    await until(() => expect(received).toHaveLength(6))
    expect(received.every((event) => event.severity === 'failed')).toBe(true)
    expect(result.current.list.events.slice(0, 6).every((event) => event.severity === 'failed')).toBe(true)
    expect(result.current.counts.data).toMatchObject({ scope: 'sample', failed: 2 + 6, total: 8 })
  })
})
