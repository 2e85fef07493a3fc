import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { eventKeys } from '../../../src/hooks/keys'
import type { EventListData } from '../../../src/hooks/eventList'
import { server } from '../../mocks/server'
import { cappedBackend, eventSeries, storedEvent, studioBackend } from './hookTestUtils'
import { advance, fakeStreamClockFrom, renderListAndStream, until, untilLive } from './streamTestUtils'

const NOW = Date.parse('2026-03-02T12:00:00.000Z')
const environment = fakeStreamClockFrom(NOW)

/** `n` new events after NOW, several sharing each millisecond, the first ones at exactly `tieAt`. */
function burst(n: number, tieAt: number) {
  return Array.from({ length: n }, (_, i) => storedEvent(tieAt + Math.floor(i / 4)))
}

describe('useEventStream: nothing is missed', () => {
  it('delivers every event of a 1,000-event burst between two polls, including those sharing the newest millisecond', async () => {
    const initial = eventSeries(10, NOW - 1000)
    const { store } = studioBackend({ events: initial })
    const { result, delivered } = renderListAndStream({ interval: 2000 })
    await untilLive(result)
    expect(delivered()).toEqual([])

    // Three of the new events share the timestamp of the newest event already held.
    const newestHeld = Date.parse(String(initial.at(-1)!.timestamp))
    const events = burst(1000, newestHeld)
    await store.insert(events)
    await advance(2000)
    await until(() => expect(result.current.stream.received).toBe(1000))

    const ids = delivered().map((event) => event.id)
    expect(new Set(ids).size).toBe(1000)
    expect(new Set(ids)).toEqual(new Set(events.map((event) => event.id)))
    expect(result.current.list.events).toHaveLength(500)
    expect(result.current.list.events[0]!.timestamp.getTime()).toBe(newestHeld + 249)
  })

  it('delivers every event from a backend that silently caps its pages at 100', async () => {
    const { store, listRequests } = cappedBackend(100, eventSeries(5, NOW - 1000))
    const { result, delivered } = renderListAndStream({ interval: 2000 })
    await untilLive(result)
    const events = burst(1000, NOW)
    await store.insert(events)
    const before = listRequests.length
    await advance(2000)
    await until(() => expect(result.current.stream.received).toBe(1000))
    expect(new Set(delivered().map((event) => event.id))).toEqual(new Set(events.map((event) => event.id)))
    // Pages of 100 however much was asked: at least ten requests for the burst.
    expect(listRequests.length - before).toBeGreaterThanOrEqual(10)
    expect(listRequests.at(-1)!.get('sort')).toBe('asc')
  })

  it('after 20,000 streamed events every one was delivered and the cache holds at most 500', async () => {
    const { store } = studioBackend({ events: eventSeries(3, NOW - 1000) })
    const { result, delivered, queryClient, client } = renderListAndStream({ interval: 2000 })
    await untilLive(result)
    for (let round = 0; round < 4; round += 1) {
      // Stamped up to now (a burst stamped in the future would be re-read until the clock passes it).
      await store.insert(burst(5000, Date.now() - 1500))
      await advance(2000)
      await until(() => expect(result.current.stream.received).toBe((round + 1) * 5000), { max: 400 })
    }
    expect(new Set(delivered().map((event) => event.id)).size).toBe(20_000)
    const cached = queryClient.getQueriesData<EventListData>({ queryKey: eventKeys.lists(client.scope) })
    for (const [, data] of cached) {
      expect(data!.pages.reduce((sum, page) => sum + page.events.length, 0)).toBeLessThanOrEqual(500)
    }
    expect(result.current.list.events).toHaveLength(500)
    expect(result.current.list.isCapped).toBe(true)
    expect(result.current.stream.newIds.size).toBeLessThanOrEqual(500)
    // Each burst is re-read within the lateness window: a lot of work for a busy 2-core machine.
    // 20,000 events through the stream on one thread: 57–66 s at load average 20–28 on 2 cores.
  }, 240_000)
})

describe('useEventStream: when to poll', () => {
  it('stops polling while the tab is hidden and catches up when it is shown again', async () => {
    const { store, listRequests } = studioBackend({ events: eventSeries(3, NOW - 1000) })
    const { result, delivered } = renderListAndStream({ interval: 2000 })
    await untilLive(result)
    await advance(0)
    environment.hide()
    await advance(0)
    expect(result.current.stream.status).toBe('paused')
    const requests = listRequests.length
    await store.insert(burst(7, NOW))
    await advance(60_000)
    expect(listRequests.length).toBe(requests)

    environment.show()
    await until(() => expect(delivered()).toHaveLength(7), { max: 5 })
    expect(result.current.stream.status).toBe('live')
  })

  it('pauses while offline and catches up when back online', async () => {
    const { store, listRequests } = studioBackend({ events: eventSeries(3, NOW - 1000) })
    const { result, delivered } = renderListAndStream({ interval: 2000 })
    await untilLive(result)
    environment.goOffline()
    await advance(0)
    expect(result.current.stream.status).toBe('paused')
    const requests = listRequests.length
    await store.insert(burst(4, NOW))
    await advance(30_000)
    expect(listRequests.length).toBe(requests)
    environment.goOnline()
    await until(() => expect(delivered()).toHaveLength(4), { max: 5 })
    expect(result.current.stream.status).toBe('live')
  })

  it('waits as long as a 429 Retry-After asks before polling again', async () => {
    const { store, listRequests } = studioBackend({ events: eventSeries(3, NOW - 1000) })
    const { result, delivered } = renderListAndStream({ interval: 2000 })
    await untilLive(result)
    server.use(
      http.get(
        '*/api/studio/api/events',
        () =>
          HttpResponse.json(
            { error: 'Too many requests' },
            { status: 429, headers: { 'Retry-After': '30' } },
          ),
        { once: true },
      ),
    )
    await advance(2000)
    expect(result.current.stream.status).toBe('backoff')
    expect(result.current.stream.retryInMs).toBe(30_000)
    expect(result.current.stream.error).toMatchObject({ name: 'RateLimitError', retryAfterMs: 30_000 })
    await store.insert(burst(2, NOW))
    const requests = listRequests.length
    await advance(29_000)
    expect(listRequests.length).toBe(requests)
    await advance(1_000)
    await until(() => expect(delivered()).toHaveLength(2), { max: 5 })
    expect(result.current.stream.status).toBe('live')
    expect(result.current.stream.error).toBeNull()
  })

  it('backs off exponentially from 2 s to at most 60 s on errors', async () => {
    studioBackend({ events: eventSeries(3, NOW - 1000) })
    const { result } = renderListAndStream({ interval: 1000 })
    await untilLive(result)
    server.use(
      http.get('*/api/studio/api/events', () => HttpResponse.json({ error: 'down' }, { status: 500 })),
    )
    const delays: number[] = []
    await advance(1000)
    for (let attempt = 0; attempt < 7; attempt += 1) {
      expect(result.current.stream.status).toBe('backoff')
      delays.push(result.current.stream.retryInMs!)
      await advance(result.current.stream.retryInMs!)
    }
    expect(delays).toEqual([2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000])
  })

  it('never has two polls in flight, even when answers are slower than the interval', async () => {
    let inFlight = 0
    let most = 0
    studioBackend({ events: eventSeries(3, NOW - 1000) })
    const { result } = renderListAndStream({ interval: 500 })
    await untilLive(result)
    server.use(
      http.get('*/api/studio/api/events', async () => {
        inFlight += 1
        most = Math.max(most, inFlight)
        await new Promise((resolve) => setTimeout(resolve, 3000))
        inFlight -= 1
        return undefined
      }),
    )
    await advance(20_000)
    expect(most).toBe(1)
  })
})

describe('useEventStream: cleanup', () => {
  it('leaves no request, timer or listener behind on unmount', async () => {
    const added: string[] = []
    const removed: string[] = []
    for (const target of [document, window]) {
      const add = target.addEventListener.bind(target)
      const remove = target.removeEventListener.bind(target)
      vi.spyOn(target, 'addEventListener').mockImplementation((type, ...rest) => {
        added.push(type)
        return add(type, ...rest)
      })
      vi.spyOn(target, 'removeEventListener').mockImplementation((type, ...rest) => {
        removed.push(type)
        return remove(type, ...rest)
      })
    }
    const { listRequests } = studioBackend({ events: eventSeries(3, NOW - 1000) })
    const { result, unmount } = renderListAndStream({ interval: 2000 })
    await untilLive(result)

    let aborted = false
    server.use(
      http.get('*/api/studio/api/events', ({ request }) => {
        return new Promise<Response>((resolve) => {
          request.signal.addEventListener('abort', () => {
            aborted = true
            resolve(HttpResponse.json({}))
          })
        })
      }),
    )
    await advance(2000) // a poll is now hanging
    unmount()
    await advance(0)
    expect(aborted).toBe(true)
    expect(vi.getTimerCount()).toBe(0)
    for (const type of ['visibilitychange', 'online', 'offline']) {
      expect(added.filter((t) => t === type).length).toBe(removed.filter((t) => t === type).length)
    }
    const requests = listRequests.length
    environment.hide()
    environment.show()
    environment.goOnline()
    await advance(60_000)
    expect(listRequests.length).toBe(requests)
  })
})
