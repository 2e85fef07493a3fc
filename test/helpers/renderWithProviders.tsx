/**
 * Renders a component inside the library's providers, as a host application would: a fresh
 * QueryClient per test, with retries off so a failed request fails the query at once.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createEventsClient } from '../../src/api/client'
import type { EventsClient } from '../../src/api/clientTypes'
import { EventsProvider } from '../../src/hooks/EventsProvider'

/** A fresh QueryClient, retries off; `gcTime: Infinity` keeps unused queries for the whole test. */
export function testQueryClient({ gcTime }: { gcTime?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: gcTime === undefined ? { retry: false } : { retry: false, gcTime } },
  })
}

/** Renders `ui` inside a QueryClientProvider (components given their `client` as a prop). */
export function renderWithQueryClient(ui: ReactNode, queryClient: QueryClient = testQueryClient()) {
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>)
}

/**
 * Renders `ui` inside a QueryClientProvider and an EventsProvider (components that take their
 * client from context); a `rerender` keeps both providers.
 */
export function renderWithEvents(
  ui: ReactNode,
  {
    client = createEventsClient(),
    queryClient = testQueryClient(),
  }: { client?: EventsClient; queryClient?: QueryClient } = {},
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <EventsProvider client={client}>{children}</EventsProvider>
    </QueryClientProvider>
  )
  return render(ui, { wrapper })
}
