/**
 * Where a live stream starts when the page already shows, or is loading, a list of its selection
 * (no React): after what that list holds, so nothing between the list's answer and the stream's
 * first read is lost. Used by `streamController.ts`.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { EventsClient } from '../api/clientTypes'
import type { EventFilters } from '../api/types'
import type { EventListData } from './eventList'
import { eventKeys, fromFiltersKey, sameSelection, type FiltersKey } from './keys'
import { cursorAfter, type StreamCursor } from './streamCursor'

/** Whether a newest-first list with the stream's selection is fetching its first answer. */
export function listLoading(queryClient: QueryClient, client: EventsClient, filters: EventFilters): boolean {
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: eventKeys.lists(client.scope), fetchStatus: 'fetching' })
    .some((query) => {
      const target = fromFiltersKey(query.queryKey[3] as FiltersKey)
      return query.state.data === undefined && target.sort !== 'asc' && sameSelection(target, filters)
    })
}

/**
 * Starts after a loaded newest-first list with the same selection: its events are held (not new),
 * and the window reaches back from when it was loaded; on a `sequence` backend, after its `headSeq`.
 */
export function cursorFromCache(
  queryClient: QueryClient,
  client: EventsClient,
  filters: EventFilters,
  sequence: boolean,
): StreamCursor | undefined {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: eventKeys.lists(client.scope) })) {
    const target = fromFiltersKey(query.queryKey[3] as FiltersKey)
    const data = query.state.data as EventListData | undefined
    if (target.sort === 'asc' || !sameSelection(target, filters) || !data?.pages.length) continue
    if (data.pages[0]?.ready === false) continue
    const held = data.pages.flatMap((page) => page.events)
    const headSeq = sequence ? data.pages[0]?.headSeq : undefined
    if (held.length === 0 && headSeq === undefined) continue
    return cursorAfter({
      events: held,
      loadedAt: query.state.dataUpdatedAt,
      complete: data.pages.at(-1)?.hasMore === false,
      headSeq,
    })
  }
  return undefined
}
