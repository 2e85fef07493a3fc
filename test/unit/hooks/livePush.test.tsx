/**
 * Issue 12 point 5, the client: `useEventStream` pushed by the reference server (Server-Sent
 * Events through msw, the real handler behind it) when the status advertises `push`, with the
 * polling guarantees: each event once, nothing missed across a reconnect mid-burst, at most 500
 * held, paused while hidden, access denied on 401, and polling again when push keeps failing or
 * a proxy holds the stream back.
 */
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { AuthEvent } from '../../../src/api/types'
import { useEvents } from '../../../src/hooks/useEvents'
import { useEventStream, type UseEventStreamOptions } from '../../../src/hooks/useEventStream'
import { PUSH_MAX_FAILURES } from '../../../src/hooks/streamController'
import { studioCapabilities } from '../../../src/msw'
import { createEventsHandler, type PushOptions } from '../../../src/server/handler'
import { createMemoryStore } from '../../../src/server/memoryStore'
import { server } from '../../mocks/server'
import { eventSeries, renderEventsHook, storedEvent } from './hookTestUtils'
import { advance, fakeStreamClockFrom, until } from './streamTestUtils'

const NOW = Date.parse('2026-03-02T12:00:00.000Z')
const environment = fakeStreamClockFrom(NOW)

type StreamRoute = 'serve' | 'fail' | 'hold' | 'deny'

/** The reference server with push through msw; `stream` replaces the stream route's answer. */
function pushBackend({ events = eventSeries(10, NOW - 60_000), push = {} as PushOptions } = {}) {
  const store = createMemoryStore({ events })
  const handler = createEventsHandler({
    store,
    authorize: () => true,
    extensions: [...studioCapabilities, 'push'],
    push: { heartbeatMs: 15_000, pollMs: 1_000, ...push },
  })
  const requests = { list: 0, stream: 0, open: 0 }
  let route: StreamRoute = 'serve'
  server.use(
    http.all('*/api/studio/*', async ({ request }) => {
      const path = new URL(request.url).pathname
      if (path.endsWith('/api/events')) requests.list += 1
      if (path.endsWith('/api/events/stream')) {
        requests.stream += 1
        if (route === 'fail') return HttpResponse.json({ error: 'Bad gateway' }, { status: 502 })
        if (route === 'deny')
          return HttpResponse.json({ error: 'Unauthorized', message: 'No session' }, { status: 401 })
        if (route === 'hold') {
          // A buffering proxy: the answer starts, no byte of it ever arrives.
          return new Response(new ReadableStream(), { headers: { 'content-type': 'text/event-stream' } })
        }
      }
      const response = await handler(request)
      if (path.endsWith('/api/events/stream') && response.ok) requests.open += 1
      return response
    }),
  )
  return { store, requests, setStream: (next: StreamRoute) => (route = next) }
}

function renderStream(options: Omit<UseEventStreamOptions, 'onEvents'> = {}) {
  const received: AuthEvent[] = []
  const batches: number[] = []
  const rendered = renderEventsHook(() => ({
    list: useEvents(),
    stream: useEventStream({
      interval: 2000,
      ...options,
      onEvents: (batch) => {
        batches.push(batch.length)
        received.push(...batch)
      },
    }),
  }))
  return { ...rendered, received, batches }
}

type Rendered = ReturnType<typeof renderStream>

async function untilPushed({ result }: Rendered) {
  await until(() => {
    expect(result.current.list.status).toBe('success')
    expect(result.current.stream.status).toBe('live')
    expect(result.current.stream.transport).toBe('push')
  })
}

function expectExactlyOnce(received: AuthEvent[], expected: { id: string }[]) {
  const ids = received.map((event) => event.id)
  expect(ids.length).toBe(new Set(ids).size)
  expect([...ids].sort()).toEqual(expected.map((event) => event.id).sort())
}

describe('useEventStream over push', () => {
  it('receives new events over one connection, without polling, each once, at the top of the list', async () => {
    const backend = pushBackend()
    const rendered = renderStream()
    await untilPushed(rendered)
    const listsBefore = backend.requests.list
    const arrivals = [1, 2, 3].map((i) => storedEvent(NOW + i * 100))
    await backend.store.insert(arrivals)
    await until(() => expect(rendered.received).toHaveLength(3))
    await advance(20_000)
    expectExactlyOnce(rendered.received, arrivals)
    const { result } = rendered
    expect(result.current.stream.received).toBe(3)
    expect(result.current.list.events.slice(0, 3).map((event) => event.id)).toEqual(
      [...arrivals].reverse().map((event) => event.id),
    )
    // Twenty idle seconds at a 2 s interval, and no list request: the server pushed.
    expect(backend.requests.list).toBe(listsBefore)
    expect(backend.requests.open).toBe(1)
  })

  it('delivers an event after a quiet spell at once, and a run of them in few batches', async () => {
    const backend = pushBackend()
    const rendered = renderStream()
    await untilPushed(rendered)
    await advance(5_000)
    const first = storedEvent(NOW + 10)
    await backend.store.insert([first])
    // At once: no fake time passes before it is delivered.
    await until(() => expect(rendered.received).toHaveLength(1), { step: 0, max: 50 })
    await advance(5_000)
    // Twenty writes 20 ms apart: the page is not re-rendered twenty times.
    const run = Array.from({ length: 20 }, (_, i) => storedEvent(NOW + 100 + i))
    for (const event of run) {
      await backend.store.insert([event])
      await advance(20)
    }
    await until(() => expect(rendered.received).toHaveLength(21))
    expectExactlyOnce(rendered.received, [first, ...run])
    expect(rendered.batches.length).toBeLessThanOrEqual(4)
  })

  it('polls and never opens a stream with transport "poll"', async () => {
    const backend = pushBackend()
    const rendered = renderStream({ transport: 'poll' })
    await until(() => expect(rendered.result.current.stream.lastPollAt).toBeDefined())
    const arrival = storedEvent(NOW + 100)
    await backend.store.insert([arrival])
    await until(() => expect(rendered.received).toHaveLength(1), { step: 500 })
    expect(rendered.result.current.stream.transport).toBe('poll')
    expect(backend.requests.stream).toBe(0)
  })

  it('falls back to polling when the push connection fails repeatedly, and still delivers once', async () => {
    const backend = pushBackend()
    backend.setStream('fail')
    const rendered = renderStream()
    await until(() => expect(backend.requests.stream).toBe(PUSH_MAX_FAILURES), { step: 500 })
    await advance(10_000)
    expect(backend.requests.stream).toBe(PUSH_MAX_FAILURES)
    const { result } = rendered
    expect(result.current.stream.transport).toBe('poll')
    // Push failing is not a connection problem: the poll works, so the stream is live.
    expect(result.current.stream.status).toBe('live')
    const arrival = storedEvent(NOW + 100)
    await backend.store.insert([arrival])
    await until(() => expect(rendered.received).toHaveLength(1), { step: 500 })
    expectExactlyOnce(rendered.received, [arrival])
  })

  it('falls back to polling behind a proxy that buffers the stream', async () => {
    const backend = pushBackend()
    backend.setStream('hold')
    const rendered = renderStream()
    // Each attempt waits for the first frame (15 s), then gives up.
    await until(() => expect(backend.requests.stream).toBe(PUSH_MAX_FAILURES), { step: 1000, max: 200 })
    await advance(60_000)
    expect(backend.requests.stream).toBe(PUSH_MAX_FAILURES)
    expect(rendered.result.current.stream.transport).toBe('poll')
    expect(rendered.result.current.stream.status).toBe('live')
    const arrival = storedEvent(NOW + 100)
    await backend.store.insert([arrival])
    await until(() => expect(rendered.received).toHaveLength(1), { step: 500 })
  })

  it('says access denied on a 401 from the stream', async () => {
    const backend = pushBackend()
    backend.setStream('deny')
    const rendered = renderStream()
    await until(() => expect(rendered.result.current.stream.accessDenied).toBe(true), { step: 100 })
    expect(rendered.result.current.stream.status).toBe('error')
    backend.setStream('serve')
    rendered.result.current.stream.retry()
    await untilPushed(rendered)
    expect(rendered.result.current.stream.accessDenied).toBe(false)
  })

  it('is in error with transport "push" on a backend that does not push', async () => {
    server.use(
      ...[
        http.all('*/api/studio/*', ({ request }) =>
          createEventsHandler({
            store: createMemoryStore(),
            authorize: () => true,
            extensions: studioCapabilities,
          })(request),
        ),
      ],
    )
    const rendered = renderStream({ transport: 'push' })
    await until(() => expect(rendered.result.current.stream.status).toBe('error'))
    expect(rendered.result.current.stream.error?.name).toBe('UnsupportedError')
  })

  it('closes the connection while hidden, and delivers what arrived meanwhile once when back', async () => {
    const backend = pushBackend()
    const rendered = renderStream()
    await untilPushed(rendered)
    environment.hide()
    await until(() => expect(rendered.result.current.stream.status).toBe('paused'))
    const whileHidden = [storedEvent(NOW + 100), storedEvent(NOW + 200)]
    await backend.store.insert(whileHidden)
    await advance(10_000)
    expect(rendered.received).toEqual([])
    environment.show()
    await until(() => expect(rendered.received).toHaveLength(2))
    await untilPushed(rendered)
    const after = storedEvent(NOW + 300)
    await backend.store.insert([after])
    await until(() => expect(rendered.received).toHaveLength(3))
    expectExactlyOnce(rendered.received, [...whileHidden, after])
  })

  it('delivers a 1,000-event burst exactly once across reconnects mid-burst, holding at most 500', async () => {
    const backend = pushBackend({ push: { pageSize: 50 } })
    const rendered = renderStream()
    await untilPushed(rendered)
    const burst = Array.from({ length: 1000 }, (_, i) => storedEvent(NOW + 1000 + i))
    for (let start = 0; start < burst.length; start += 100) {
      await backend.store.insert(burst.slice(start, start + 100))
      await advance(5)
      // Every other batch the connection drops mid-burst (a tab hidden for a moment).
      if (start % 200 === 100) {
        environment.hide()
        await advance(5)
        environment.show()
      }
    }
    await until(() => expect(rendered.received).toHaveLength(1000), { step: 100, max: 400 })
    await advance(10_000)
    expectExactlyOnce(rendered.received, burst)
    expect(backend.requests.open).toBeGreaterThan(3)
    expect(rendered.result.current.list.events.length).toBeLessThanOrEqual(500)
    expect(rendered.result.current.list.events[0]?.id).toBe(burst.at(-1)!.id)
  })
})
