// The smallest working snippet: the dashboard inside the app's providers, with our stylesheet.
import 'react-auth-events/styles.css'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import { EventsDashboard, EventsProvider, createEventsClient, type EventFilters } from 'react-auth-events'

const client = createEventsClient({ baseUrl: '' })

export function App() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }),
  )
  const [filters, setFilters] = useState<EventFilters>({})
  return (
    <QueryClientProvider client={queryClient}>
      <EventsProvider client={client}>
        <EventsDashboard filters={filters} onFiltersChange={setFilters} timeZone="UTC" />
      </EventsProvider>
    </QueryClientProvider>
  )
}

const root = document.getElementById('root')
if (root) createRoot(root).render(<App />)
