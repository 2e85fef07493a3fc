import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import { EventList } from '../../../src/components/EventList/EventList'
import { EventFiltersProvider } from '../../../src/hooks/EventFiltersProvider'
import { EventsProvider } from '../../../src/hooks/EventsProvider'
import { createStudioHandlers, studioCapabilities } from '../../../src/msw'
import { generateEvents } from '../../../src/server/generator'
import type { StudioWireEvent } from '../../../src/server/wire'
import { server } from '../../mocks/server'
import { TEST_NOW } from './sharedTestEvents'
import { fakeViewportHeight } from '../../helpers/jsdomViewport'

fakeViewportHeight(440)

const wire: StudioWireEvent[] = generateEvents({ seed: 3, now: TEST_NOW, days: 2, eventsPerDay: 150 })

function renderWithClient(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <EventsProvider client={createEventsClient()}>{ui}</EventsProvider>
    </QueryClientProvider>,
  )
}

const dataRows = () => screen.getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1')

describe('EventList (connected)', () => {
  it('loads the newest page, then more on demand', async () => {
    server.use(...createStudioHandlers({ events: wire, extensions: studioCapabilities }))
    renderWithClient(<EventList />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading events…')
    const grid = await screen.findByRole('grid')
    expect(grid).toHaveAttribute('aria-rowcount', '51')
    expect(
      within(dataRows()[0]!).getByRole('gridcell', { name: /\d\d:\d\d:\d\d\.\d{3}/ }),
    ).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }))
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '101'))
  })

  it('reads its filters from the nearest EventFiltersProvider', async () => {
    server.use(...createStudioHandlers({ events: wire, extensions: studioCapabilities }))
    renderWithClient(
      <EventFiltersProvider defaultValue={{ severities: ['failed'] }}>
        <EventList />
      </EventFiltersProvider>,
    )
    await screen.findByRole('grid')
    const severities = new Set(dataRows().map((row) => row.getAttribute('data-severity')))
    expect([...severities]).toEqual(['failed'])
  })

  it('explains an error with a retry', async () => {
    server.use(
      http.all('*/api/studio/*', () =>
        HttpResponse.json({ error: 'Unauthorized', message: 'No session cookie' }, { status: 401 }),
      ),
    )
    renderWithClient(<EventList />)
    expect(await screen.findByRole('alert')).toHaveTextContent(/not signed in/)
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('says when nothing matches', async () => {
    server.use(...createStudioHandlers({ events: [], extensions: studioCapabilities }))
    renderWithClient(<EventList filters={{ severities: ['failed'] }} />)
    expect(await screen.findByText('No events match these filters')).toHaveAttribute('role', 'status')
  })

  it('opens the detail from a row, pages, resolves the location, and returns focus to the row', async () => {
    const events: StudioWireEvent[] = [0, 1, 2].map((i) => ({
      id: `evt-${i}`,
      type: 'user.logged_in',
      timestamp: new Date(TEST_NOW.getTime() - i * 1000).toISOString(),
      status: 'success',
      userId: `user-${i}`,
      ipAddress: '198.51.100.7',
      metadata: { email: `u${i}@example.com` },
      source: 'app',
    }))
    server.use(...createStudioHandlers({ events, extensions: studioCapabilities }))
    const user = userEvent.setup()
    renderWithClient(<EventList />)
    await screen.findByRole('grid')
    await user.click(dataRows()[0]!)
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('evt-0')).toBeInTheDocument()
    expect(await within(dialog).findByText('Berlin, Berlin, Germany')).toBeInTheDocument()
    await user.keyboard('{ArrowRight}')
    expect(within(dialog).getByText('evt-1')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(document.activeElement).toHaveAttribute('data-event-id', 'evt-1')
    expect(document.activeElement).toHaveAttribute('data-state', 'selected')
  })
})
