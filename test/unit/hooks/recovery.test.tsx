/**
 * Issue 11 points 7 and 8: the hooks recover by themselves after a transient error at first load
 * (backoff 2 s → 60 s, `refetch` at once), and a 401/403 mid-session is reported as such by the
 * stream (not "retrying"), which resumes once a request succeeds again.
 */
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { useEventCounts } from '../../../src/hooks/useEventCounts'
import { useEvents } from '../../../src/hooks/useEvents'
import { useEventsStatus } from '../../../src/hooks/useEventsStatus'
import { server } from '../../mocks/server'
import { eventSeries, renderEventsHook, storedEvent, studioBackend } from './hookTestUtils'
import { advance, fakeStreamClockFrom, renderListAndStream, until, untilLive } from './streamTestUtils'

const NOW = Date.parse('2026-03-02T12:00:00.000Z')
fakeStreamClockFrom(NOW)

/** Makes `path` fail `times` times (recording when), then lets the backend answer. */
function failing(path: string, times: number, answer: () => Response) {
  const at: number[] = []
  server.use(
    http.get(`*/api/studio/api/${path}`, () => {
      at.push(Date.now())
      return at.length <= times ? answer() : undefined
    }),
  )
  return at
}

const serverError = () => HttpResponse.json({ error: 'Failed to fetch events' }, { status: 500 })

describe('after a transient error at first load', () => {
  it('useEvents asks again by itself, 2 s then doubling, and shows the events once the backend is back', async () => {
    studioBackend({ events: eventSeries(5, NOW - 60_000) })
    const at = failing('events', 4, serverError)
    const { result } = renderEventsHook(() => useEvents())
    await until(() => expect(result.current.status).toBe('error'))
    await until(() => expect(result.current.status).toBe('success'), { step: 500, max: 120 })
    expect(result.current.events).toHaveLength(5)
    const gaps = at.slice(1).map((time, i) => time - at[i]!)
    expect(gaps.slice(0, 4)).toEqual([2000, 4000, 8000, 16_000])
  })

  it('recovers from a network failure, and keeps the error state (not loading) meanwhile', async () => {
    studioBackend({ events: eventSeries(3, NOW - 60_000) })
    failing('events', 2, () => HttpResponse.error())
    const { result } = renderEventsHook(() => useEvents())
    await until(() => expect(result.current.status).toBe('error'))
    expect(result.current.error).toMatchObject({ name: 'NetworkError' })
    await advance(1000)
    expect(result.current.status).toBe('error')
    await until(() => expect(result.current.events).toHaveLength(3), { step: 500, max: 40 })
  })

  it('recovers from an invalid answer, and refetch asks at once', async () => {
    studioBackend({ events: eventSeries(3, NOW - 60_000) })
    const at = failing('events', 1, () => HttpResponse.json({ nope: true }))
    const { result } = renderEventsHook(() => useEvents())
    await until(() => expect(result.current.error).toMatchObject({ name: 'InvalidResponseError' }))
    const before = at.length
    await result.current.refetch()
    await until(() => expect(result.current.status).toBe('success'), { max: 5 })
    expect(at.length).toBe(before + 1)
  })

  it('the counts and the status recover too', async () => {
    studioBackend({ events: eventSeries(4, NOW - 60_000) })
    failing('events/status', 1, () => HttpResponse.json({ error: 'boom' }, { status: 503 }))
    failing('events/count', 2, serverError)
    const { result } = renderEventsHook(() => ({ status: useEventsStatus(), counts: useEventCounts() }))
    await until(() => expect(result.current.status.status).toBe('error'))
    await until(
      () => {
        expect(result.current.status.data?.state).toBe('enabled')
        expect(result.current.counts.data?.total).toBe(4)
      },
      { step: 500, max: 60 },
    )
  })

  it('a 401 is not asked again by itself (nothing changes until the user signs in)', async () => {
    studioBackend({ events: eventSeries(3, NOW - 60_000) })
    const at = failing('events', 100, () => HttpResponse.json({ error: 'Unauthorized' }, { status: 401 }))
    const { result } = renderEventsHook(() => useEvents())
    await until(() => expect(result.current.error).toMatchObject({ kind: 'unauthorized' }))
    const before = at.length
    await advance(120_000)
    expect(at.length).toBe(before)
  })
})

describe('the stream after a 401/403 mid-session', () => {
  it('says access was refused (not backoff), and is live again by itself once signed in', async () => {
    const { store } = studioBackend({ events: eventSeries(3, NOW - 60_000) })
    const { result, delivered } = renderListAndStream({ interval: 2000 })
    await untilLive(result)
    let signedIn = false
    server.use(
      http.get('*/api/studio/api/events', () =>
        signedIn
          ? undefined
          : HttpResponse.json({ error: 'Unauthorized', message: 'No session cookie' }, { status: 401 }),
      ),
    )
    await advance(2000)
    await until(() => expect(result.current.stream.status).toBe('error'))
    expect(result.current.stream.accessDenied).toBe(true)
    expect(result.current.stream.error).toMatchObject({ kind: 'unauthorized' })
    await advance(10_000)
    expect(result.current.stream.status).toBe('error') // never "backoff"/retrying

    signedIn = true
    const arrival = storedEvent(Date.now() - 100)
    await store.insert([arrival])
    await advance(30_000)
    await until(() => expect(result.current.stream.status).toBe('live'))
    expect(result.current.stream.accessDenied).toBe(false)
    expect(delivered().map((event) => event.id)).toEqual([arrival.id])
  })

  it('checks again at once when the window regains focus', async () => {
    studioBackend({ events: eventSeries(3, NOW - 60_000) })
    const { result } = renderListAndStream({ interval: 2000 })
    await untilLive(result)
    let allowed = false
    server.use(
      http.get('*/api/studio/api/events', () =>
        allowed
          ? undefined
          : HttpResponse.json(
              { success: false, message: 'Forbidden', reason: 'ip_not_allowed' },
              { status: 403 },
            ),
      ),
    )
    await advance(2000)
    await until(() => expect(result.current.stream.accessDenied).toBe(true))
    allowed = true
    window.dispatchEvent(new Event('focus'))
    await until(() => expect(result.current.stream.status).toBe('live'), { max: 20 })
  })
})
