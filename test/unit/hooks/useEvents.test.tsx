import { act, renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isHttpError } from '../../../src/api/errors'
import { SCAN_LIMIT } from '../../../src/api/scan'
import { useEvents, type UseEventsOptions, type UseEventsResult } from '../../../src/hooks/useEvents'
import { testNow } from '../../helpers/clock'
import { server } from '../../mocks/server'
import { eventSeries, renderEventsHook, storedEvent, studioBackend } from './hookTestUtils'

// Fixed data (AE_TEST_NOW moves it). Date itself stays real here: with Date running from a
// fixed instant, 'never loses loaded events when fetchNextPage fails' sees no next-page error.
const NOW = testNow('2026-11-20T12:00:00Z')
const MINUTE = 60_000

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

function renderEvents(options: UseEventsOptions = {}) {
  return renderEventsHook(() => useEvents(options))
}

/**
 * Loads the next page and waits until the rendered result shows what it fetched. TanStack hands
 * a new state to React on a 0 ms timer (its notifyManager), which `act()` does not wait for: on a
 * busy machine the assertions after `act` used to read the render before it (a flaky
 * `isFetchNextPageError` false, or the events of the page before).
 */
async function fetchNextPage(result: { current: UseEventsResult }) {
  const settled = (await act(() => result.current.fetchNextPage())) as UseEventsResult['query']
  await waitFor(() => {
    expect(result.current.query.data).toBe(settled.data)
    expect(result.current.isFetchNextPageError).toBe(settled.isFetchNextPageError)
  })
}

describe('useEvents on the Studio baseline', () => {
  it('loads the newest page first and the next page on demand, newest first, without duplicates', async () => {
    const series = eventSeries(120, NOW)
    studioBackend({ events: series })
    const { result } = renderEvents()
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.events).toHaveLength(50)
    expect(result.current.events[0]!.id).toBe(series.at(-1)!.id)
    expect(result.current.hasNextPage).toBe(true)

    await fetchNextPage(result)
    await fetchNextPage(result)
    const ids = result.current.events.map((event) => event.id)
    expect(ids).toHaveLength(120)
    expect(new Set(ids).size).toBe(120)
    const times = result.current.events.map((event) => event.timestamp.getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(result.current.hasNextPage).toBe(false)
    expect(result.current.isCapped).toBe(false)
  })

  it('holds at most 500 events and says it is capped; a larger maxEvents is clamped with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    studioBackend({ events: eventSeries(650, NOW) })
    const { result } = renderEvents({ maxEvents: 2000, pageSize: 200 })
    await waitFor(() => expect(result.current.status).toBe('success'))
    while (result.current.hasNextPage) await fetchNextPage(result)
    expect(result.current.events).toHaveLength(500)
    expect(result.current.isCapped).toBe(true)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('maxEvents 2000 is above the cap of 500'))
  })

  it('filters the backend cannot apply are applied while scanning, and a filter that finds enough stops early', async () => {
    const { listRequests } = studioBackend({ events: eventSeries(400, NOW) })
    const { result } = renderEvents({ filters: { severities: ['failed'] }, pageSize: 20 })
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.events.length).toBeGreaterThanOrEqual(20)
    expect(result.current.events.every((event) => event.severity === 'failed')).toBe(true)
    expect(result.current.clientFiltered).toEqual(['severities'])
    expect(result.current.scanLimitReached).toBe(false)
    // One in four events is failed: about 80 read for 20 matches, far below the whole table.
    expect(result.current.scanned).toBeLessThan(400)
    expect(listRequests.length).toBeGreaterThan(0)
  })

  it('stops at the scan limit of 5,000 events read and says so', async () => {
    const events = eventSeries(6000, NOW).map((event, i) =>
      i < 3
        ? { ...event, type: 'team.created' }
        : { ...event, type: 'user.logged_in', status: 'success' as const },
    )
    studioBackend({ events })
    const { result } = renderEvents({ filters: { categories: ['team'] } })
    await waitFor(() => expect(result.current.status).toBe('success'), { timeout: 10_000 })
    expect(result.current.scanned).toBe(SCAN_LIMIT)
    expect(result.current.scanLimitReached).toBe(true)
    // The three team events are the oldest, beyond the limit: none found, and it says why.
    expect(result.current.events).toEqual([])
    expect(result.current.hasNextPage).toBe(false)
    expect(result.current.clientFiltered).toContain('categories')
  })

  it('reads a past date range ascending from its start, stops past its end, and shows it newest first', async () => {
    const from = NOW - 10 * 24 * 60 * MINUTE
    const until = from + 60 * MINUTE
    const inRange = Array.from({ length: 30 }, (_, i) => storedEvent(from + i * MINUTE))
    const newer = eventSeries(3000, NOW, 1000)
    const { listRequests } = studioBackend({ events: [...inRange, ...newer] })
    const { result } = renderEvents({ filters: { from: new Date(from), until: new Date(until) } })
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.events.map((event) => event.id)).toEqual(inRange.map((event) => event.id).reverse())
    expect(listRequests.every((params) => params.get('sort') === 'asc')).toBe(true)
    expect(listRequests[0]!.get('since')).toBe(new Date(from).toISOString())
    expect(result.current.scanned).toBeLessThan(1000)
    expect(result.current.scanLimitReached).toBe(false)
  })

  it('lists oldest first from the range start with sort: asc', async () => {
    const series = eventSeries(80, NOW)
    studioBackend({ events: series })
    const { result } = renderEvents({ filters: { sort: 'asc' }, pageSize: 30 })
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.events.map((event) => event.id)).toEqual(
      series.slice(0, 30).map((event) => event.id),
    )
  })

  it('shows a store that is not ready as notReady (not "no events") and asks again', async () => {
    vi.useFakeTimers({ now: NOW, shouldAdvanceTime: true })
    const { store } = studioBackend({ events: eventSeries(5, NOW), ready: false })
    const { result } = renderEvents()
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.notReady).toBe(true)
    expect(result.current.events).toEqual([])
    store.setReady(true)
    await act(() => vi.advanceTimersByTimeAsync(3_500))
    await waitFor(() => expect(result.current.events).toHaveLength(5))
    expect(result.current.notReady).toBe(false)
  })
})

describe('useEvents with malformed events', () => {
  it('skips them, keeps the rest, and accumulates what was skipped over pages', async () => {
    const good = (id: string, minutesAgo: number) => ({
      id,
      type: 'user.logged_in',
      timestamp: new Date(NOW - minutesAgo * MINUTE).toISOString(),
      status: 'success',
      source: 'app',
    })
    studioBackend()
    server.use(
      http.get('*/api/studio/api/events', ({ request }) => {
        const second = Number(new URL(request.url).searchParams.get('offset') ?? 0) > 0
        const events = second
          ? [good('c', 3), { type: 'user.joined', timestamp: 'later', status: 'success' }]
          : [good('a', 1), { ...good('bad', 2), timestamp: 'yesterday' }, good('b', 2)]
        return HttpResponse.json({ events, hasMore: !second, nextCursor: null, total: null })
      }),
    )
    const { result } = renderEvents({ pageSize: 2 })
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.events.map((event) => event.id)).toEqual(['a', 'b'])
    expect(result.current.skipped).toHaveLength(1)
    expect(result.current.skipped[0]).toMatchObject({ id: 'bad' })
    await fetchNextPage(result)
    expect(result.current.events.map((event) => event.id)).toEqual(['a', 'b', 'c'])
    expect(result.current.skipped).toHaveLength(2)
  })
})

describe('useEvents on the extended backend', () => {
  it('lets the server filter: nothing is filtered in the client, and what is read is what is shown', async () => {
    studioBackend({ events: eventSeries(200, NOW), extended: true })
    const { result } = renderEvents({ filters: { severities: ['failed'] } })
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.clientFiltered).toEqual([])
    expect(result.current.events).toHaveLength(50)
    expect(result.current.scanned).toBe(50)
    expect(result.current.events.every((event) => event.severity === 'failed')).toBe(true)
  })
})

describe('useEvents errors', () => {
  it('exposes a typed error', async () => {
    studioBackend()
    server.use(
      http.get('*/api/studio/api/events', () => HttpResponse.json({ error: 'boom' }, { status: 500 })),
    )
    const { result } = renderEvents()
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(isHttpError(result.current.error)).toBe(true)
    expect(result.current.error).toMatchObject({ status: 500, kind: 'server' })
  })

  it('never loses loaded events when fetchNextPage fails', async () => {
    studioBackend({ events: eventSeries(120, NOW) })
    const { result } = renderEvents()
    await waitFor(() => expect(result.current.events).toHaveLength(50))
    server.use(
      http.get('*/api/studio/api/events', ({ request }) =>
        new URL(request.url).searchParams.get('offset')
          ? HttpResponse.json({ error: 'down' }, { status: 503 })
          : undefined,
      ),
    )
    await fetchNextPage(result)
    expect(result.current.isFetchNextPageError).toBe(true)
    expect(result.current.error).toMatchObject({ status: 503 })
    expect(result.current.events).toHaveLength(50)
  })

  it('throws a clear message outside <EventsProvider>', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => renderHook(() => useEvents())).toThrow(
      'useEventsClient must be used within <EventsProvider>',
    )
  })
})
