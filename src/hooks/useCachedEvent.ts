'use client'
import { useCallback, useSyncExternalStore } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { AuthEvent } from '../api/types'
import type { EventListData } from './eventList'
import { useEventsClient } from './EventsProvider'
import { eventKeys } from './keys'

/**
 * The event with `id` from any event list in the query cache (what `useEvents` loaded and the
 * stream merged), kept in sync with the cache. `undefined` when no list holds it.
 */
export function useCachedEvent(id: string | null | undefined): AuthEvent | undefined {
  const queryClient = useQueryClient()
  const client = useEventsClient()
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  )
  const read = useCallback(() => {
    if (!id) return undefined
    for (const [, data] of queryClient.getQueriesData<EventListData>({
      queryKey: eventKeys.lists(client.scope),
    })) {
      for (const page of data?.pages ?? []) {
        const found = page.events.find((event) => event.id === id)
        if (found) return found
      }
    }
    return undefined
  }, [queryClient, client.scope, id])
  return useSyncExternalStore(subscribe, read, read)
}
