/**
 * Fetching a contribution grid's activity: one request when the backend aggregates
 * (`capabilities.activity`), otherwise a bounded scan aggregated in the client.
 * No React and no 'use client' (used by the `queryOptions` factories).
 */
import type { EventsClient } from '../api/clientTypes'
import { addDays, dayStart } from '../api/dates'
import { scanActivity } from '../api/scan'
import type { ActivityDay, EventFilters } from '../api/types'
import type { ActivityKeyRange } from './keys'

/** A grid window: inclusive `YYYY-MM-DD` days, counted in `timeZone`. */
export type ActivityRange = ActivityKeyRange

/** Per-day activity, with what it covers. */
export type ActivityResult = {
  /** Days with at least one event, oldest first. */
  days: ActivityDay[]
  /** The window it covers. */
  range: ActivityRange
  /** `server`: one request to the activity endpoint; `scan`: aggregated in the client. */
  source: 'server' | 'scan'
  /** Raw events read by a client-side scan. */
  scanned?: number
  /** The scan hit its limit (20,000 events): days before `coveredFrom` are incomplete. */
  approximate: boolean
  /** When `approximate`, the oldest event the scan reached. */
  coveredFrom?: Date
}

/** Reads the activity of `range`. */
export async function fetchActivity(
  client: EventsClient,
  range: ActivityRange,
  filters: EventFilters,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (scanned: number) => void } = {},
): Promise<ActivityResult> {
  const capabilities = await client.getCapabilities({ signal })
  // No backend aggregates by IP (it is filtered in the client): scanned then.
  if (capabilities.activity && !filters.ipAddress) {
    const days = await client.getActivity({ ...range, filters, signal })
    return { days: [...days].sort(byDate), range, source: 'server', approximate: false }
  }
  const scan = await scanActivity(client, {
    from: dayStart(range.since, range.timeZone),
    until: dayStart(addDays(range.until, 1), range.timeZone),
    timeZone: range.timeZone,
    filters,
    signal,
    onProgress,
  })
  return { ...scan, range, source: 'scan' }
}

function byDate(a: ActivityDay, b: ActivityDay): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0
}
