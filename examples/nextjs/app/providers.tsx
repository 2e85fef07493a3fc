// #region providers
'use client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { createEventsClient, EventsProvider } from 'react-auth-events'

// The reference server (or Studio) at /api/studio on this origin. The explicit scope is the one
// the server's prefetch uses (app/page.tsx), so the browser finds the prefetched data.
const eventsClient = createEventsClient({ scope: 'auth-events' })

export function Providers({ children }: { children: ReactNode }) {
  // One QueryClient per browser session. A staleTime above zero keeps the hydrated data instead
  // of refetching it right away.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }),
  )
  return (
    <QueryClientProvider client={queryClient}>
      <EventsProvider client={eventsClient}>{children}</EventsProvider>
    </QueryClientProvider>
  )
}
// #endregion providers
