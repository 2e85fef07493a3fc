/**
 * Measured by `bench/live-idle.bench.mjs` (not part of the test suite): what an idle live
 * stream costs per minute. The stream runs against the reference handler (memory store, a fixed
 * generated history) through a counting fetch, with fake timers, for one simulated minute at
 * the backend's default poll interval. Results go to the JSON file named by LIVE_BENCH_OUT.
 */
import { writeFileSync } from 'node:fs'
import { QueryClient } from '@tanstack/react-query'
import { afterAll, test, vi } from 'vitest'
import { createEventsClient } from '../src/api/client'
import { fromWireEvent } from '../src/server/convert'
import { generateEvents } from '../src/server/generator'
import { createEventsHandler } from '../src/server/handler'
import { createMemoryStore } from '../src/server/memoryStore'
import { STUDIO_EXTENSIONS } from '../src/server/extensions'
import { startEventStream } from '../src/hooks/streamController'
import { eventListOptions } from '../src/hooks/queryOptions'

const NOW = Date.parse('2026-11-20T12:00:00.000Z')
const MINUTE = 60_000
const HISTORY = generateEvents({ seed: 42, now: new Date(NOW - 30_000), days: 30, eventsPerDay: 120 })

type Row = { scenario: string; backend: string; requests: number; bytes: number; listRequests: number }
const rows: Row[] = []

// The stream listens to visibility and connectivity; Node has neither.
Object.assign(globalThis, {
  document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
  window: new EventTarget(),
})

async function measure(scenario: string, backend: 'studio' | 'sequence', loadList: boolean) {
  vi.useFakeTimers({
    now: NOW,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  })
  const store = createMemoryStore({ events: HISTORY.map(fromWireEvent) })
  const extensions = backend === 'sequence' ? [...STUDIO_EXTENSIONS, 'sequence'] : []
  const handler = createEventsHandler({
    store,
    studioQuirks: backend === 'studio',
    extensions: extensions as never,
    authorize: () => true,
  })
  let counting = false
  let requests = 0
  let bytes = 0
  let listRequests = 0
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await handler(new Request(input, init))
    const body = await response.arrayBuffer()
    if (counting) {
      requests += 1
      bytes += body.byteLength
      if (new URL(String(input)).pathname.endsWith('/api/events')) listRequests += 1
    }
    return new Response(body, { status: response.status, headers: response.headers })
  }
  const client = createEventsClient({ baseUrl: 'http://localhost', fetch: fetch as typeof globalThis.fetch })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } })
  await client.getStatus()
  if (loadList) await queryClient.fetchInfiniteQuery(eventListOptions(client, {}))
  counting = true
  const stop = startEventStream({ client, queryClient, filters: {}, onEvents: () => {}, onState: () => {} })
  await vi.advanceTimersByTimeAsync(MINUTE)
  stop()
  vi.useRealTimers()
  rows.push({ scenario, backend, requests, bytes, listRequests })
}

test('idle minute, Studio baseline, list loaded first', () => measure('list loaded', 'studio', true), 120_000)
test(
  'idle minute, Studio baseline, stream alone (probe)',
  () => measure('stream alone', 'studio', false),
  120_000,
)
test('idle minute, reference server with sequence', () => measure('list loaded', 'sequence', true), 120_000)

afterAll(() => {
  if (process.env.LIVE_BENCH_OUT) writeFileSync(process.env.LIVE_BENCH_OUT, JSON.stringify(rows, null, 2))
})
