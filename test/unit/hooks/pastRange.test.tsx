/**
 * Issue 9 point 6 (hook side) and issue 13: a past date range on the Studio baseline asks only
 * for what it needs and says which end it read; a range that ended needs no live polling.
 */
import { describe, expect, it } from 'vitest'
import type { EventFilters } from '../../../src/api/types'
import { useEvents } from '../../../src/hooks/useEvents'
import { useEventStream } from '../../../src/hooks/useEventStream'
import { eventSeries, renderEventsHook, storedEvent, studioBackend } from './hookTestUtils'
import { advance, fakeStreamClockFrom, until } from './streamTestUtils'

const NOW = Date.parse('2026-03-02T12:00:00.000Z')
const DAY = 86_400_000
fakeStreamClockFrom(NOW)

const pastRange: EventFilters = { from: new Date(NOW - 10 * DAY), until: new Date(NOW - 9 * DAY) }

describe('a past date range on the baseline', () => {
  it('learns that nothing is in range from one small page, and says it read from the oldest end', async () => {
    // 600 events, all after the range.
    const { listRequests } = studioBackend({ events: eventSeries(600, NOW - 60_000, 100) })
    const { result } = renderEventsHook(() => useEvents({ filters: pastRange }))
    await until(() => expect(result.current.status).toBe('success'))
    expect(result.current.events).toEqual([])
    expect(listRequests).toHaveLength(1)
    expect(listRequests[0]!.get('limit')).toBe('50')
    expect(listRequests[0]!.get('sort')).toBe('asc')
    expect(listRequests[0]!.get('since')).toBe(pastRange.from!.toISOString())
    expect(result.current.readFrom).toBe('oldest')
    expect(result.current.hasNextPage).toBe(false)
  })

  it('still reads a range that holds many events completely, in growing pages', async () => {
    const inRange = eventSeries(700, NOW - 9 * DAY - 60_000, 60)
    const { listRequests } = studioBackend({ events: [...inRange, ...eventSeries(50, NOW - 60_000)] })
    const { result } = renderEventsHook(() => useEvents({ filters: pastRange }))
    await until(() => expect(result.current.status).toBe('success'))
    expect(result.current.events).toHaveLength(500)
    expect(result.current.events[0]!.id).toBe(inRange.at(-1)!.id)
    expect(listRequests.map((params) => params.get('limit'))).toEqual(['50', '500', '500'])
  })

  it('a newest-first list says it read from the newest end', async () => {
    studioBackend({ events: eventSeries(5, NOW - 60_000) })
    const { result } = renderEventsHook(() => useEvents({ filters: { q: 'nobody' } }))
    await until(() => expect(result.current.status).toBe('success'))
    expect(result.current.readFrom).toBe('newest')
  })
})

describe('live updates for a range that ended (issue 13)', () => {
  it('sends no poll at all, and says why', async () => {
    const { listRequests } = studioBackend({ events: eventSeries(5, NOW - 9.5 * DAY) })
    const { result } = renderEventsHook(() => ({
      list: useEvents({ filters: pastRange }),
      stream: useEventStream({ interval: 2000, filters: pastRange }),
    }))
    await until(() => expect(result.current.list.status).toBe('success'))
    const afterLoad = listRequests.length
    await advance(30_000)
    expect(listRequests.length).toBe(afterLoad)
    expect(result.current.stream.status).toBe('idle')
    expect(result.current.stream.pastRange).toBe(true)
  })

  it('stops once a range ends while live (after the lateness window), never polling since > until', async () => {
    const { store, listRequests } = studioBackend({ events: eventSeries(5, NOW - 60_000) })
    const filters: EventFilters = { from: new Date(NOW - DAY), until: new Date(NOW + 10_000) }
    const { result } = renderEventsHook(() => ({
      list: useEvents({ filters }),
      stream: useEventStream({ interval: 2000, filters }),
    }))
    await until(() => expect(result.current.stream.lastPollAt).toBeDefined())
    await store.insert([storedEvent(NOW + 5000, { userId: 'user-9' })])
    await advance(30_000)
    expect(result.current.stream.received).toBe(1)
    expect(result.current.stream.pastRange).toBe(true)
    const stoppedAt = listRequests.length
    await advance(20_000)
    expect(listRequests.length).toBe(stoppedAt)
    for (const params of listRequests) {
      const since = params.get('since')
      if (since) expect(Date.parse(since)).toBeLessThan(filters.until!.getTime())
    }
  })
})
