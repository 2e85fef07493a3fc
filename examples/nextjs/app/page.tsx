// A Server Component: it fetches the first screen on the server and hands it to the browser,
// which then renders the list, the cards and the status without a request of its own.
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query'
import { createEventsClient } from 'react-auth-events/api'
import { eventCountsOptions, eventListOptions, eventsStatusOptions } from 'react-auth-events/hooks'
import { eventsBackend } from '@/lib/eventsBackend'
import { EventsPage } from './EventsPage'

// Rendered per request (the events change), never at build time.
export const dynamic = 'force-dynamic'

export default async function Page() {
  const { handler } = await eventsBackend()
  // #region prefetch
  // The API runs in this same process, so the server's client calls its handler directly
  // instead of going out over HTTP. (Against another backend: `baseUrl: 'https://…'` and
  // `headers: { cookie }` to forward the admin's session.)
  const client = createEventsClient({
    baseUrl: 'http://internal',
    fetch: (input, init) => handler(new Request(input, init)),
    scope: 'auth-events', // the same scope as the browser's client in providers.tsx
  })
  const queryClient = new QueryClient()
  // The options the dashboard uses by default: no filters, 50 events a page.
  await Promise.all([
    queryClient.prefetchQuery(eventsStatusOptions(client)),
    queryClient.prefetchInfiniteQuery(eventListOptions(client)),
    queryClient.prefetchQuery(eventCountsOptions(client)),
  ])
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <EventsPage />
    </HydrationBoundary>
  )
  // #endregion prefetch
}
