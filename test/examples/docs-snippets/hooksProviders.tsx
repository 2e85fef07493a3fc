// #region providers
'use client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { createEventsClient } from '../../../src/api/index'
import { EventsProvider } from '../../../src/hooks/index'

// Create the client once, outside render: live polling restarts when the client changes.
const eventsClient = createEventsClient() // Studio on the same origin, at /api/studio

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient())
  return (
    <QueryClientProvider client={queryClient}>
      <EventsProvider client={eventsClient}>{children}</EventsProvider>
    </QueryClientProvider>
  )
}
// #endregion providers
