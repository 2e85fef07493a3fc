import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { createEventsClient } from '../../src/api/client'
import { EventsDashboard } from '../../src/components/EventsDashboard/EventsDashboard'
import { createStudioHandlers, studioCapabilities } from '../../src/msw'
import { generateEvents } from '../../src/server/generator'
import { clockFromEachTest, testNow } from '../helpers/clock'
import { worker } from '../mocks/worker'
import '../../src/styles.css'

// A fixed clock; the date matrix (vitest.dates.config.ts) moves it with AE_TEST_NOW.
const NOW = testNow('2026-11-20T12:00:00Z')
clockFromEachTest(NOW)
// The grid ends today, so the history ends now.
const events = generateEvents({ seed: 'dashboard-browser', now: new Date(NOW), days: 40, eventsPerDay: 30 })

beforeAll(async () => {
  await page.viewport(1200, 1000)
})

function renderDashboard() {
  worker.use(...createStudioHandlers({ events, extensions: studioCapabilities }))
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <EventsDashboard client={createEventsClient()} defaultLive={false} timeZone="UTC" locale="en-GB" />
    </QueryClientProvider>,
  )
}

const list = () => screen.getByRole('grid', { name: 'Authentication events' })
const rows = () =>
  within(list())
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-event-id'))

describe('EventsDashboard over the reference server', () => {
  it('the quick status filter drives the list', async () => {
    renderDashboard()
    await screen.findByRole('grid', { name: 'Authentication events' }, { timeout: 8000 })
    await waitFor(() => expect(new Set(rows().map((r) => r.dataset.severity)).size).toBeGreaterThan(1))
    await userEvent.click(screen.getByRole('radio', { name: 'Failed' }))
    await waitFor(() => {
      const severities = rows().map((row) => row.dataset.severity)
      expect(severities.length).toBeGreaterThan(0)
      expect(new Set(severities)).toEqual(new Set(['failed']))
    })
    expect(screen.getByRole('button', { name: 'Remove filter: Status: Failed' })).toBeVisible()
  })

  it('a day of the grid, then a category of its panel, narrow the list to those events', async () => {
    renderDashboard()
    const grid = await screen.findByRole('grid', { name: 'Event activity by day' }, { timeout: 8000 })
    const busyDay = await waitFor(() => {
      const day = within(grid)
        .getAllByRole('button', { name: /^\d+ events? on / })
        .find((button) => Number(/^(\d+)/.exec(button.getAttribute('aria-label') ?? '')?.[1]) > 5)
      expect(day).toBeDefined()
      return day!
    })
    await userEvent.click(busyDay)
    const panel = await screen.findByRole('region', { name: /\d{4}/ })
    const category = within(within(panel).getByRole('group', { name: 'By category' })).getAllByRole(
      'button',
    )[0]!
    const [, name, count] = /^(.*) (\d+)$/.exec(category.textContent ?? '')!
    await userEvent.click(category)
    expect(category).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: `Remove filter: Type: ${name} (all)` })).toBeVisible()
    expect(screen.getByRole('button', { name: /^Remove filter: Date: / })).toBeVisible()
    // The list holds exactly that day's events of that category: the panel's count (+1 header row).
    await waitFor(() => expect(list()).toHaveAttribute('aria-rowcount', String(Number(count) + 1)))
  })

  it('opens the detail dialog from a row, and Escape returns to that row', async () => {
    renderDashboard()
    await screen.findByRole('grid', { name: 'Authentication events' }, { timeout: 8000 })
    const row = await waitFor(() => rows()[2]!)
    const id = row.dataset.eventId!
    await userEvent.click(row)
    const dialog = await screen.findByRole('dialog')
    // It fades in.
    await waitFor(() => expect(within(dialog).getByText(id)).toBeVisible())
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() =>
      expect(document.activeElement?.closest('[data-event-id]')).toHaveAttribute('data-event-id', id),
    )
  })
})
