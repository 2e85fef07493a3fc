/**
 * Measured by `bench/live-polling.bench.mjs` (not part of the test suite): our live stream against
 * Studio's own Events page strategy (the newest 100 events every 2 s), side by side over the same
 * backend and the same event flow. The backend is the Studio baseline double (reference handler
 * with `studioQuirks`, memory store, a fixed generated history); both consumers run at once with
 * fake timers, each through its own counting fetch. Results go to the JSON file named by
 * LIVE_BENCH_OUT.
 *
 * Scenarios (simulated time): an idle minute; a minute at 10 events/s; 1,000 events stored at
 * once; and 200 late-visible rows, one writer's transaction stamped when it began and committed 3 s
 * later, during a 10 events/s flow. "Missed" is a written event the consumer never had: for ours,
 * never delivered by the stream; for Studio's strategy, in none of its answers.
 */
import { writeFileSync } from 'node:fs'
import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { afterAll, test, vi } from 'vitest'
import { createEventsClient } from '../src/api/client'
import type { StudioWireEvent as WireEvent } from '../src/server/wire'
import { fromWireEvent } from '../src/server/convert'
import { generateEvents } from '../src/server/generator'
import { createEventsHandler } from '../src/server/handler'
import { createMemoryStore } from '../src/server/memoryStore'
import { startEventStream } from '../src/hooks/streamController'
import { eventCountsOptions, eventListOptions } from '../src/hooks/queryOptions'

const NOW = Date.parse('2026-11-20T12:00:00.000Z')
const SECOND = 1_000
const MINUTE = 60 * SECOND
const STUDIO_POLL_MS = 2_000
const STUDIO_PAGE = 100
const HISTORY = generateEvents({ seed: 42, now: new Date(NOW - 30_000), days: 30, eventsPerDay: 120 })

type Traffic = { requests: number; bytes: number }
type Row = {
  scenario: string
  written: number
  ours: Traffic & { missed: number }
  studio: Traffic & { missed: number }
}
const rows: Row[] = []

// The stream listens to visibility and connectivity; Node has neither.
Object.assign(globalThis, {
  document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
  window: new EventTarget(),
})

let serial = 0
/** A new event like one of the history's, stamped `at`. */
function newEvent(at: number): WireEvent {
  const like = HISTORY[serial % HISTORY.length]!
  serial += 1
  return { ...like, id: `bench-live-${serial}`, timestamp: new Date(at).toISOString() }
}

type Write = { visibleAt: number; event: WireEvent }
type Plan = { name: string; writes: (start: number) => Write[]; durationMs: number }

/** `perSecond` on-time events from `start` for `ms`, evenly spread. */
function flow(start: number, ms: number, perSecond: number): Write[] {
  const step = SECOND / perSecond
  return Array.from({ length: Math.floor((ms / SECOND) * perSecond) }, (_, i) => {
    const at = start + 50 + i * step
    return { visibleAt: at, event: newEvent(at) }
  })
}

const PLANS: Plan[] = [
  { name: 'idle minute', writes: () => [], durationMs: MINUTE },
  { name: 'a minute at 10 events/s', writes: (start) => flow(start, MINUTE, 10), durationMs: MINUTE },
  {
    name: '1,000 events stored at once',
    writes: (start) =>
      Array.from({ length: 1000 }, (_, i) => ({
        visibleAt: start + 5 * SECOND,
        event: newEvent(start + 5 * SECOND - 1000 + i),
      })),
    durationMs: 20 * SECOND,
  },
  {
    name: '200 late-visible rows (stamped 3 s before they commit) during 10 events/s',
    writes: (start) => {
      const begun = start + 10 * SECOND
      const late = Array.from({ length: 200 }, (_, i) => ({
        visibleAt: begun + 3 * SECOND,
        event: newEvent(begun + i),
      }))
      return [...flow(start, 30 * SECOND, 10), ...late]
    },
    durationMs: 40 * SECOND,
  },
]

function countingFetch(handler: (request: Request) => Promise<Response>, traffic: Traffic) {
  let counting = false
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await handler(new Request(input, init))
    const body = await response.arrayBuffer()
    if (counting) {
      traffic.requests += 1
      traffic.bytes += body.byteLength
    }
    return new Response(body, { status: response.status, headers: response.headers })
  }
  return { fetch: fetch as typeof globalThis.fetch, start: () => (counting = true) }
}

async function measure(plan: Plan) {
  vi.useFakeTimers({
    now: NOW,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  })
  const store = createMemoryStore({ events: HISTORY.map(fromWireEvent) })
  const handler = createEventsHandler({ store, studioQuirks: true, authorize: () => true })

  // Ours, as the dashboard runs it: the list and the counts loaded and observed, then the stream.
  const oursTraffic: Traffic = { requests: 0, bytes: 0 }
  const ours = countingFetch(handler, oursTraffic)
  const client = createEventsClient({ baseUrl: 'http://localhost', fetch: ours.fetch })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } })
  await client.getStatus()
  await queryClient.fetchInfiniteQuery(eventListOptions(client, {}))
  const counts = new QueryObserver(queryClient, eventCountsOptions(client, {}))
  const unsubscribe = counts.subscribe(() => {})
  await vi.advanceTimersByTimeAsync(100)
  const delivered = new Set<string>()

  // Studio's page: the newest 100, every 2 s.
  const studioTraffic: Traffic = { requests: 0, bytes: 0 }
  const studio = countingFetch(handler, studioTraffic)
  const seenByStudio = new Set<string>()
  const studioPoll = async () => {
    const response = await studio.fetch(
      `http://localhost/api/studio/api/events?limit=${STUDIO_PAGE}&sort=desc`,
    )
    const body = (await response.json()) as { events?: { id: string }[] }
    for (const event of body.events ?? []) seenByStudio.add(event.id)
  }
  await studioPoll()

  ours.start()
  studio.start()
  const start = Date.now()
  const writes = plan.writes(start)
  const byTime = new Map<number, WireEvent[]>()
  for (const write of writes)
    byTime.set(write.visibleAt, [...(byTime.get(write.visibleAt) ?? []), write.event])
  const timers = [...byTime].map(([at, events]) =>
    setTimeout(() => void store.insert(events.map(fromWireEvent)), at - start),
  )
  const studioTimer = setInterval(() => void studioPoll(), STUDIO_POLL_MS)
  const stop = startEventStream({
    client,
    queryClient,
    filters: {},
    onEvents: (batch) => batch.forEach((event) => delivered.add(event.id)),
    onState: () => {},
  })
  await vi.advanceTimersByTimeAsync(plan.durationMs)
  stop()
  clearInterval(studioTimer)
  timers.forEach(clearTimeout)
  unsubscribe()
  vi.useRealTimers()

  const ids = writes.map((write) => write.event.id)
  rows.push({
    scenario: plan.name,
    written: ids.length,
    ours: { ...oursTraffic, missed: ids.filter((id) => !delivered.has(id)).length },
    studio: { ...studioTraffic, missed: ids.filter((id) => !seenByStudio.has(id)).length },
  })
}

for (const plan of PLANS) test(plan.name, () => measure(plan), 120_000)

afterAll(() => {
  if (process.env.LIVE_BENCH_OUT) writeFileSync(process.env.LIVE_BENCH_OUT, JSON.stringify(rows, null, 2))
})
