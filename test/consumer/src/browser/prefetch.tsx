// The README's server prefetch: our queryOptions factories on the app's own QueryClient.
import { dehydrate, HydrationBoundary, QueryClient, type InfiniteData } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { createEventsClient, type EventsStatus } from 'react-auth-events/api'
import {
  eventCountsOptions,
  eventListOptions,
  eventsStatusOptions,
  type EventCountsResult,
  type EventListPage,
  type EventListPageParam,
} from 'react-auth-events/hooks'
import { assertType, type Equal } from './typeAssert.js'

export async function Page({ cookie, children }: { cookie: string; children: ReactNode }) {
  const client = createEventsClient({
    baseUrl: 'https://admin.example.com',
    headers: { cookie },
    scope: 'auth-events',
  })
  const queryClient = new QueryClient()
  await Promise.all([
    queryClient.prefetchQuery(eventsStatusOptions(client)),
    queryClient.prefetchInfiniteQuery(eventListOptions(client)),
    queryClient.prefetchQuery(eventCountsOptions(client)),
  ])

  // getQueryData keeps the type the factory's key carries.
  const counts = queryClient.getQueryData(eventCountsOptions(client).queryKey)
  assertType<Equal<typeof counts, EventCountsResult | undefined>>(counts)
  const status = queryClient.getQueryData(eventsStatusOptions(client).queryKey)
  assertType<Equal<typeof status, EventsStatus | undefined>>(status)
  const list = queryClient.getQueryData(eventListOptions(client).queryKey)
  assertType<Equal<typeof list, InfiniteData<EventListPage, unknown> | undefined>>(list)
  const fetched = await queryClient.fetchQuery(eventCountsOptions(client, { severities: ['failed'] }))
  assertType<Equal<typeof fetched, EventCountsResult>>(fetched)
  void ({} as EventListPageParam)

  return <HydrationBoundary state={dehydrate(queryClient)}>{children}</HydrationBoundary>
}
