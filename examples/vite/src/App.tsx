// #region app
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createEventsClient, EventsDashboard, EventsProvider } from 'react-auth-events'
import { FailedSignIns } from './FailedSignIns'

// Studio (or the reference server) at /api/studio on this origin; in "no backend" mode the
// service worker answers there.
const eventsClient = createEventsClient()
const queryClient = new QueryClient()

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <EventsProvider client={eventsClient}>
        <main>
          <EventsDashboard syncUrl />
          <FailedSignIns />
        </main>
      </EventsProvider>
    </QueryClientProvider>
  )
}
// #endregion app
