import { act, waitFor } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { countBySeverity } from '../../../src/api/aggregate'
import { SCAN_LIMIT } from '../../../src/api/scan'
import type { EventFilters } from '../../../src/api/types'
import { useEventCounts } from '../../../src/hooks/useEventCounts'
import { useEvents } from '../../../src/hooks/useEvents'
import { clockFromEachTest, testNow } from '../../helpers/clock'
import { server } from '../../mocks/server'
import { eventSeries, renderEventsHook, studioBackend } from './hookTestUtils'

// A fixed clock; the date matrix (vitest.dates.config.ts) moves it with AE_TEST_NOW.
const NOW = testNow('2026-11-20T12:00:00Z')
clockFromEachTest(NOW)
const HOUR = 3_600_000

function countRequests() {
  const requests: URLSearchParams[] = []
  server.use(
    http.get('*/api/studio/api/events/count', ({ request }) => {
      requests.push(new URL(request.url).searchParams)
      return undefined
    }),
  )
  return requests
}

function renderCountsAndList(filters: EventFilters) {
  return renderEventsHook(() => ({ counts: useEventCounts({ filters }), list: useEvents({ filters }) }))
}

describe('useEventCounts scope labels', () => {
  it('labels the baseline’s unfiltered counts all-time and takes them from the server', async () => {
    studioBackend({ events: eventSeries(40, NOW) })
    const requests = countRequests()
    const { result } = renderEventsHook(() => useEventCounts())
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.data).toMatchObject({ scope: 'all-time', total: 40, failed: 10 })
    expect(requests).toHaveLength(1)
  })

  it('counts a sample in the client for a filter the baseline cannot count, and agrees with the list', async () => {
    const events = eventSeries(200, NOW, 60_000)
    studioBackend({ events })
    const requests = countRequests()
    const filters = { from: new Date(NOW - 2 * HOUR) }
    const { result } = renderCountsAndList(filters)
    await waitFor(() => expect(result.current.counts.status).toBe('success'))
    await waitFor(() => expect(result.current.list.status).toBe('success'))
    while (result.current.list.hasNextPage) await act(() => result.current.list.fetchNextPage())

    const counts = result.current.counts.data!
    expect(counts.scope).toBe('sample')
    expect(requests).toHaveLength(0)
    expect(counts.sampleSize).toBe(result.current.list.events.length)
    expect(counts.scanLimitReached).toBe(false)
    const fromList = countBySeverity(result.current.list.events)
    expect(counts).toMatchObject(fromList)
  })

  it('says when a sample stopped at the scan limit', async () => {
    studioBackend({ events: eventSeries(5200, NOW, 100) })
    const { result } = renderEventsHook(() =>
      useEventCounts({ filters: { severities: ['warning', 'failed'] } }),
    )
    await waitFor(() => expect(result.current.status).toBe('success'), { timeout: 10_000 })
    expect(result.current.data).toMatchObject({
      scope: 'sample',
      scanned: SCAN_LIMIT,
      scanLimitReached: true,
    })
    expect(result.current.data!.sampleSize).toBeLessThan(SCAN_LIMIT)
  })

  it('labels counts window on the extended backend and sends the filter to it', async () => {
    studioBackend({ events: eventSeries(100, NOW, 60_000), extended: true })
    const requests = countRequests()
    const filters: EventFilters = { from: new Date(NOW - HOUR), severities: ['failed'] }
    const { result } = renderCountsAndList(filters)
    await waitFor(() => expect(result.current.counts.status).toBe('success'))
    await waitFor(() => expect(result.current.list.status).toBe('success'))
    expect(result.current.counts.data!.scope).toBe('window')
    expect(requests[0]!.get('since')).toBe(filters.from!.toISOString())
    expect(result.current.counts.data!.total).toBe(result.current.list.events.length)
  })

  it('exposes a typed error', async () => {
    studioBackend()
    server.use(http.get('*/api/studio/api/events/count', () => new Response('nope', { status: 401 })))
    const { result } = renderEventsHook(() => useEventCounts())
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.error).toMatchObject({ name: 'HttpError', kind: 'unauthorized' })
  })
})

describe('useEventCounts while filters change', () => {
  it('keeps the previous counts on screen (as placeholder) until the new ones arrive', async () => {
    studioBackend({ events: eventSeries(40, NOW), extended: true })
    let filters: EventFilters = {}
    const { result, rerender } = renderEventsHook(() => useEventCounts({ filters }))
    await waitFor(() => expect(result.current.status).toBe('success'))
    const before = result.current.data
    filters = { severities: ['failed'] }
    rerender()
    expect(result.current.data).toBe(before)
    expect(result.current.isPlaceholderData).toBe(true)
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false))
    expect(result.current.data?.scope).toBe('window')
  })
})
