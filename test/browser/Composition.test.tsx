import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { categoryLabel, getEventTypeInfo, typesForCategories } from '../../src/api/catalogue/catalogue'
import { createEventsClient } from '../../src/api/client'
import { CATEGORIES } from '../../src/api/types'
import { EventFilters } from '../../src/components/EventFilters/EventFilters'
import { EventList } from '../../src/components/EventList/EventList'
import { AeRoot } from '../../src/components/shared/Root'
import { EventFiltersProvider } from '../../src/hooks/EventFiltersProvider'
import { EventsProvider } from '../../src/hooks/EventsProvider'
import { createStudioHandlers } from '../../src/msw'
import { generateEvents } from '../../src/server/generator'
import { clockFromEachTest, testNow } from '../helpers/clock'
import { worker } from '../mocks/worker'
import '../../src/styles.css'

// A fixed clock; the date matrix (vitest.dates.config.ts) moves it with AE_TEST_NOW.
const NOW = testNow('2026-11-20T12:00:00Z')
clockFromEachTest(NOW)
const events = generateEvents({ seed: 'composition-browser', now: new Date(NOW), days: 10, eventsPerDay: 60 })

// A Studio type that this history has, but fewer times than one page holds.
const picked = typesForCategories([...CATEGORIES], 'studio')
  .map((type) => ({ type, count: events.filter((event) => event.type === type).length }))
  .find(({ count }) => count > 0 && count < 40)!
const pickedInfo = getEventTypeInfo(picked.type)

beforeAll(async () => {
  await page.viewport(1200, 900)
})

/** The parts without the dashboard: one filter state shared by the filter bar and the list. */
function renderComposition() {
  // Plain Studio: types and search are filtered in the browser over the scanned pages.
  worker.use(...createStudioHandlers({ events }))
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <EventsProvider client={createEventsClient()}>
        <EventFiltersProvider>
          <AeRoot colorScheme="light">
            <EventFilters timeZone="UTC" locale="en-GB" />
            <EventList timeZone="UTC" locale="en-GB" style={{ height: 500 }} />
          </AeRoot>
        </EventFiltersProvider>
      </EventsProvider>
    </QueryClientProvider>,
  )
}

const rows = () =>
  within(screen.getByRole('grid', { name: 'Authentication events' }))
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-event-id'))

describe('EventFilters + EventList + EventDetailModal, without the dashboard', () => {
  it('a type chosen in the "Add filter" menu narrows the list, and a row opens that event', async () => {
    renderComposition()
    await screen.findByRole('grid', { name: 'Authentication events' }, { timeout: 8000 })
    await userEvent.click(screen.getByRole('button', { name: 'Add filter' }))
    // The popover's code loads on the way to the button: it opens when that is in.
    await userEvent.click(await screen.findByRole('button', { name: 'Event type' }))
    await userEvent.click(screen.getByRole('button', { name: `${categoryLabel(pickedInfo.category)} types` }))
    await userEvent.click(screen.getByRole('checkbox', { name: pickedInfo.label }))
    await userEvent.keyboard('{Escape}')
    expect(screen.getByRole('button', { name: `Remove filter: Type: ${pickedInfo.label}` })).toBeVisible()

    // Exactly the events of that type (+1 header row).
    await waitFor(() =>
      expect(screen.getByRole('grid', { name: 'Authentication events' })).toHaveAttribute(
        'aria-rowcount',
        String(picked.count + 1),
      ),
    )
    await userEvent.click(rows()[0]!)
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getAllByText(picked.type).length).toBeGreaterThan(0)
  })

  it('removing the chip brings every event back', async () => {
    renderComposition()
    await screen.findByRole('grid', { name: 'Authentication events' }, { timeout: 8000 })
    await userEvent.click(screen.getByRole('radio', { name: 'Warning' }))
    await waitFor(() =>
      expect(new Set(rows().map((row) => row.dataset.severity))).toEqual(new Set(['warning'])),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: Status: Warning' }))
    await waitFor(() => expect(new Set(rows().map((row) => row.dataset.severity)).size).toBeGreaterThan(1))
    expect(screen.getByRole('radio', { name: 'All' })).toBeChecked()
  })
})
