'use client'
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query'
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import type { EventsClient } from '../api/clientTypes'
import { devWarnOnce } from './dev'

const EventsClientContext = createContext<EventsClient | null>(null)

/** Props of {@link EventsProvider}. */
export type EventsProviderProps = {
  /** The events client every hook below uses (`createEventsClient(...)`). */
  client: EventsClient
  /** The part of the app that reads events. */
  children?: ReactNode
}

/**
 * Supplies the events client to the hooks and components below it. Uses the host's
 * QueryClient when a `<QueryClientProvider>` is above it (one cache, the host's devtools);
 * otherwise it creates one QueryClient of its own, once, and warns in development.
 * @example
 * const client = createEventsClient()
 * <EventsProvider client={client}><EventsDashboard /></EventsProvider>
 */
export function EventsProvider({ client, children }: EventsProviderProps) {
  // `useQueryClient()` throws without a provider; the context itself just reads undefined.
  const hostQueryClient = useContext(QueryClientContext)
  const [ownQueryClient] = useState(() => (hostQueryClient ? undefined : createOwnQueryClient()))
  const usesOwn = !hostQueryClient && ownQueryClient !== undefined

  useEffect(() => {
    // Development only. Bundlers replace `process.env.NODE_ENV`, so production drops this block,
    // message included; without `process` (files imported as they are) it throws: silent.
    try {
      if (process.env.NODE_ENV !== 'production' && usesOwn) {
        devWarnOnce(
          'own-query-client',
          '<EventsProvider> found no QueryClient above it and created its own. Wrap it in your ' +
            '<QueryClientProvider> to share one cache (and devtools) with the rest of your app.',
        )
      }
    } catch {
      // No `process`: production.
    }
  }, [usesOwn])

  const content = <EventsClientContext.Provider value={client}>{children}</EventsClientContext.Provider>
  if (hostQueryClient || !ownQueryClient) return content
  return <QueryClientProvider client={ownQueryClient}>{content}</QueryClientProvider>
}

function createOwnQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } })
}

/**
 * The events client of the nearest {@link EventsProvider}.
 * @throws when there is none: 'useEventsClient must be used within <EventsProvider>'.
 */
export function useEventsClient(): EventsClient {
  const client = useContext(EventsClientContext)
  if (!client) throw new Error('useEventsClient must be used within <EventsProvider>')
  return client
}

/** The events client of the nearest {@link EventsProvider}, or null outside one (never throws). */
export function useOptionalEventsClient(): EventsClient | null {
  return useContext(EventsClientContext)
}
