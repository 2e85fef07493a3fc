/**
 * On Studio's baseline (offset paging, no `sequence`) a live poll asks only past the last row it
 * read instead of re-reading the whole lateness window, and still misses nothing: a row that
 * becomes visible late before that row moves it, and the poll then reads the whole window.
 */
import { http } from 'msw'
import { server } from '../../mocks/server'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { AuthEvent } from '../../../src/api/types'
import { createEventsHandler } from '../../../src/server/handler'
import { tailStart } from '../../../src/hooks/streamTail'
import { eventSeries, studioBackend } from './hookTestUtils'
import { concurrentWriters, playRows, type LateRow } from './lateRows'
import { fakeStreamClockFrom, renderListAndStream, untilLive } from './streamTestUtils'

const NOW = Date.parse('2026-03-02T12:00:00.000Z')
fakeStreamClockFrom(NOW)

/** Counts the events in every live poll's answer (a list request with `since`), for this test. */
function countPolledRows() {
  const answers: { offset: number | null; events: number }[] = []
  const listener = async ({ request, response }: { request: Request; response: Response }) => {
    const url = new URL(request.url)
    if (!url.pathname.endsWith('/api/events') || !url.searchParams.has('since')) return
    const body = (await response.clone().json()) as { events?: unknown[] }
    const offset = url.searchParams.get('offset')
    answers.push({ offset: offset === null ? null : Number(offset), events: body.events?.length ?? 0 })
  }
  server.events.on('response:mocked', listener)
  onTestFinished(() => server.events.removeListener('response:mocked', listener))
  return answers
}

/** `count` on-time events, `every` ms apart from `start`. */
function onTime(start: number, count: number, every: number): LateRow[] {
  return eventSeries(count, start + (count - 1) * every, every).map((event) => ({
    event,
    visibleAt: new Date(event.timestamp).getTime(),
  }))
}

function expectEachOnce(delivered: AuthEvent[], rows: LateRow[]) {
  const ids = delivered.map((event) => event.id)
  expect(ids.length).toBe(new Set(ids).size)
  expect([...ids].sort()).toEqual(rows.map((row) => row.event.id).sort())
}

describe('live polls on an offset-paging backend', () => {
  it('ask only past the last row read under a steady flow, and deliver every row once', async () => {
    const answers = countPolledRows()
    const { store } = studioBackend({ events: eventSeries(20, NOW - 60_000) })
    const { result, delivered } = renderListAndStream({ interval: 2000 })
    await untilLive(result)
    const rows = onTime(Date.now() + 100, 100, 200) // 5 events a second for 20 s
    await playRows(store, rows)

    expectEachOnce(delivered(), rows)
    const polls = answers.filter((answer) => answer.offset !== null)
    expect(polls.length).toBeGreaterThan(5)
    // Re-reading the 5 s window every 2 s would answer about 35 rows a poll (over 350 in all);
    // past the last row read, each answer is that row and the new ones.
    const answered = answers.reduce((sum, answer) => sum + answer.events, 0)
    expect(answered).toBeLessThan(rows.length * 1.6)
  })

  it('read the whole window again when a late row moved the last row read, and miss nothing', async () => {
    const answers = countPolledRows()
    const { store } = studioBackend({ events: eventSeries(20, NOW - 60_000) })
    const { result, delivered } = renderListAndStream({ interval: 2000 })
    await untilLive(result)
    const rows = concurrentWriters({ start: Date.now() + 100 })
    await playRows(store, rows)

    expectEachOnce(delivered(), rows)
    // Both happened: polls past the last row, and whole-window reads after a late row moved it.
    expect(answers.some((answer) => answer.offset !== null)).toBe(true)
    expect(answers.filter((answer) => answer.offset === null).length).toBeGreaterThan(1)
  })
})

describe('a backend that ignores offset', () => {
  it('still gets every row once, and after three polls that find the last row moved it is read by whole windows', async () => {
    const answers = countPolledRows()
    const { store } = studioBackend({ events: eventSeries(20, NOW - 60_000) })
    // This one answers as if `offset` had not been sent.
    const handler = createEventsHandler({ store, studioQuirks: true, authorize: () => true })
    server.use(
      http.get('*/api/studio/api/events', ({ request }) => {
        const url = new URL(request.url)
        if (!url.searchParams.has('offset')) return undefined
        url.searchParams.delete('offset')
        return handler(new Request(url, { headers: request.headers }))
      }),
    )
    const { result, delivered } = renderListAndStream({ interval: 2000 })
    await untilLive(result)
    const rows = onTime(Date.now() + 100, 100, 200)
    await playRows(store, rows)

    expectEachOnce(delivered(), rows)
    expect(answers.filter((answer) => answer.offset !== null)).toHaveLength(3)
  })
})

describe('tailStart', () => {
  const tail = { since: 1_000, times: [1_000, 1_500, 2_000, 2_500], lastId: 'd' }

  it('starts at the last row read, counted from the new since', () => {
    expect(tailStart(tail, 1_000)).toEqual({ offset: 3, anchorId: 'd' })
    expect(tailStart(tail, 1_600)).toEqual({ offset: 1, anchorId: 'd' })
    expect(tailStart(tail, 2_500)).toEqual({ offset: 0, anchorId: 'd' })
  })

  it('reads the whole window when it cannot tell a moved row', () => {
    // A since before what the tail covers, a last row older than since, a tie at the last time.
    expect(tailStart(tail, 900)).toBeUndefined()
    expect(tailStart(tail, 2_501)).toBeUndefined()
    expect(tailStart({ ...tail, times: [1_000, 2_500, 2_500] }, 1_000)).toBeUndefined()
    expect(tailStart(undefined, 1_000)).toBeUndefined()
  })
})
