/**
 * Not-ready answers from any request (issue 9 point 3). After a Studio restart the list answers
 * `ready: false` and the counts answer zeros until ingestion starts again, while the status may
 * already say `enabled`. Every answer that looks like that raises a flag in the query cache; a
 * raised flag makes the status query ask again (Studio's status route is what initialises its
 * ingestion) and report `not-ready`, and the status query lowers the flag by itself once a small
 * probe is answered normally: the dashboard recovers without a reload.
 *
 * No React and no 'use client': the query functions use it.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { EventsClient } from '../api/clientTypes'
import type { EventCounts } from '../api/types'
import type { EventListData } from './eventList'
import { eventKeys } from './keys'

/** Which answers said the backend is not ready. */
export type Readiness = {
  /** A list answer said `ready: false`. */
  list: boolean
  /** Server counts dropped to zero while events were held (a reset). */
  counts: boolean
}

/** Nothing flagged. */
export const READY: Readiness = { list: false, counts: false }

/** Cache key of the flags of one backend. */
export const readinessKey = (scope: string) => [...eventKeys.all(scope), 'readiness'] as const

/** The flags of `client`'s backend. */
export function getReadiness(queryClient: QueryClient, client: EventsClient): Readiness {
  return queryClient.getQueryData<Readiness>(readinessKey(client.scope)) ?? READY
}

/** Whether any answer said not ready. */
export function isFlaggedNotReady(readiness: Readiness): boolean {
  return readiness.list || readiness.counts
}

/**
 * Records what an answer said. A newly raised flag asks for the status again; a flag lowered by a
 * normal answer refetches the lists that still hold a not-ready page.
 */
export function reportReadiness(
  queryClient: QueryClient,
  client: EventsClient,
  patch: Partial<Readiness>,
): void {
  const before = getReadiness(queryClient, client)
  const next = { ...before, ...patch }
  if (next.list === before.list && next.counts === before.counts) return
  queryClient.setQueryData<Readiness>(readinessKey(client.scope), next)
  if (isFlaggedNotReady(next) && !isFlaggedNotReady(before)) {
    void queryClient.invalidateQueries({ queryKey: eventKeys.status(client.scope) })
  }
  if (before.list && !next.list) {
    void queryClient.invalidateQueries({
      queryKey: eventKeys.lists(client.scope),
      predicate: (query) => (query.state.data as EventListData | undefined)?.pages[0]?.ready === false,
    })
  }
}

/** Whether some cached list of `client` holds events (so all-zero counts mean a reset, not "none yet"). */
export function holdsEvents(queryClient: QueryClient, client: EventsClient): boolean {
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: eventKeys.lists(client.scope) })
    .some((query) =>
      (query.state.data as EventListData | undefined)?.pages.some((page) => page.events.length > 0),
    )
}

/** Whether server counts look like a reset: all zero while the previous answer or a list had events. */
export function looksReset(
  counts: EventCounts,
  previous: EventCounts | undefined,
  heldEvents: boolean,
): boolean {
  return counts.total === 0 && ((previous?.total ?? 0) > 0 || heldEvents)
}

/**
 * Lowers the flags whose cause is gone, with one small request each: a one-event list page, the
 * all-time counts. Called by the status query while a flag is up.
 */
export async function probeReadiness(
  queryClient: QueryClient,
  client: EventsClient,
  signal?: AbortSignal,
): Promise<Readiness> {
  const flags = getReadiness(queryClient, client)
  const next = { ...flags }
  if (flags.list) next.list = !(await client.listEvents({ filters: {}, limit: 1, signal })).ready
  if (flags.counts) {
    const counts = await client.getCounts({ signal })
    next.counts = looksReset(counts, undefined, holdsEvents(queryClient, client))
  }
  reportReadiness(queryClient, client, next)
  return next
}
