import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import { Profiler } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { createEventsClient } from '../../src/api/client'
import { EventsDashboard } from '../../src/components/EventsDashboard/EventsDashboard'
import { createStudioHandlers, studioCapabilities } from '../../src/msw'
import { createMemoryStore, fromWireEvent, generateEvents } from '../../src/server'
import type { StudioWireEvent } from '../../src/server'
import { clockFromEachTest, testNow } from '../helpers/clock'
import { worker } from '../mocks/worker'
import { createRenderCounter } from './renderCounter'
import '../../src/styles.css'

const NOW = testNow('2026-11-20T12:00:00Z')
clockFromEachTest(NOW)
const history = generateEvents({ seed: 'render-counts', now: new Date(NOW), days: 30, eventsPerDay: 20 })
const POLL_MS = 300
const ROW_HEIGHT = 44

beforeAll(async () => {
  await page.viewport(1200, 1000)
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function renderDashboard() {
  const store = createMemoryStore({ events: history.map(fromWireEvent) })
  worker.use(...createStudioHandlers({ store, extensions: studioCapabilities }))
  let polls = 0
  const countPolls = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    if (
      url.pathname.endsWith('/api/events') &&
      (url.searchParams.has('since') || url.searchParams.has('afterSeq'))
    )
      polls += 1
  }
  worker.events.on('response:mocked', countPolls)
  const container = document.createElement('div')
  document.body.append(container)
  const counter = createRenderCounter(() => container)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <Profiler id="dashboard" onRender={counter.onCommit}>
        <EventsDashboard client={createEventsClient()} pollInterval={POLL_MS} timeZone="UTC" locale="en-GB" />
      </Profiler>
    </QueryClientProvider>,
    { container },
  )
  return {
    store,
    counter,
    polls: () => polls,
    dispose: () => worker.events.removeListener('response:mocked', countPolls),
  }
}

const list = () => screen.getByRole('grid', { name: 'Authentication events' })
const mountedRows = () =>
  within(list())
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-event-id'))

/**
 * Lets the first loads settle (list, counts, activity, the lazy chart), then forgets what they
 * rendered: what is counted afterwards is only what the step under test caused.
 */
async function settle(counter: ReturnType<typeof renderDashboard>['counter']) {
  await sleep(2500)
  counter.take()
}

async function loaded() {
  const utils = renderDashboard()
  await screen.findByRole('grid', { name: 'Authentication events' }, { timeout: 15_000 })
  await screen.findByRole('grid', { name: 'Event activity by day' }, { timeout: 15_000 })
  await waitFor(() => expect(mountedRows().length).toBeGreaterThan(10), { timeout: 15_000 })
  await settle(utils.counter)
  return utils
}

describe('render counts of the dashboard (React Profiler over msw)', { timeout: 90_000 }, () => {
  it('an idle poll renders no row and no grid cell', async () => {
    const { counter, polls, dispose } = await loaded()
    try {
      const before = polls()
      await waitFor(() => expect(polls()).toBeGreaterThanOrEqual(before + 3), { timeout: 15_000 })
      await sleep(POLL_MS / 2)
      const idle = counter.take()
      expect(idle.of('EventListRow')).toBe(0)
      expect(idle.of('ActivityGridCell')).toBe(0)
      // Only the live indicator (its "last update" time) and the layout that runs the stream.
      expect(
        [...idle.counts.keys()].filter((name) => name !== 'DashboardLayout' && name !== 'LiveIndicator'),
      ).toEqual([])
    } finally {
      dispose()
    }
  })

  it('one live event renders the rows that moved, the cards and one grid cell', async () => {
    const { store, counter, dispose } = await loaded()
    try {
      const newest = history[0]!
      const event: StudioWireEvent = {
        ...newest,
        id: 'evt-live-render-count',
        timestamp: new Date(Date.now()).toISOString(),
      }
      const before = mountedRows().length
      await store.insert([fromWireEvent(event)])
      await waitFor(() => expect(mountedRows()[0]).toHaveAttribute('data-event-id', event.id), {
        timeout: 15_000,
      })
      await sleep(2000)
      const live = counter.take()
      // Every mounted row moved down one place (new aria-rowindex and offset): each renders once at most.
      expect(live.of('EventListRow')).toBeGreaterThan(0)
      expect(live.of('EventListRow')).toBeLessThanOrEqual(before + 1)
      // What is inside a moved row does not render again: only the new row's cells do.
      expect(live.of('EventListCells')).toBe(1)
      // The new event's day, and no other of the year's cells.
      expect(live.of('ActivityGridCell')).toBe(1)
      // The cards show the new count: five cards, once per counts update (a local update, a refetch).
      expect(live.of('StatCard')).toBeGreaterThanOrEqual(5)
      expect(live.of('StatCard')).toBeLessThanOrEqual(15)
    } finally {
      dispose()
    }
  })

  it('a scroll frame renders only the rows that enter', async () => {
    const { counter, dispose } = await loaded()
    try {
      const viewport = list().querySelector<HTMLElement>('[role="rowgroup"][style*="overflow"]')!
      for (let frame = 1; frame <= 3; frame += 1) {
        const ids = new Set(mountedRows().map((row) => row.dataset.eventId))
        viewport.scrollTop = frame * 5 * ROW_HEIGHT
        await waitFor(() => expect(mountedRows().some((row) => !ids.has(row.dataset.eventId))).toBe(true))
        await sleep(100)
        const entering = mountedRows().filter((row) => !ids.has(row.dataset.eventId)).length
        const scrolled = counter.take()
        expect(entering).toBeGreaterThan(0)
        expect(scrolled.of('EventListRow')).toBe(entering)
        expect(scrolled.of('EventListHeader')).toBe(0)
        expect(scrolled.of('ActivityGridCell')).toBe(0)
      }
    } finally {
      dispose()
    }
  })
})
