'use client'
import { keepPreviousData, skipToken, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { browserTimeZone, gridRange } from '../api/dates'
import type { EventsError } from '../api/errors'
import type { ActivityDay, EventFilters } from '../api/types'
import type { ActivityRange, ActivityResult } from './activityData'
import { useEventsClient } from './EventsProvider'
import { eventKeys } from './keys'
import { activityOptions } from './queryOptions'

/** Options of {@link useActivity}. */
export type UseActivityOptions = {
  /** Week columns of the grid, the last one holding today. @default 53 */
  weeks?: number
  /** First day of a column: 0 = Sunday … 6 = Saturday. @default 0 */
  weekStart?: number
  /** IANA time zone the days are counted in. @default the browser's zone */
  timeZone?: string
  /** Which events count. @default {} */
  filters?: EventFilters
  /** Fetch at all. @default true */
  enabled?: boolean
  /** While new filters load, keep showing the previous days instead of nothing. @default true */
  keepPrevious?: boolean
}

/** What {@link useActivity} returns. */
export type UseActivityResult = {
  /** The activity (days with events, what it covers), once loaded. */
  data: ActivityResult | undefined
  /** `pending` until the first answer; `error` when the last fetch failed. */
  status: 'pending' | 'error' | 'success'
  /** The last error, typed. */
  error: EventsError | null
  /** No answer yet. */
  isPending: boolean
  /** A request is in flight. */
  isFetching: boolean
  /** Asks again at once. */
  refetch: () => Promise<unknown>
  /** The grid's window: every day from `since` to `until` (in `timeZone`) is a cell. */
  range: ActivityRange
  /** Every day of the window, in order, as `YYYY-MM-DD`. */
  dayKeys: string[]
  /** The activity of a day by `YYYY-MM-DD` (absent: no events, or not loaded yet). */
  byDate: ReadonlyMap<string, ActivityDay>
  /** Raw events read so far by a client-side scan (0 when the backend aggregates). */
  progress: number
  /** The scan hit its limit (20,000 events): older days may be incomplete. */
  approximate: boolean
  /** The underlying query. */
  query: UseQueryResult<ActivityResult, EventsError>
}

const NO_DAYS: ReadonlyMap<string, ActivityDay> = new Map()

/**
 * Per-day totals per status and per category for a contribution grid and its day panel, with
 * days counted in `timeZone`. One request when the backend aggregates (`capabilities.activity`);
 * otherwise a scan of at most 20,000 events from the grid start, aggregated in the client, with
 * `progress` while it runs and `approximate` when it hit the limit.
 * @example
 * const { byDate, dayKeys, approximate } = useActivity({ weeks: 26, timeZone: 'Europe/Paris' })
 */
export function useActivity({
  weeks = 53,
  weekStart = 0,
  timeZone: timeZoneOption,
  filters = {},
  enabled = true,
  keepPrevious = true,
}: UseActivityOptions = {}): UseActivityResult {
  const client = useEventsClient()
  const timeZone = timeZoneOption ?? browserTimeZone()
  // Recomputed each render (cheap), so the grid moves on at midnight in the zone.
  const grid = gridRange({ weeks, weekStart, timeZone })
  const range: ActivityRange = { since: grid.firstDay, until: grid.lastDay, timeZone }
  const query = useQuery({
    ...activityOptions(client, range, filters),
    enabled,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  })
  const progress = useQuery<number>({
    queryKey: eventKeys.activityProgress(client.scope, range, filters),
    queryFn: skipToken,
  })
  const data = query.data
  const byDate = useMemo(() => (data ? new Map(data.days.map((day) => [day.date, day])) : NO_DAYS), [data])
  return {
    data,
    status: query.status,
    error: query.error,
    isPending: query.isPending,
    isFetching: query.isFetching,
    refetch: query.refetch,
    range,
    dayKeys: grid.days,
    byDate,
    progress: data?.scanned ?? progress.data ?? 0,
    approximate: data?.approximate ?? false,
    query,
  }
}
