/**
 * A backend that stopped counting (our SQL server past 10,000 matches of a search sends
 * `total: null, totalMoreThan: 10000`) is shown as "more than 10,000", never as a count.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import { EventList } from '../../../src/components/EventList/EventList'
import { EventsProvider } from '../../../src/hooks/EventsProvider'
import { createStudioHandlers, studioCapabilities } from '../../../src/msw'
import { generateEvents } from '../../../src/server/generator'
import { server } from '../../mocks/server'
import { fakeViewportHeight } from '../../helpers/jsdomViewport'
import { TEST_NOW } from './sharedTestEvents'

fakeViewportHeight(440)

const wire = generateEvents({ seed: 5, now: TEST_NOW, days: 1, eventsPerDay: 80 }).slice(0, 50)

describe('EventList over a backend that stopped counting', () => {
  it('says "more than 10,000 matching" in the dialog', async () => {
    // The page first: msw answers with the first handler that matches.
    server.use(
      http.get('*/api/studio/api/events', () =>
        HttpResponse.json({
          events: wire,
          hasMore: true,
          nextCursor: 'next',
          total: null,
          totalMoreThan: 10_000,
        }),
      ),
      ...createStudioHandlers({ events: wire, extensions: studioCapabilities }),
    )
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } })
    render(
      <QueryClientProvider client={queryClient}>
        <EventsProvider client={createEventsClient()}>
          <EventList />
        </EventsProvider>
      </QueryClientProvider>,
    )
    await screen.findByRole('grid')
    const rows = screen.getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1')
    await userEvent.click(rows[0]!)
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('1 of 50 loaded (more than 10,000 matching)')).toBeInTheDocument()
  })
})
