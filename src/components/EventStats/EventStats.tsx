'use client'
import { forwardRef, useMemo } from 'react'
import type { EventFilters, Severity } from '../../api/types'
import { browserTimeZone, toDayKey } from '../../api/dates'
import { useActivity } from '../../hooks/useActivity'
import { useEventCounts } from '../../hooks/useEventCounts'
import { useEventsStatus } from '../../hooks/useEventsStatus'
import { patchEventFilters } from '../../hooks/useEventFilters'
import { useConnectedFilters } from '../shared/useConnectedFilters'
import { chartWindow } from './chartWindow'
import { EventStatsView } from './EventStatsView'
import { statTrends, trendWindow, weeksCovering } from './statTrend'
import type { EventStatsViewProps } from './EventStatsView'

/** Props of {@link EventStats}. */
export interface EventStatsProps extends Omit<
  EventStatsViewProps,
  | 'status'
  | 'counts'
  | 'error'
  | 'onRetry'
  | 'activeSeverity'
  | 'defaultActiveSeverity'
  | 'chart'
  | 'trends'
  | 'trendsPending'
> {
  /**
   * Which events to count. Their `severities` are ignored (the cards are that filter). Controlled:
   * changes go to `onFiltersChange` only.
   * @default the nearest `<EventFiltersProvider>`'s filters, else a state of its own
   */
  filters?: EventFilters
  /** Called with the new filters when a card is pressed. */
  onFiltersChange?: (filters: EventFilters) => void
  /** IANA time zone of the chart's days and of the range named in the scope line. @default the browser's zone */
  timeZone?: string
  /** Days the chart draws, and the cards' trends cover, when the filters have no date range. @default 30 */
  chartDays?: number
  /**
   * Under each number, a line of the period's days and the change against the period before
   * (the filters' date range, else the last `chartDays` days), from `useActivity` (one request,
   * shared with the chart). `auto`: only on backends that count activity on the server
   * (`capabilities.activity`); elsewhere it would be a client-side scan of up to 20,000 events,
   * which `true` accepts.
   * @default 'auto'
   */
  showTrend?: boolean | 'auto'
}

function withoutSeverities(filters: EventFilters): EventFilters {
  const { severities: _severities, ...rest } = filters
  return rest
}

/**
 * Success / Failed / Warning / Info / Total cards, connected: `useEventCounts` for the current
 * filters (without their status buckets, so every card keeps its number). Pressing a card sets
 * the quick status filter (`severities: [bucket]`); pressing the pressed card clears it. With
 * `showChart`, a bar chart of events per day over the filters' date range (or the last
 * `chartDays` days) from `useActivity`; the chart's code is loaded only then.
 * @example
 * <EventFiltersProvider>
 *   <EventStats showChart />
 *   <EventList />
 * </EventFiltersProvider>
 */
export const EventStats = forwardRef<HTMLDivElement, EventStatsProps>(function EventStats(
  {
    filters: filtersProp,
    onFiltersChange,
    timeZone: timeZoneProp,
    chartDays = 30,
    showChart = false,
    showTrend: showTrendProp = 'auto',
    onActiveSeverityChange,
    ...rest
  },
  ref,
) {
  const { filters, setFilters } = useConnectedFilters(filtersProp, onFiltersChange)
  const countFilters = useMemo(() => withoutSeverities(filters), [filters])
  const counts = useEventCounts({ filters: countFilters })

  const timeZone = timeZoneProp ?? browserTimeZone()
  const range = chartWindow(filters, timeZone, chartDays)
  const chartFilters = useMemo(() => {
    const { from: _from, until: _until, ...rest } = countFilters
    return rest
  }, [countFilters])
  const status = useEventsStatus()
  const showTrend = showTrendProp === 'auto' ? status.data?.capabilities.activity === true : showTrendProp
  const trendRange = trendWindow(range.since, range.until)
  // One activity request for the chart and the trends: enough weeks for the previous period too.
  const weeks = showTrend
    ? Math.max(range.weeks, weeksCovering(trendRange.previousSince, toDayKey(new Date(), timeZone)))
    : range.weeks
  const activity = useActivity({ weeks, timeZone, filters: chartFilters, enabled: showChart || showTrend })
  const activityDays = activity.data?.days
  const rolling = !filters.from && !filters.until
  const trends = useMemo(
    () =>
      showTrend && activityDays && !activity.approximate
        ? statTrends(activityDays, trendWindow(range.since, range.until), activity.range.since, rolling)
        : undefined,
    [showTrend, activityDays, activity.approximate, range.since, range.until, activity.range.since, rolling],
  )

  const severities = filters.severities ?? []
  const activeSeverity: Severity | null = severities.length === 1 ? (severities[0] ?? null) : null

  return (
    <EventStatsView
      ref={ref}
      {...rest}
      status={counts.status}
      counts={counts.data}
      error={counts.error}
      onRetry={() => void counts.refetch()}
      activeSeverity={activeSeverity}
      onActiveSeverityChange={(severity) => {
        setFilters(patchEventFilters(filters, { severities: severity ? [severity] : undefined }))
        onActiveSeverityChange?.(severity)
      }}
      range={{ from: filters.from, until: filters.until }}
      timeZone={timeZone}
      showChart={showChart}
      trends={trends}
      trendsPending={showTrend && !trends && activity.status === 'pending'}
      chart={{
        status: activity.status,
        days: activity.data?.days,
        range: { since: range.since, until: range.until },
        error: activity.error,
        onRetry: () => void activity.refetch(),
      }}
    />
  )
})
