/**
 * Issue 9 points 1 and 2: every event that reaches the backend appears live exactly once,
 * whatever order rows become visible in (within the lateness window), an event stamped in the
 * future never stalls the stream, a `sequence` backend needs no window at all, and a stream that
 * starts before the list has loaded delivers nothing old (same-millisecond pairs).
 */
import { delay, http } from 'msw'
import { server } from '../../mocks/server'
import { describe, expect, it } from 'vitest'
import type { AuthEvent } from '../../../src/api/types'
import { useEventCounts } from '../../../src/hooks/useEventCounts'
import { useEvents } from '../../../src/hooks/useEvents'
import { useEventStream, type UseEventStreamOptions } from '../../../src/hooks/useEventStream'
import {
  createTestQueryClient,
  eventSeries,
  renderEventsHook,
  storedEvent,
  studioBackend,
} from './hookTestUtils'
import { concurrentWriters, playRows } from './lateRows'
import { advance, fakeStreamClockFrom, until } from './streamTestUtils'

const NOW = Date.parse('2026-03-02T12:00:00.000Z')
fakeStreamClockFrom(NOW)

function renderDashboard(
  options: Omit<UseEventStreamOptions, 'onEvents'> = {},
  { withList = true, queryClient = createTestQueryClient() } = {},
) {
  const received: AuthEvent[] = []
  const rendered = renderEventsHook(
    () => ({
      list: useEvents({ enabled: withList }),
      counts: useEventCounts(),
      stream: useEventStream({ interval: 2000, ...options, onEvents: (batch) => received.push(...batch) }),
    }),
    { queryClient },
  )
  return { ...rendered, received }
}

type Dashboard = ReturnType<typeof renderDashboard>

async function untilLoaded({ result }: Dashboard, withList = true) {
  await until(() => {
    if (withList) expect(result.current.list.status).toBe('success')
    expect(result.current.counts.status).toBe('success')
    expect(result.current.stream.lastPollAt).toBeDefined()
  })
}

/** Every id once, and exactly the expected ones. */
function expectExactlyOnce(received: AuthEvent[], expected: { id: string }[]) {
  const ids = received.map((event) => event.id)
  expect(ids.length).toBe(new Set(ids).size)
  expect([...ids].sort()).toEqual(expected.map((event) => event.id).sort())
}

describe('live stream on Studio (no sequence): the lateness window', () => {
  it('delivers every row once when 4 concurrent writers make rows visible out of order (up to 1.5 s late)', async () => {
    const initial = eventSeries(20, NOW - 60_000)
    const { store } = studioBackend({ events: initial })
    const dashboard = renderDashboard()
    await untilLoaded(dashboard)
    const rows = concurrentWriters({ start: Date.now() + 100 })
    // Some rows really are visible after newer ones (what loses them without a window).
    expect(
      rows.some((a) => rows.some((b) => b.event.timestamp > a.event.timestamp && b.visibleAt < a.visibleAt)),
    ).toBe(true)

    await playRows(store, rows)

    const { result, received } = dashboard
    expectExactlyOnce(
      received,
      rows.map((row) => row.event),
    )
    expect(result.current.stream.received).toBe(rows.length)
    expect(result.current.counts.data!.total).toBe(initial.length + rows.length)
    const failed = rows.filter((row) => row.event.status === 'failed').length
    expect(result.current.counts.data!.failed).toBe(
      initial.filter((e) => e.status === 'failed').length + failed,
    )
    const listed = new Set(result.current.list.events.map((event) => event.id))
    expect(listed.size).toBe(initial.length + rows.length)
    for (const row of rows) expect(listed.has(row.event.id)).toBe(true)
  })

  it('honours latenessWindowMs: a row later than the window, behind a newer row, is not re-read', async () => {
    const { store } = studioBackend({ events: eventSeries(5, NOW - 60_000) })
    const dashboard = renderDashboard({ latenessWindowMs: 1000 })
    await untilLoaded(dashboard)
    const start = Date.now()
    const slightlyLate = storedEvent(start + 100)
    const newer = storedEvent(start + 200)
    const veryLate = storedEvent(start + 150)
    await playRows(store, [
      { event: newer, visibleAt: start + 200 },
      { event: slightlyLate, visibleAt: start + 900 },
      { event: veryLate, visibleAt: start + 6150 },
    ])
    expectExactlyOnce(dashboard.received, [newer, slightlyLate])
  })

  it('an event stamped in the future never stalls the stream, also after a reload', async () => {
    const { store } = studioBackend({ events: eventSeries(5, NOW - 60_000) })
    const first = renderDashboard()
    await untilLoaded(first)
    const future = storedEvent(NOW + 3_600_000)
    await store.insert([future])
    await advance(2000)
    const normal = [1, 2, 3].map((i) => storedEvent(Date.now() + i * 10))
    for (const event of normal) {
      await store.insert([event])
      await advance(2000)
    }
    await advance(2000)
    expectExactlyOnce(first.received, [future, ...normal])
    first.unmount()

    // A reload: the list now starts with the future event.
    const reloaded = renderDashboard()
    await untilLoaded(reloaded)
    expect(reloaded.result.current.list.events[0]!.id).toBe(future.id)
    const later = [1, 2, 3].map((i) => storedEvent(Date.now() + i * 10))
    for (const event of later) {
      await store.insert([event])
      await advance(2000)
    }
    await advance(2000)
    expectExactlyOnce(reloaded.received, later)
    expect(reloaded.result.current.counts.data!.total).toBe(5 + 1 + normal.length + later.length)
  })

  it('idle, each poll re-reads only the boundary', async () => {
    const { listRequests } = studioBackend({ events: eventSeries(30, NOW - 60_000) })
    const dashboard = renderDashboard()
    await untilLoaded(dashboard)
    const before = listRequests.length
    await advance(20_000)
    const polls = listRequests.slice(before)
    expect(polls.length).toBeGreaterThanOrEqual(9)
    // The newest held event, not a window of 5 s before the clock: the boundary only.
    for (const params of polls) expect(params.get('since')).toBe(new Date(NOW - 60_000).toISOString())
    expect(dashboard.received).toEqual([])
  })
})

describe('live stream on a backend with `sequence`', () => {
  it('delivers every event of two writers once, however late a row becomes visible, with afterSeq polls', async () => {
    const initial = eventSeries(10, NOW - 60_000)
    const { store, listRequests } = studioBackend({ events: initial, extended: true })
    const dashboard = renderDashboard()
    await untilLoaded(dashboard)
    const before = listRequests.length
    // Writer B commits newer rows first; writer A's older row commits 8 s later (beyond any window).
    const a = storedEvent(Date.now() + 100, { userId: 'writer-a' })
    const b = [1, 2, 3].map((i) => storedEvent(Date.now() + 100 + i * 200, { userId: 'writer-b' }))
    await playRows(store, [
      ...b.map((event, i) => ({ event, visibleAt: Date.now() + 300 + i * 200 })),
      { event: a, visibleAt: Date.now() + 8100 },
    ])

    expectExactlyOnce(dashboard.received, [...b, a])
    expect(dashboard.result.current.counts.data!.total).toBe(initial.length + 4)
    const polls = listRequests.slice(before)
    expect(polls.length).toBeGreaterThan(0)
    for (const params of polls) {
      expect(params.get('afterSeq')).toMatch(/^\d+$/)
      expect(params.get('since')).toBeNull()
    }
  })
})

describe('a stream that starts before the list (the probe)', () => {
  it('delivers nothing when nothing was inserted, though the newest events share a millisecond', async () => {
    const initial = eventSeries(6, NOW - 60_000)
    const newest = Date.parse(String(initial.at(-1)!.timestamp))
    // Studio stamps user.logged_in and session.created with the same millisecond.
    const pair = [
      storedEvent(newest + 5, { type: 'user.logged_in' }),
      storedEvent(newest + 5, { type: 'session.created' }),
    ]
    studioBackend({ events: [...initial, ...pair] })
    const dashboard = renderDashboard({}, { withList: false })
    await untilLoaded(dashboard, false)
    await advance(10_000)
    expect(dashboard.received).toEqual([])
    expect(dashboard.result.current.counts.data!.total).toBe(initial.length + 2)
    expect(dashboard.result.current.stream.newIds.size).toBe(0)
  })

  it('delivers an event stored between its newest-event read and its boundary read', async () => {
    // Under load the two requests of the probe are far apart; what lands between them is new.
    const initial = eventSeries(6, NOW - 60_000)
    const { store } = studioBackend({ events: initial })
    const landed = storedEvent(NOW + 10)
    let listReads = 0
    server.use(
      http.get('*/api/studio/api/events', async () => {
        listReads += 1
        if (listReads === 2) await store.insert([landed])
        return undefined
      }),
    )
    const dashboard = renderDashboard({}, { withList: false })
    await untilLoaded(dashboard, false)
    await advance(4000)
    expect(listReads).toBeGreaterThan(2)
    expectExactlyOnce(dashboard.received, [landed])
  })

  it('with its list loading, starts after what the list shows: an event stored between the two answers is delivered', async () => {
    // The dashboard mounts the list and the stream together. Had the stream read the newest
    // event itself after the list's answer, an event stored in between would be in neither.
    const initial = eventSeries(6, NOW - 60_000)
    const { store } = studioBackend({ events: initial })
    const landed = storedEvent(NOW + 10)
    let listAnswered = false
    server.use(
      http.get('*/api/studio/api/events', async ({ request }) => {
        const limit = new URL(request.url).searchParams.get('limit')
        if (limit === '1') {
          await delay(400)
        } else if (!listAnswered) {
          // The list's answer is read 200 ms in; the event is stored 10 ms after that read.
          listAnswered = true
          await delay(200)
          setTimeout(() => void store.insert([landed]), 10)
        }
        return undefined
      }),
    )
    const dashboard = renderDashboard()
    await untilLoaded(dashboard)
    await advance(4000)
    expectExactlyOnce(dashboard.received, [landed])
    expect(dashboard.result.current.list.events[0]?.id).toBe(landed.id)
    expect(dashboard.result.current.list.events.filter((event) => event.id === landed.id)).toHaveLength(1)
    expect(dashboard.result.current.counts.data!.total).toBe(initial.length + 1)
  })

  it('then delivers exactly what arrives', async () => {
    const initial = eventSeries(6, NOW - 60_000)
    const { store } = studioBackend({ events: initial })
    const dashboard = renderDashboard({}, { withList: false })
    await untilLoaded(dashboard, false)
    const arrivals = [storedEvent(NOW + 10), storedEvent(NOW + 10)]
    await store.insert(arrivals)
    await advance(4000)
    expectExactlyOnce(dashboard.received, arrivals)
    expect(dashboard.result.current.counts.data!.total).toBe(initial.length + 2)
  })
})
