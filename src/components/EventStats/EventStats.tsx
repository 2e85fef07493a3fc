'use client'
import { forwardRef, useMemo } from 'react'
import type { EventFilters, Severity } from '../../api/types'
import { browserTimeZone } from '../../api/dates'
import { useActivity } from '../../hooks/useActivity'
import { useEventCounts } from '../../hooks/useEventCounts'
import { patchEventFilters } from '../../hooks/useEventFilters'
import { useConnectedFilters } from '../shared/useConnectedFilters'
import { chartWindow } from './chartWindow'
import { EventStatsView } from './EventStatsView'
import type { EventStatsViewProps } from './EventStatsView'

/** Props of {@link EventStats}. */
export interface EventStatsProps extends Omit<
  EventStatsViewProps,
  'status' | 'counts' | 'error' | 'onRetry' | 'activeSeverity' | 'defaultActiveSeverity' | 'chart'
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
  /** Days the chart draws when the filters have no date range. @default 30 */
  chartDays?: number
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
 * `chartDays` days) from `useActivity`; recharts is loaded only then.
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
  const activity = useActivity({ weeks: range.weeks, timeZone, filters: chartFilters, enabled: showChart })

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
