import type { EventsClient } from '../../src/api/clientTypes'
import type { AuthEvent, EventFilters } from '../../src/api/types'

/**
 * Follows `nextCursor` to the end, as a list does, and returns every event read; throws when
 * paging has not ended after `maxPages` pages.
 */
export async function readAllPages(
  client: EventsClient,
  filters: EventFilters,
  limit: number,
  maxPages: number,
): Promise<AuthEvent[]> {
  const events: AuthEvent[] = []
  let cursor: string | undefined
  for (let pages = 0; pages < maxPages; pages += 1) {
    const page = await client.listEvents({ filters, limit, cursor })
    events.push(...page.events)
    if (!page.hasMore) return events
    cursor = page.nextCursor
  }
  throw new Error('paging did not end')
}
