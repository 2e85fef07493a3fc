/**
 * Issue 9 points 3 and 4 (hook side): a Studio restart while the page is open (lists answer
 * `ready: false`, counts zeros, the status still enabled) is reported as not ready by every hook
 * instead of "live" over zeros, and recovers by itself; an empty, unfiltered backend is a first run.
 */
import { describe, expect, it } from 'vitest'
import { createStudioQuirks } from '../../../src/server/quirks/studioQuirks'
import { useEventCounts } from '../../../src/hooks/useEventCounts'
import { useEvents } from '../../../src/hooks/useEvents'
import { useEventsStatus } from '../../../src/hooks/useEventsStatus'
import { useEventStream } from '../../../src/hooks/useEventStream'
import type { EventFilters } from '../../../src/api/types'
import { eventSeries, renderEventsHook, storedEvent, studioBackend } from './hookTestUtils'
import { advance, fakeStreamClockFrom, until } from './streamTestUtils'

const NOW = Date.parse('2026-03-02T12:00:00.000Z')
fakeStreamClockFrom(NOW)

function renderDashboard(filters: EventFilters = {}) {
  return renderEventsHook(() => ({
    status: useEventsStatus(),
    list: useEvents({ filters }),
    counts: useEventCounts({ filters }),
    stream: useEventStream({ interval: 2000, filters }),
  }))
}

describe('a backend restart while the page is open', () => {
  it('is reported as not ready by the status, the counts and the stream, then recovers by itself', async () => {
    const studio = createStudioQuirks({ readyOn: 'write' })
    const { store } = studioBackend({ events: eventSeries(20, NOW - 60_000), studio })
    const { result } = renderDashboard()
    await until(() => {
      expect(result.current.list.status).toBe('success')
      expect(result.current.counts.data?.total).toBe(20)
      expect(result.current.stream.status).toBe('live')
    })
    expect(result.current.status.data?.state).toBe('enabled')

    studio.restart()
    await advance(2000) // the next poll answers ready: false
    await until(() => {
      expect(result.current.stream.status).toBe('not-ready')
      expect(result.current.status.data?.state).toBe('not-ready')
    })
    expect(result.current.status.data?.notReadyReason).toBe('list')
    // Counts asked now answer zeros over 20 held events: a reset, not "no events".
    await result.current.counts.refetch()
    await until(() => expect(result.current.counts.notReady).toBe(true))
    expect(result.current.list.events).toHaveLength(20)

    // A sign-in starts Studio's ingestion again.
    const arrival = storedEvent(Date.now() - 100)
    await store.insert([arrival])
    await until(
      () => {
        expect(result.current.status.data?.state).toBe('enabled')
        expect(result.current.stream.status).toBe('live')
        expect(result.current.counts.notReady).toBe(false)
        expect(result.current.counts.data?.total).toBe(21)
      },
      { step: 500, max: 60 },
    )
    expect(result.current.list.events[0]!.id).toBe(arrival.id)
    expect(result.current.stream.received).toBe(1)
  })

  it('counts that drop to zero while events are held ask for the status again', async () => {
    const studio = createStudioQuirks({ readyOn: 'write' })
    studioBackend({ events: eventSeries(5, NOW - 60_000), studio })
    const { result } = renderEventsHook(() => ({
      status: useEventsStatus(),
      list: useEvents(),
      counts: useEventCounts(),
    }))
    await until(() => expect(result.current.counts.data?.total).toBe(5))
    studio.restart()
    await result.current.counts.refetch()
    await until(() => {
      expect(result.current.counts.notReady).toBe(true)
      expect(result.current.status.data?.state).toBe('not-ready')
    })
  })

  it('zero counts over an empty backend are not a reset', async () => {
    studioBackend({ events: [] })
    const { result } = renderEventsHook(() => ({
      list: useEvents(),
      counts: useEventCounts(),
      status: useEventsStatus(),
    }))
    await until(() => {
      expect(result.current.counts.data?.total).toBe(0)
      expect(result.current.list.status).toBe('success')
    })
    expect(result.current.counts.notReady).toBe(false)
    expect(result.current.status.data?.state).toBe('enabled')
  })
})

describe('an empty backend (issue 9 point 4)', () => {
  it('says first run when the unfiltered list is empty, also over Studio’s missing-table answer', async () => {
    const studio = createStudioQuirks()
    studio.setTableMissing(true)
    studioBackend({ events: eventSeries(5, NOW - 60_000), studio })
    const { result } = renderEventsHook(() => useEvents())
    await until(() => expect(result.current.status).toBe('success'))
    expect(result.current.events).toEqual([])
    expect(result.current.firstRun).toBe(true)
  })

  it('is not a first run when filters are set or events exist', async () => {
    studioBackend({ events: eventSeries(5, NOW - 60_000) })
    const { result } = renderEventsHook(() => ({
      all: useEvents(),
      none: useEvents({ filters: { types: ['user.deleted'] } }),
    }))
    await until(() => {
      expect(result.current.all.status).toBe('success')
      expect(result.current.none.status).toBe('success')
    })
    expect(result.current.none.events).toEqual([])
    expect(result.current.none.firstRun).toBe(false)
    expect(result.current.all.firstRun).toBe(false)
  })
})
