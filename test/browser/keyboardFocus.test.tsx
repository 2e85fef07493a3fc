import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import { http, delay } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { createEventsClient } from '../../src/api/client'
import { EventList } from '../../src/components/EventList/EventList'
import { EventsProvider } from '../../src/hooks/EventsProvider'
import { createStudioHandlers, studioCapabilities } from '../../src/msw'
import { generateEvents } from '../../src/server/generator'
import { clockFromEachTest, testNow } from '../helpers/clock'
import { worker } from '../mocks/worker'
import '../../src/styles.css'

// Issue 13: Enter on the sort button and on "Load more" dropped focus to <body>.
const NOW = testNow('2026-11-20T12:00:00Z')
clockFromEachTest(NOW)
const events = generateEvents({ seed: 'keyboard-focus', now: new Date(NOW), days: 3, eventsPerDay: 40 })

beforeAll(async () => {
  await page.viewport(1100, 900)
})

function renderList(pageSize = 50) {
  worker.use(
    // Slow answers: focus must hold while the next page or the other order loads.
    http.get('*/api/studio/api/events', async () => {
      await delay(300)
      return undefined
    }),
    ...createStudioHandlers({ events, extensions: studioCapabilities }),
  )
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <EventsProvider client={createEventsClient()}>
        <EventList pageSize={pageSize} timeZone="UTC" locale="en-GB" />
      </EventsProvider>
    </QueryClientProvider>,
  )
}

const grid = () => screen.getByRole('grid', { name: 'Authentication events' })
const rowIds = () =>
  within(grid())
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-event-id'))
    .map((row) => row.dataset.eventId)

describe('keyboard focus stays where the user is', () => {
  it('Enter on the sort button keeps focus on it while the other order loads, and after', async () => {
    renderList()
    await screen.findByRole('grid', { name: 'Authentication events' }, { timeout: 10_000 })
    const sort = within(grid()).getByRole('button', { name: /Time/ })
    sort.focus()
    const before = rowIds()[0]
    await userEvent.keyboard('{Enter}')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(document.activeElement).toBe(within(grid()).getByRole('button', { name: /Time/ }))
    await waitFor(() => expect(rowIds()[0]).not.toBe(before), { timeout: 10_000 })
    expect(document.activeElement?.closest('[role="columnheader"]')).toHaveAttribute('aria-sort', 'ascending')
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(rowIds()[0]).toBe(before), { timeout: 10_000 })
    expect(document.activeElement).toHaveAccessibleName(/Time/)
  })

  it('Enter on "Load more" keeps focus on it while the page loads, and after', async () => {
    renderList(20)
    await screen.findByRole('grid', { name: 'Authentication events' }, { timeout: 10_000 })
    const more = screen.getByRole('button', { name: 'Load more' })
    more.focus()
    await userEvent.keyboard('{Enter}')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(document.activeElement).toBe(more)
    await waitFor(() => expect(grid()).toHaveAttribute('aria-rowcount', '41'), { timeout: 10_000 })
    expect(document.activeElement).toHaveAccessibleName('Load more')
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(grid()).toHaveAttribute('aria-rowcount', '61'), { timeout: 10_000 })
    expect(document.activeElement).not.toBe(document.body)
  })

  it('when "Load more" goes away at the end, focus moves to the first new row', async () => {
    // Two pages: the second one is the last.
    expect(events.length).toBeLessThan(450)
    const pageSize = events.length - 10
    renderList(pageSize)
    await screen.findByRole('grid', { name: 'Authentication events' }, { timeout: 10_000 })
    const more = screen.getByRole('button', { name: 'Load more' })
    more.focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument(), {
      timeout: 10_000,
    })
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', String(pageSize + 2)))
  })
})
