/**
 * The dashboard in Chromium over a Studio double that behaves like the real Studio of issue 9:
 * same-millisecond sign-in pairs, rows that become visible late, a restart with no traffic, a
 * missing events table, and a cross-origin API that sends no CORS headers.
 */
import { screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { createEventsClient } from '../../src/api/client'
import { EventsDashboard } from '../../src/components/EventsDashboard/EventsDashboard'
import { createStudioHandlers } from '../../src/msw'
import { fromWireEvent } from '../../src/server/convert'
import { createMemoryStore } from '../../src/server/memoryStore'
import { createStudioQuirks, type StudioQuirksControl } from '../../src/server/quirks/studioQuirks'
import { studioSignInPair } from '../../src/server/quirks/studioEvents'
import type { StudioWireEvent } from '../../src/server/wire'
import { clockFromEachTest, testNow } from '../helpers/clock'
import { eventList as list, heldCount, liveState, rowIds } from '../helpers/dashboardQueries'
import { renderWithQueryClient } from '../helpers/renderWithProviders'
import { joinedWireEvent as joined } from '../helpers/studioWireEvents'
import { worker } from '../mocks/worker'
import '../../src/styles.css'

const NOW = testNow('2026-11-20T12:00:00Z')
clockFromEachTest(NOW)
const POLL_MS = 300
const LOAD_MS = 30_000
const MINUTE = 60_000

beforeAll(async () => {
  await page.viewport(1200, 1000)
})

/** Thirty old sign-ups and, newest of all, a same-millisecond sign-in pair. */
function history(): StudioWireEvent[] {
  const events = Array.from({ length: 30 }, (_, i) => joined(`old${i}`, NOW - (40 - i) * MINUTE))
  return [...events, ...studioSignInPair({ at: new Date(NOW - 5 * MINUTE), ids: ['pair-a', 'pair-b'] })]
}

function renderStudio(quirks: StudioQuirksControl = createStudioQuirks()) {
  const store = createMemoryStore({ events: history().map(fromWireEvent) })
  worker.use(...createStudioHandlers({ store, studioQuirks: quirks }))
  renderWithQueryClient(
    <EventsDashboard client={createEventsClient()} pollInterval={POLL_MS} timeZone="UTC" locale="en-GB" />,
  )
  return { store, quirks }
}

/** The Total card's number (the card is text, not a button). */
const totalCount = () => {
  const value = document.querySelector('[data-severity="total"] .ae-event-stats__card-value')?.textContent
  return value ? Number(value.replace(/[^\d]/g, '')) : undefined
}
const newRows = () => list().querySelectorAll('[data-new]').length

describe('dashboard over a Studio-like double (issue 9)', () => {
  it('a same-millisecond pair is not new, and a row visible late still arrives live, once', async () => {
    const { store } = renderStudio()
    await expect.poll(heldCount, { timeout: LOAD_MS }).toBe(32)
    await expect.poll(liveState, { timeout: LOAD_MS }).toBe('Live')
    await expect.poll(totalCount, { timeout: LOAD_MS }).toBe(32)
    // Several polls with nothing inserted: nothing delivered, nothing counted twice.
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 6))
    expect(totalCount()).toBe(32)
    expect(heldCount()).toBe(32)
    expect(newRows()).toBe(0)

    // A newer row first, then one stamped 446 ms earlier that only becomes visible now.
    const now = Date.now()
    await store.insert([fromWireEvent(joined('fresh', now))])
    await expect.poll(() => rowIds()[0], { timeout: LOAD_MS }).toBe('fresh')
    await store.insert([fromWireEvent(joined('late', now - 446))])
    await expect.poll(() => rowIds().includes('late'), { timeout: LOAD_MS }).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 6))
    expect(rowIds().filter((id) => id === 'late')).toHaveLength(1)
    expect(heldCount()).toBe(34)
    expect(totalCount()).toBe(34)
  })

  it('a restart with no traffic shows "not ready" instead of zeros, and recovers by itself', async () => {
    const { store, quirks } = renderStudio()
    await expect.poll(heldCount, { timeout: LOAD_MS }).toBe(32)
    await expect.poll(liveState, { timeout: LOAD_MS }).toBe('Live')
    quirks.restart()
    expect(await screen.findByText('Event tracking is not ready yet', {}, { timeout: LOAD_MS })).toBeVisible()
    expect(liveState()).not.toBe('Live')
    // The first sign-in after the restart starts Studio's ingestion again.
    await store.insert([fromWireEvent(joined('after-restart', Date.now()))])
    await expect.poll(() => rowIds().includes('after-restart'), { timeout: LOAD_MS * 2 }).toBe(true)
    await expect.poll(liveState, { timeout: LOAD_MS }).toBe('Live')
    expect(screen.queryByText('Event tracking is not ready yet')).not.toBeInTheDocument()
  })

  it('a missing events table is a first run, not "no match"', async () => {
    const quirks = createStudioQuirks()
    quirks.setTableMissing(true)
    renderStudio(quirks)
    expect(await screen.findByText('No events recorded yet', {}, { timeout: LOAD_MS })).toBeVisible()
    expect(screen.queryByText('No events match these filters')).not.toBeInTheDocument()
  })

  it('a cross-origin API that fails without an answer says CORS and points to a proxy', async () => {
    // Port 9 on loopback: another origin than the page's, and nothing answers there.
    renderWithQueryClient(
      <EventsDashboard client={createEventsClient({ baseUrl: 'http://127.0.0.1:9' })} timeZone="UTC" />,
    )
    expect(await screen.findByText(/CORS/, {}, { timeout: LOAD_MS })).toBeVisible()
    expect(
      screen.getByText(/CORS/).closest('[role="alert"], [role="status"]') ?? document.body,
    ).toHaveTextContent(/proxy/)
  })
})
