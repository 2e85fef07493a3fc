import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import { http, type HttpHandler } from 'msw'
import type { ReactNode } from 'react'
import { createEventsClient } from '../../../src/api/client'
import type { EventsClient } from '../../../src/api/clientTypes'
import { EventsProvider } from '../../../src/hooks/EventsProvider'
import { createStudioHandlers, studioCapabilities } from '../../../src/msw'
import { createEventsHandler } from '../../../src/server/handler'
import { createMemoryStore, type MemoryEventStore } from '../../../src/server/memoryStore'
import type { StoredEvent } from '../../../src/server/wire'
import type { StudioQuirksControl } from '../../../src/server/quirks/studioQuirks'
import { server } from '../../mocks/server'

/** A fresh QueryClient per test, retries off (and no gc timers, so timer counts mean something). */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } })
}

/** Renders a hook inside a QueryClientProvider and an EventsProvider. */
export function renderEventsHook<Result, Props>(
  hook: (props: Props) => Result,
  {
    client = createEventsClient(),
    queryClient = createTestQueryClient(),
    initialProps,
  }: { client?: EventsClient; queryClient?: QueryClient; initialProps?: Props } = {},
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <EventsProvider client={client}>{children}</EventsProvider>
    </QueryClientProvider>
  )
  return { ...renderHook(hook, { wrapper, initialProps }), client, queryClient }
}

let counter = 0

/** One stored event at `time` (ms or ISO), with unique ids unless given. */
export function storedEvent(time: number | string | Date, overrides: Partial<StoredEvent> = {}): StoredEvent {
  counter += 1
  return {
    id: `evt-${String(counter).padStart(7, '0')}`,
    type: 'user.logged_in',
    timestamp: new Date(time).toISOString(),
    status: 'success',
    userId: 'user-1',
    metadata: {},
    source: 'app',
    ...overrides,
  }
}

/** `n` events one second apart, ending at `end`, cycling through a few types and statuses. */
export function eventSeries(n: number, end: number, step = 1000): StoredEvent[] {
  const kinds: Partial<StoredEvent>[] = [
    { type: 'user.logged_in', status: 'success' },
    { type: 'user.logged_in', status: 'failed', userId: null },
    { type: 'session.created', status: 'success' },
    { type: 'user.banned', status: 'success' },
  ]
  return Array.from({ length: n }, (_, i) => storedEvent(end - (n - 1 - i) * step, kinds[i % kinds.length]))
}

/** Options of {@link studioBackend}. */
export type BackendOptions = {
  events?: StoredEvent[]
  /** Serve every extension (the reference server); otherwise plain Studio. @default false */
  extended?: boolean
  /** Answer exactly like Studio (no page maximum, no status extras). @default true unless extended */
  quirks?: boolean
  /** Whether the events table exists (see `createMemoryStore`). @default true */
  ready?: boolean | 'after-initialize'
  /** A Studio phase controller (`createStudioQuirks()`: restart, missing table); implies quirks. */
  studio?: StudioQuirksControl
}

/** A Studio backend (msw, the contract server) over a memory store; records list requests. */
export function studioBackend({
  events = [],
  extended = false,
  quirks = !extended,
  ready,
  studio,
}: BackendOptions = {}) {
  const store: MemoryEventStore = createMemoryStore({ events, ready })
  const listRequests: URLSearchParams[] = []
  server.use(
    http.get('*/api/studio/api/events', ({ request }) => {
      listRequests.push(new URL(request.url).searchParams)
      return undefined
    }),
    ...createStudioHandlers({
      store,
      studioQuirks: studio ?? quirks,
      extensions: extended ? studioCapabilities : [],
    }),
  )
  return { store, listRequests }
}

/**
 * A Studio-like backend that silently caps every page at `cap` events (whatever `limit` asks),
 * still answering `hasMore` correctly.
 */
export function cappedBackend(cap: number, events: StoredEvent[] = []) {
  const store = createMemoryStore({ events })
  const handler = createEventsHandler({
    store,
    basePath: '/api/studio',
    authorize: () => true,
    studioQuirks: true,
  })
  const listRequests: URLSearchParams[] = []
  const capped: HttpHandler = http.all('*/api/studio/*', ({ request }) => {
    const url = new URL(request.url)
    if (url.pathname.endsWith('/api/events')) {
      listRequests.push(new URLSearchParams(url.search))
      const limit = Number(url.searchParams.get('limit') ?? 20)
      url.searchParams.set('limit', String(Math.min(limit, cap)))
    }
    return handler(new Request(url, request))
  })
  server.use(capped)
  return { store, listRequests }
}
