import { dehydrate, HydrationBoundary, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import { EventsProvider } from '../../../src/hooks/EventsProvider'
import { eventKeys } from '../../../src/hooks/keys'
import { eventListOptions, eventsStatusOptions } from '../../../src/hooks/queryOptions'
import { useEvents } from '../../../src/hooks/useEvents'
import { createStudioHandlers } from '../../../src/msw'
import { createMemoryStore } from '../../../src/server/memoryStore'
import { clockFromEachTest, testNow } from '../../helpers/clock'
import { server } from '../../mocks/server'
import { createTestQueryClient, eventSeries, studioBackend } from './hookTestUtils'

// A fixed clock; the date matrix (vitest.dates.config.ts) moves it with AE_TEST_NOW.
const NOW = testNow('2026-11-20T12:00:00Z')
clockFromEachTest(NOW)

describe('query keys', () => {
  it('are namespaced by the library and the client’s scope', () => {
    const client = createEventsClient({ baseUrl: 'https://auth.example.com' })
    const key = eventListOptions(client, { filters: { severities: ['failed'] } }).queryKey
    expect(key.slice(0, 3)).toEqual(['react-auth-events', client.scope, 'list'])
    expect(client.scope).toContain('https://auth.example.com')
    // Equal selections give equal keys, whatever the object identity or list order.
    const again = eventKeys.list(
      client.scope,
      { severities: ['failed'], q: '' },
      { pageSize: 50, maxEvents: 500 },
    )
    expect(JSON.stringify(again)).toBe(JSON.stringify(key))
  })

  it('keep two dashboards on two backends apart in one QueryClient', async () => {
    const a = createMemoryStore({ events: eventSeries(3, NOW) })
    const b = createMemoryStore({ events: eventSeries(5, NOW) })
    server.use(
      ...createStudioHandlers({ baseUrl: 'https://a.example', store: a }),
      ...createStudioHandlers({ baseUrl: 'https://b.example', store: b }),
    )
    const queryClient = createTestQueryClient()
    const render = (baseUrl: string) => {
      const client = createEventsClient({ baseUrl })
      const wrapper = ({ children }: { children: ReactNode }) => (
        <QueryClientProvider client={queryClient}>
          <EventsProvider client={client}>{children}</EventsProvider>
        </QueryClientProvider>
      )
      return renderHook(() => useEvents(), { wrapper }).result
    }
    const first = render('https://a.example')
    const second = render('https://b.example')
    await waitFor(() => expect(first.current.events).toHaveLength(3))
    await waitFor(() => expect(second.current.events).toHaveLength(5))
  })
})

describe('server prefetch', () => {
  it('a list prefetched with the queryOptions factory hydrates in the browser without a new request', async () => {
    const { listRequests } = studioBackend({ events: eventSeries(60, NOW) })
    const serverClient = createEventsClient({ baseUrl: 'http://localhost:3000' })
    const serverQueryClient = new QueryClient()
    await serverQueryClient.prefetchInfiniteQuery(eventListOptions(serverClient, { filters: {} }))
    await serverQueryClient.prefetchQuery(eventsStatusOptions(serverClient))
    // What a Server Component hands to the browser (the RSC payload keeps Dates, as structuredClone does).
    const state = structuredClone(dehydrate(serverQueryClient))
    const requestsOnServer = listRequests.length

    const browserClient = createEventsClient({ baseUrl: 'http://localhost:3000' })
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } })
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <HydrationBoundary state={state}>
          <EventsProvider client={browserClient}>{children}</EventsProvider>
        </HydrationBoundary>
      </QueryClientProvider>
    )
    const { result } = renderHook(() => useEvents(), { wrapper })
    expect(result.current.status).toBe('success')
    expect(result.current.events).toHaveLength(50)
    expect(result.current.events[0]!.timestamp).toBeInstanceOf(Date)
    expect(listRequests.length).toBe(requestsOnServer)
  })
})
