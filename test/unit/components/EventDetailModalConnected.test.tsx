import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import { EventDetailModal } from '../../../src/components/EventDetailModal/EventDetailModal'
import { EventsProvider } from '../../../src/hooks/EventsProvider'
import { makeEvent } from './sharedTestEvents'

describe('EventDetailModal (connected)', () => {
  it('keeps showing its event when a live list drops it at the cap', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const client = createEventsClient()
    const shown = makeEvent({ id: 'old', message: 'The event being read', ipAddress: undefined })
    const newer = makeEvent({ id: 'new', message: 'A newer event', ipAddress: undefined })
    const ui = (events: ReturnType<typeof makeEvent>[]) => (
      <QueryClientProvider client={queryClient}>
        <EventsProvider client={client}>
          <EventDetailModal open eventId="old" events={events} />
        </EventsProvider>
      </QueryClientProvider>
    )
    const { rerender } = render(ui([newer, shown]))
    expect(await screen.findByRole('dialog', { name: 'The event being read' })).toBeInTheDocument()
    rerender(ui([newer]))
    expect(screen.getByRole('dialog', { name: 'The event being read' })).toBeInTheDocument()
    expect(screen.queryByText(/not loaded any more/i)).toBeNull()
  })
})
