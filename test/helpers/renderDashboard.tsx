/**
 * The EventsDashboard of the jsdom tests: not live (no stream to wait for), times in UTC, in a
 * fresh QueryClient that keeps every query for the whole test.
 */
import { render } from '@testing-library/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { createEventsClient } from '../../src/api/client'
import type { EventsClient } from '../../src/api/clientTypes'
import { EventsDashboard } from '../../src/components/EventsDashboard/EventsDashboard'
import type { EventsDashboardProps } from '../../src/components/EventsDashboard/EventsDashboard'
import { testQueryClient } from './renderWithProviders'

/** Renders the dashboard with `props` over `client`; `root()` is its outer element. */
export function renderDashboard(
  props: Partial<EventsDashboardProps> = {},
  client: EventsClient = createEventsClient(),
) {
  const queryClient = testQueryClient({ gcTime: Infinity })
  const view = render(
    <QueryClientProvider client={queryClient}>
      <EventsDashboard client={client} defaultLive={false} timeZone="UTC" {...props} />
    </QueryClientProvider>,
  )
  const root = () => view.container.firstElementChild as HTMLElement
  return { ...view, root }
}
