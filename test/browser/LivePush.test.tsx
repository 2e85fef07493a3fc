/**
 * Issue 12 point 5 in Chromium: the dashboard over the reference server with `push` (the real
 * handler behind msw's service worker, the stream a real streaming Response read by fetch):
 * new rows arrive on screen over the push connection, with no list request after it opened,
 * each once, and a burst arrives complete.
 */
import { http } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { createEventsClient } from '../../src/api/client'
import { EventsDashboard } from '../../src/components/EventsDashboard/EventsDashboard'
import { createStudioHandlers, studioCapabilities } from '../../src/msw'
import { fromWireEvent } from '../../src/server/convert'
import { createMemoryStore } from '../../src/server/memoryStore'
import { clockFromEachTest, testNow } from '../helpers/clock'
import { eventList as list, heldCount, liveState, rowIds } from '../helpers/dashboardQueries'
import { renderWithQueryClient } from '../helpers/renderWithProviders'
import { joinedWireEvent as joined } from '../helpers/studioWireEvents'
import { worker } from '../mocks/worker'
import '../../src/styles.css'

const NOW = testNow('2026-11-20T12:00:00Z')
clockFromEachTest(NOW)
// Polls this often when polling: short, so a test that wrongly polls would poll a lot.
const POLL_MS = 300
const LOAD_MS = 30_000
const MINUTE = 60_000

beforeAll(async () => {
  await page.viewport(1200, 1000)
})

function renderPushed() {
  const store = createMemoryStore({
    events: Array.from({ length: 20 }, (_, i) => fromWireEvent(joined(`old${i}`, NOW - (30 - i) * MINUTE))),
  })
  const requests = { list: 0, stream: 0 }
  worker.use(
    http.get('*/api/studio/api/events', () => {
      requests.list += 1
      return undefined
    }),
    http.get('*/api/studio/api/events/stream', () => {
      requests.stream += 1
      return undefined
    }),
    ...createStudioHandlers({ store, extensions: [...studioCapabilities, 'push'] }),
  )
  renderWithQueryClient(
    <EventsDashboard client={createEventsClient()} pollInterval={POLL_MS} timeZone="UTC" locale="en-GB" />,
  )
  return { store, requests }
}

describe('live rows by push (issue 12 point 5)', () => {
  it('shows a new row pushed by the server, once, without polling the list', async () => {
    const { store, requests } = renderPushed()
    await expect.poll(heldCount, { timeout: LOAD_MS }).toBe(20)
    await expect.poll(liveState, { timeout: LOAD_MS }).toBe('Live')
    await expect.poll(() => requests.stream, { timeout: LOAD_MS }).toBe(1)
    // Let the stream's catch-up poll finish before counting.
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 3))
    const lists = requests.list

    await store.insert([fromWireEvent(joined('pushed', Date.now()))])
    await expect.poll(() => rowIds()[0], { timeout: LOAD_MS }).toBe('pushed')
    expect(list().querySelector('[data-event-id="pushed"]')).toBeVisible()
    // Ten poll intervals later: still one connection, no list request, the row once.
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 10))
    expect(requests.list).toBe(lists)
    expect(requests.stream).toBe(1)
    expect(rowIds().filter((id) => id === 'pushed')).toHaveLength(1)
    expect(heldCount()).toBe(21)
    expect(liveState()).toBe('Live')
  })

  it('receives a burst of 300 complete, in order, at the top', async () => {
    const { store } = renderPushed()
    await expect.poll(heldCount, { timeout: LOAD_MS }).toBe(20)
    await expect.poll(liveState, { timeout: LOAD_MS }).toBe('Live')
    const start = Date.now()
    for (let batch = 0; batch < 3; batch++) {
      await store.insert(
        Array.from({ length: 100 }, (_, i) =>
          fromWireEvent(joined(`burst${batch * 100 + i}`, start + batch * 100 + i)),
        ),
      )
    }
    await expect.poll(heldCount, { timeout: LOAD_MS }).toBe(320)
    await expect.poll(() => rowIds()[0], { timeout: LOAD_MS }).toBe('burst299')
  })
})
